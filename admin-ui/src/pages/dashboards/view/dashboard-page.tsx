import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useAbility } from '../../../access/use-ability.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { useDateTime } from '../../../format/use-date-time.ts';
import { useDocumentTitle } from '../../../hooks/use-document-title.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { dashboardEditPath, dashboardsPath } from '../dashboard-paths.ts';
import '../dashboards.css';
import { useRefreshLabel } from '../model/use-refresh-label.ts';
import { DashboardBoard } from './dashboard-board.tsx';
import { useDashboardRun } from './use-dashboard-run.ts';

/** A dashboard: its shared filters, its widgets' charts (all from one run) and drill-down on a click. */
export default function DashboardPage() {
  const { id = '' } = useParams();
  return <DashboardView key={id} id={id} />;
}

function DashboardView({ id }: { id: string }) {
  const { t } = useI18n();
  const ability = useAbility();
  const formatDateTime = useDateTime();
  const refreshLabel = useRefreshLabel();
  const dashboard = useDashboardRun(id);
  const { state } = dashboard;
  useDocumentTitle(state.status === 'ready' ? state.run.dashboard.title : t('dashboards.menu'));

  if (state.status === 'loading') {
    return (
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (state.status !== 'ready') {
    return (
      <Result
        status={state.status === 'not-found' ? '404' : 'warning'}
        title={t(state.status === 'not-found' ? 'dashboards.view.not-found' : 'dashboards.view.failed')}
        extra={
          <Link to={dashboardsPath}>
            <Button type="primary">{t('dashboards.view.to-list')}</Button>
          </Link>
        }
      />
    );
  }
  const { run } = state;
  const edit = ability.can('update', 'Dashboard') ? (
    <Link to={dashboardEditPath(run.dashboard.id)}>
      <Button icon={<EditOutlined />}>{t('common.edit')}</Button>
    </Link>
  ) : null;
  const extra = (
    <>
      <Button icon={<ReloadOutlined spin={dashboard.running} />} onClick={dashboard.refresh} data-testid="dashboard-refresh">
        {t('common.refresh')}
      </Button>
      {edit}
    </>
  );
  return (
    <>
      <PageTitle title={run.dashboard.title} extra={extra} />
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" gap={16} wrap>
          <Typography.Text type="secondary" data-testid="dashboard-refreshed-at">
            {t('dashboards.view.refreshed-at', { time: formatDateTime(dashboard.refreshedAt) })}
            {run.dashboard.refreshSeconds > 0 ? ` · ${t('dashboards.view.auto-refresh', { every: refreshLabel(run.dashboard.refreshSeconds) })}` : ''}
          </Typography.Text>
        </Flex>
        <DashboardBoard run={run} values={dashboard.values} onFilterChange={dashboard.setValue} emptyAction={edit} />
      </Flex>
    </>
  );
}
