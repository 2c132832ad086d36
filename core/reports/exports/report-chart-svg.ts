import type { ReportChart } from '@tessera/schemas/report';
import * as echarts from 'echarts';
import type { ReportCell, ReportTable } from './report-cells.ts';

/** Chart types drawn as a picture; a table, pivot or KPI is the table of rows itself. */
const drawn = new Set(['bar', 'line', 'area', 'pie', 'gauge']);
/** At most this many categories are drawn; the table below the chart still has every row. */
const maxCategories = 50;

export const isDrawnChart = (chart: ReportChart): boolean => drawn.has(chart.type);

/** A measure cell as a chart value: money in yuan, empty as no value. */
function plotted(cell: ReportCell | undefined): number | null {
  if (!cell) return null;
  if (cell.kind === 'money') return cell.yuan;
  if (cell.kind === 'number' || cell.kind === 'ratio') return cell.value;
  return null;
}

function optionOf(chart: ReportChart, table: ReportTable, fontFamily: string): echarts.EChartsOption {
  const dimensions = table.columns.flatMap((column, i) => (column.kind === 'dimension' ? [i] : []));
  const measures = table.columns.flatMap((column, i) => (column.kind === 'measure' ? [i] : []));
  const rows = table.rows.slice(0, maxCategories);
  const category = (row: ReportCell[]) => dimensions.map((i) => row[i]?.text || '—').join(' / ') || table.header[measures[0] ?? 0] || '';
  const base = { animation: false, textStyle: { fontFamily }, color: ['#1677ff', '#52c41a', '#faad14', '#f5222d', '#722ed1', '#13c2c2'] };
  const first = measures[0] ?? 0;
  if (chart.type === 'pie') {
    return {
      ...base,
      legend: { bottom: 0, type: 'plain' },
      series: [{ type: 'pie', radius: '60%', data: rows.map((row) => ({ name: category(row), value: plotted(row[first]) ?? 0 })), label: { formatter: '{b}: {c}' } }],
    };
  }
  if (chart.type === 'gauge') {
    const value = plotted(rows[0]?.[first]) ?? 0;
    const max = typeof chart.options?.['max'] === 'number' ? chart.options['max'] : Math.max(100, Math.ceil(value * 1.2));
    return { ...base, series: [{ type: 'gauge', max, data: [{ value, name: table.header[first] ?? '' }], detail: { formatter: '{value}' } }] };
  }
  const stacked = chart.options?.['stacked'] === true;
  return {
    ...base,
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: rows.map(category), axisLabel: { interval: rows.length > 12 ? 'auto' : 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: measures.map((i) => ({
      type: chart.type === 'bar' ? ('bar' as const) : ('line' as const),
      name: table.header[i] ?? '',
      data: rows.map((row) => plotted(row[i])),
      ...(stacked ? { stack: 'total' } : {}),
      ...(chart.type === 'area' ? { areaStyle: {} } : {}),
    })),
  };
}

/**
 * The chart of a result as SVG, rendered on the server with ECharts (SVG renderer, no DOM), or null for a
 * table, pivot or KPI.
 */
export function reportChartSvg(chart: ReportChart, table: ReportTable, size: { width: number; height: number }, fontFamily: string): string | null {
  if (!isDrawnChart(chart) || table.rows.length === 0) return null;
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption(optionOf(chart, table, fontFamily));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
