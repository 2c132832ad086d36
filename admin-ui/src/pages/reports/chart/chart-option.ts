import type { BarSeriesOption, GaugeSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { DatasetResult } from '../reports-api.ts';
import { type CellFormat, formatNumber, formatRatio, measureFormatter, numericCell } from './cell-format.ts';
import { type ResultShape, dimensionKey, dimensionLabel, distinctValues, shapeOf } from './result-shape.ts';

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GaugeSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;
export type DrawnChartType = 'bar' | 'line' | 'area' | 'pie' | 'gauge';
export type ChartOptions = Record<string, string | number | boolean>;

/** antd's palette, so charts match the rest of the admin UI. */
export const chartColors = ['#1677ff', '#52c41a', '#faad14', '#eb2f96', '#13c2c2', '#722ed1', '#fa541c', '#2f54eb', '#a0d911', '#fadb14'];

/**
 * An ECharts option for a result, and which result row each drawn point is (`points[series][dataIndex]`,
 * -1 where nothing is drawn), so a click can name the row; `dimensionIndex` is the deepest dimension a
 * point stands for (-1: the result has none, nothing to drill into).
 */
export interface ChartModel {
  option: ChartOption;
  points: number[][];
  dimensionIndex: number;
}

/** Categories along the axis and one series per measure, or per value of the later dimensions. */
function axisChart(result: DatasetResult, shape: ResultShape, type: 'bar' | 'line' | 'area', options: ChartOptions, format: CellFormat): ChartModel {
  const { dimensions, measures } = shape;
  // one axis for every series: yuan when all are money, percentages when all are ratios, plain numbers otherwise
  const axisType = measures[0]?.column.type;
  const formatValue = measureFormatter(measures.every((m) => m.column.type === axisType) ? measures[0]?.column : undefined);
  const stack = options.stack === true ? 'total' : undefined;
  const seriesBase = (name: string, data: (number | null)[], valueFormat: (value: unknown) => string) => {
    const tooltip = { valueFormatter: valueFormat };
    if (type === 'bar') return { type: 'bar' as const, name, data, stack, tooltip, barMaxWidth: 48 };
    return { type: 'line' as const, name, data, stack, tooltip, smooth: options.smooth === true, ...(type === 'area' ? { areaStyle: {} } : {}) };
  };
  let categories: string[];
  let series: (BarSeriesOption | LineSeriesOption)[];
  let points: number[][];
  const firstMeasure = measures[0];
  if (dimensions.length >= 2 && measures.length === 1 && firstMeasure) {
    // one measure by two dimensions: the first along the axis, a series for each value of the rest
    const [first, ...rest] = dimensions as [ResultShape['dimensions'][number], ...ResultShape['dimensions']];
    const axis = distinctValues(result.rows, [first], format);
    const split = distinctValues(result.rows, rest, format);
    categories = axis.map((value) => value.label);
    points = split.map(() => axis.map(() => -1));
    const data = split.map(() => axis.map((): number | null => null));
    result.rows.forEach((row, rowIndex) => {
      const s = split.findIndex((value) => value.key === dimensionKey(row, rest));
      const c = axis.findIndex((value) => value.key === dimensionKey(row, [first]));
      const seriesPoints = points[s];
      const seriesData = data[s];
      if (!seriesPoints || !seriesData || c < 0) return;
      seriesPoints[c] = rowIndex;
      seriesData[c] = numericCell(row[firstMeasure.index]);
    });
    const valueFormat = measureFormatter(firstMeasure.column);
    series = split.map((value, s) => seriesBase(value.label, data[s] ?? [], valueFormat));
  } else {
    categories = dimensions.length === 0 ? [''] : result.rows.map((row) => dimensionLabel(row, dimensions, format));
    const rows = dimensions.length === 0 ? result.rows.slice(0, 1) : result.rows;
    points = measures.map(() => rows.map((_, rowIndex) => rowIndex));
    series = measures.map(({ column, index }) =>
      seriesBase(column.title, rows.map((row) => numericCell(row[index])), measureFormatter(column)),
    );
  }
  const horizontal = type === 'bar' && options.horizontal === true;
  const categoryAxis = { type: 'category' as const, data: categories, axisLabel: { hideOverlap: true } };
  // counts are whole numbers: no 2.5 on their axis
  const isCount = measures.length > 0 && measures.every((m) => m.column.op === 'count' || m.column.op === 'count-distinct');
  const valueAxis = { type: 'value' as const, minInterval: isCount ? 1 : undefined, axisLabel: { formatter: (value: number) => formatValue(value) } };
  return {
    option: {
      color: chartColors,
      tooltip: { trigger: 'axis' },
      legend: series.length > 1 ? { type: 'scroll', top: 0 } : { show: false },
      grid: { left: 8, right: 16, top: series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series,
    },
    points,
    dimensionIndex: dimensions.length - 1,
  };
}

function pieChart(result: DatasetResult, shape: ResultShape, format: CellFormat): ChartModel {
  const measure = shape.measures[0];
  const valueFormat = measureFormatter(measure?.column);
  const data = result.rows.map((row) => ({
    name: shape.dimensions.length > 0 ? dimensionLabel(row, shape.dimensions, format) : (measure?.column.title ?? ''),
    value: measure ? (numericCell(row[measure.index]) ?? 0) : 0,
  }));
  return {
    option: {
      color: chartColors,
      tooltip: { trigger: 'item', valueFormatter: valueFormat },
      legend: { type: 'scroll', bottom: 0 },
      series: [
        {
          type: 'pie',
          name: measure?.column.title ?? '',
          radius: ['35%', '65%'],
          data,
          // names are in the legend: on a narrow card a name beside each slice gets cut off
          label: { formatter: '{d}%' },
        },
      ],
    },
    points: [result.rows.map((_, rowIndex) => rowIndex)],
    dimensionIndex: shape.dimensions.length - 1,
  };
}

/** The first measure of the first row against `options.max` (or a round maximum above the value). */
function gaugeChart(result: DatasetResult, shape: ResultShape, options: ChartOptions): ChartModel {
  const measure = shape.measures[0];
  const value = measure ? (numericCell(result.rows[0]?.[measure.index]) ?? 0) : 0;
  const givenMax = Number(options.max);
  const isRatio = measure?.column.type === 'ratio';
  // a rate reads against 100 % unless it is above it
  const max = Number.isFinite(givenMax) && givenMax > 0 ? givenMax : isRatio && value <= 1 ? 1 : roundMaximum(value);
  const valueFormat = measureFormatter(measure?.column);
  return {
    option: {
      tooltip: { show: false },
      series: [
        {
          type: 'gauge',
          min: 0,
          max,
          progress: { show: true, width: 14 },
          axisLine: { lineStyle: { width: 14 } },
          axisLabel: { formatter: (tick: number) => (measure?.column.type === 'money' ? '' : isRatio ? formatRatio(tick) : formatNumber(tick)) },
          detail: { valueAnimation: true, formatter: (v: number) => valueFormat(v), fontSize: 24, offsetCenter: [0, '70%'] },
          title: { offsetCenter: [0, '95%'] },
          data: [{ value, name: measure?.column.title ?? '' }],
          itemStyle: { color: chartColors[0] },
        },
      ],
    },
    points: [[0]],
    dimensionIndex: -1,
  };
}

/** 1, 2 or 5 times a power of ten at or above the value, so a gauge without a maximum still reads well. */
export function roundMaximum(value: number): number {
  if (!(value > 0)) return 100;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}

/** The ECharts option that draws a result as the chart type asks. */
export function chartModelOf(result: DatasetResult, type: DrawnChartType, options: ChartOptions, format: CellFormat): ChartModel {
  const shape = shapeOf(result);
  if (type === 'pie') return pieChart(result, shape, format);
  if (type === 'gauge') return gaugeChart(result, shape, options);
  return axisChart(result, shape, type, options, format);
}
