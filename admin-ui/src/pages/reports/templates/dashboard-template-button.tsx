import { AppstoreOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { dashboardPath } from '../../dashboards/dashboard-paths.ts';
import { FromTemplateButton } from './template-picker.tsx';
import { type DashboardTemplate, copyDashboardTemplate, listDashboardTemplates } from './templates-api.ts';

function WidgetCount({ template }: { template: DashboardTemplate }) {
  const { t } = useI18n();
  return (
    <Typography.Text type="secondary">
      <AppstoreOutlined /> {t('dashboards.templates.widgets', { count: template.widgetCount })}
    </Typography.Text>
  );
}

const details = (template: DashboardTemplate) => <WidgetCount template={template} />;

const copy = async (key: string, title: string) => dashboardPath((await copyDashboardTemplate(key, title)).dashboard.id);

/** 从模板新建 on the dashboards list: a dashboard template copied with a report per widget, then opened. */
export function DashboardTemplateButton() {
  return <FromTemplateButton texts="dashboards.templates" load={listDashboardTemplates} details={details} copy={copy} />;
}
