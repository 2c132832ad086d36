import { AimOutlined, WarningOutlined } from '@ant-design/icons';
import { Card, Flex, Tooltip, Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { DashboardWidget, WidgetRun } from '../../../api/dashboards-api.ts';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { ReportChart, type ReportChartProps } from '../../reports/chart/report-chart.tsx';
import { chartHeight, widgetHeight } from '../widget-size.ts';

type Chart = ReportChartProps['chart'];
type Point = Parameters<NonNullable<ReportChartProps['onSelect']>>[0];

/** The saved report's chart settings; the server stored them checked against the report schema. */
export const chartOf = (chart: Record<string, unknown>): Chart => chart as Chart;

interface Props {
  widget: DashboardWidget;
  run: WidgetRun | undefined;
  onSelect: (point: Point) => void;
}

/** One widget: its report's chart, or the problem that kept it from running (the rest of the dashboard still shows). */
export function WidgetCard({ widget, run, onSelect }: Props) {
  const { t } = useI18n();
  const style = {
    gridColumn: `${widget.x + 1} / span ${widget.w}`,
    gridRow: `${widget.y + 1} / span ${widget.h}`,
    '--widget-height': `${widgetHeight(widget.h)}px`,
  } as CSSProperties;
  const problem = run?.problem;
  const mayDrill = run?.result?.columns.some((column) => column.kind === 'dimension') === true;
  return (
    <Card
      size="small"
      variant="borderless"
      className="dashboard-widget"
      style={style}
      title={run?.report?.title ?? t('dashboards.widget.unavailable')}
      data-testid={`dashboard-widget-${widget.key}`}
      extra={
        mayDrill ? (
          <Tooltip title={t('dashboards.widget.drill-hint')}>
            <AimOutlined aria-label={t('dashboards.widget.drill-hint')} style={{ color: '#8c8c8c' }} />
          </Tooltip>
        ) : null
      }
    >
      {run?.report && run.result ? (
        <ReportChart result={run.result} chart={chartOf(run.report.chart)} height={chartHeight(widget.h)} onSelect={onSelect} />
      ) : (
        <Flex vertical align="center" justify="center" gap={8} style={{ height: chartHeight(widget.h), textAlign: 'center' }} data-testid="widget-problem">
          <WarningOutlined style={{ fontSize: 28, color: '#faad14' }} />
          <Typography.Text strong>{problem?.title ?? t('dashboards.widget.no-result')}</Typography.Text>
          {problem?.detail && problem.detail !== problem.title ? <Typography.Text type="secondary">{problem.detail}</Typography.Text> : null}
        </Flex>
      )}
    </Card>
  );
}
