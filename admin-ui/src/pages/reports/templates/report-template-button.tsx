import { DatabaseOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { ChartTypeTag } from '../chart-type-tag.tsx';
import { reportPath } from '../report-paths.ts';
import { FromTemplateButton } from './template-picker.tsx';
import { type ReportTemplate, copyReportTemplate, listReportTemplates } from './templates-api.ts';

const details = (template: ReportTemplate) => (
  <Flex gap={8} align="center" wrap>
    <Typography.Text type="secondary">
      <DatabaseOutlined /> {template.datasetTitle}
    </Typography.Text>
    <ChartTypeTag type={String(template.chart.type ?? '')} />
  </Flex>
);

const copy = async (key: string, title: string) => reportPath((await copyReportTemplate(key, title)).id);

/** 从模板新建 on the reports list: a report template copied into a report, which then opens. */
export function ReportTemplateButton() {
  return <FromTemplateButton texts="reports.templates" load={listReportTemplates} details={details} copy={copy} />;
}
