import { Empty } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import type { DatasetResult } from '../reports-api.ts';
import { type ChartOptions, chartModelOf } from './chart-option.ts';
import { EChartCanvas } from './echart-canvas.tsx';
import { KpiValue } from './kpi-value.tsx';
import { buildPivot } from './pivot.ts';
import { PivotTable } from './pivot-table.tsx';
import { ResultTable } from './result-table.tsx';
import { useCellFormat } from './use-cell-format.ts';

export type { DatasetResult } from '../reports-api.ts';

export type ReportChartType = 'table' | 'pivot' | 'bar' | 'line' | 'area' | 'pie' | 'gauge' | 'kpi';

/** A clicked bar, slice, point or table row: the result row and the deepest dimension it stands for. */
export interface ChartPoint {
  row: unknown[];
  dimensionIndex: number;
}

export interface ReportChartProps {
  result: DatasetResult;
  chart: { type: ReportChartType; options?: ChartOptions };
  height?: number;
  onSelect?: (point: ChartPoint) => void;
}

/** Draws a report's result as its chart says; an empty result says so instead of an empty frame. */
export function ReportChart({ result, chart, height = 360, onSelect }: ReportChartProps) {
  const { t } = useI18n();
  const format = useCellFormat();
  const dimensionCount = result.columns.filter((column) => column.kind === 'dimension').length;
  const select = onSelect && dimensionCount > 0 ? onSelect : undefined;
  const options = chart.options;
  const drawn = chart.type !== 'table' && chart.type !== 'pivot' && chart.type !== 'kpi' ? chart.type : undefined;
  const model = useMemo(() => (drawn ? chartModelOf(result, drawn, options ?? {}, format) : undefined), [result, drawn, options, format]);
  const pivot = useMemo(() => (chart.type === 'pivot' ? buildPivot(result, format) : undefined), [result, chart.type, format]);

  if (result.rows.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.chart.empty')} data-testid="report-chart-empty" />;
  }
  const selectRow = (rowIndex: number, dimensionIndex = dimensionCount - 1) => {
    const row = result.rows[rowIndex];
    if (row && select) select({ row, dimensionIndex });
  };
  if (chart.type === 'kpi') return <KpiValue result={result} format={format} height={height} />;
  if (chart.type === 'pivot' && pivot) return <PivotTable pivot={pivot} result={result} format={format} onCellClick={select ? (rowIndex) => selectRow(rowIndex) : undefined} />;
  if (!model) return <ResultTable result={result} format={format} onRowClick={select ? (row) => select({ row, dimensionIndex: dimensionCount - 1 }) : undefined} />;
  return (
    <EChartCanvas
      option={model.option}
      height={height}
      onPointClick={
        select && model.dimensionIndex >= 0
          ? (seriesIndex, dataIndex) => {
              const rowIndex = model.points[seriesIndex]?.[dataIndex] ?? -1;
              if (rowIndex >= 0) selectRow(rowIndex, model.dimensionIndex);
            }
          : undefined
      }
    />
  );
}
