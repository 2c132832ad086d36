import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAbility } from '../../../access/use-ability.ts';
import { PageTitle } from '../../../components/page-title.tsx';
import { useDocumentTitle } from '../../../hooks/use-document-title.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useDatasetFields } from '../builder/use-builder-data.ts';
import type { ChartOptions } from '../chart/chart-option.ts';
import { type ChartPoint, ReportChart, type ReportChartType } from '../chart/report-chart.tsx';
import { ResultTable } from '../chart/result-table.tsx';
import { dimensionLabel, shapeOf } from '../chart/result-shape.ts';
import { useCellFormat } from '../chart/use-cell-format.ts';
import { RecordsButton } from '../records/records-button.tsx';
import { editReportPath, reportsPath } from '../report-paths.ts';
import type { ReportRunOptions } from '../reports-api.ts';
import { SchedulesButton } from '../schedules/schedules-button.tsx';
import { type DrillLevel, drillDown } from './drill.ts';
import { DrillBar } from './drill-bar.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { useReportRun } from './use-report-run.ts';

const chartTypes: ReportChartType[] = ['table', 'pivot', 'bar', 'line', 'area', 'pie', 'gauge', 'kpi'];

/** The saved chart spec, read defensively: the view types it as an open object. */
function chartOf(chart: Record<string, unknown>): { type: ReportChartType; options: ChartOptions } {
  const type = chartTypes.find((candidate) => candidate === chart.type) ?? 'table';
  const options = typeof chart.options === 'object' && chart.options !== null ? (chart.options as ChartOptions) : {};
  return { type, options };
}

/** 查看报表: the report run with the reader's access, its rows below, drill-down by clicking and 导出. */
export default function ReportViewPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const ability = useAbility();
  const format = useCellFormat();
  const [levels, setLevels] = useState<DrillLevel[]>([]);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const current = levels.at(-1);
  const options = useMemo<ReportRunOptions>(() => (current ? { filters: current.filters, dimensions: current.dimensions } : {}), [current]);
  const state = useReportRun(id, options);
  const run = state.run;
  const fields = useDatasetFields(run?.report.dataset);
  useDocumentTitle(run?.report.title ?? t('reports.crumb.view'));

  if (!run) {
    if (state.status === 'failed') {
      return <Result status="warning" title={state.error?.title ?? t('errors.unexpected')} subTitle={state.error?.detail} extra={<Button onClick={() => void navigate(reportsPath)}>{t('reports.menu.reports')}</Button>} />;
    }
    return (
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }

  const { report, result } = run;
  const chart = chartOf(report.chart);
  const drill = (point: ChartPoint) => {
    const shape = shapeOf(result);
    const label = dimensionLabel(point.row, shape.dimensions.slice(0, point.dimensionIndex + 1), format);
    const next = drillDown({ from: current ?? { label: '', filters: [], dimensions: [] }, ...point, columns: result.columns, fields: fields ?? [], chosen, label, timeZone: format.timeZone });
    if (next) {
      setLevels([...levels, next]);
      setChosen(undefined);
    } else {
      void message.info(t('reports.view.drill.none'));
    }
  };
  const edit = ability.can('update', 'Report') ? (
    <Button icon={<EditOutlined />} onClick={() => void navigate(editReportPath(report.id))}>
      {t('common.edit')}
    </Button>
  ) : null;
  return (
    <>
      <PageTitle
        title={report.title}
        extra={
          <>
            {edit}
            <RecordsButton scope={{ reportId: report.id, reportTitle: report.title, filters: current?.filters ?? [], path: [t('reports.view.drill.all'), ...levels.map((level) => level.label)] }} />
            <ExportButtons reportId={report.id} options={options} />
            <SchedulesButton reportId={report.id} reportTitle={report.title} />
          </>
        }
      />
      <Flex vertical gap={16}>
        {report.description ? <Typography.Paragraph type="secondary">{report.description}</Typography.Paragraph> : null}
        <Card variant="borderless" loading={false}>
          <Flex vertical gap={12}>
            <DrillBar levels={levels} fields={fields ?? []} chosen={chosen} onChoose={setChosen} onBack={(depth) => setLevels(levels.slice(0, depth))} />
            <div style={{ opacity: state.status === 'loading' ? 0.5 : 1 }} data-testid="report-view-chart">
              <ReportChart result={result} chart={chart} height={380} onSelect={drill} />
            </div>
          </Flex>
        </Card>
        {chart.type !== 'table' && result.rows.length > 0 ? (
          <Card variant="borderless" title={t('reports.view.rows')} size="small">
            <ResultTable result={result} format={format} onRowClick={(row) => drill({ row, dimensionIndex: shapeOf(result).dimensions.length - 1 })} />
          </Card>
        ) : null}
      </Flex>
    </>
  );
}
