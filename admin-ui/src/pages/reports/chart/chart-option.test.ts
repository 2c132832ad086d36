import { describe, expect, it } from 'vitest';
import { chartModelOf, roundMaximum } from './chart-option.ts';
import { fillRateByLevel, totalAmount, visitsByLevel, visitsByMonthAndLevel, zhFormat } from './result-fixture.ts';

interface DrawnSeries {
  type: string;
  name: string;
  data: unknown[];
  stack?: string;
  areaStyle?: object;
  max?: number;
}
const seriesOf = (option: { series?: unknown }) => option.series as DrawnSeries[];
const axisOf = (axis: unknown) => axis as { type: string; data?: string[]; minInterval?: number; axisLabel: { formatter: (value: number) => string } };

describe('result → chart', () => {
  it('draws one bar series per measure over the dimension labels', () => {
    const model = chartModelOf(visitsByLevel, 'bar', {}, zhFormat);
    expect(axisOf(model.option.xAxis).data).toEqual(['重要客户', '普通客户']);
    expect(seriesOf(model.option).map((series) => [series.type, series.name, series.data])).toEqual([
      ['bar', '计数', [3, 1250]],
      ['bar', '去重计数 · 门店', [2, 40]],
    ]);
    expect(model.points).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(model.dimensionIndex).toBe(0);
    expect(axisOf(model.option.yAxis).minInterval).toBe(1);
  });

  it('splits one measure over two dimensions into a series per second value, in yuan on the axis', () => {
    const model = chartModelOf(visitsByMonthAndLevel, 'line', { stack: true }, zhFormat);
    expect(axisOf(model.option.xAxis).data).toEqual(['2026年01月', '2026年02月', '2026年03月']);
    expect(seriesOf(model.option).map((series) => [series.name, series.data, series.stack])).toEqual([
      ['普通客户', [1000, null, null], 'total'],
      ['重要客户', [250050, 99, null], 'total'],
      ['（空）', [null, null, 500], 'total'],
    ]);
    expect(model.points).toEqual([
      [0, -1, -1],
      [1, 2, -1],
      [-1, -1, 3],
    ]);
    expect(model.dimensionIndex).toBe(1);
    expect(axisOf(model.option.yAxis).axisLabel.formatter(250000)).toBe('¥2,500.00');
  });

  it('fills the area under an area chart and lays bars across when asked', () => {
    expect(seriesOf(chartModelOf(visitsByLevel, 'area', {}, zhFormat).option)[0]?.areaStyle).toEqual({});
    const horizontal = chartModelOf(visitsByLevel, 'bar', { horizontal: true }, zhFormat).option;
    expect(axisOf(horizontal.yAxis).type).toBe('category');
  });

  it('draws the first measure as pie slices named by their labels', () => {
    const model = chartModelOf(visitsByLevel, 'pie', {}, zhFormat);
    expect(seriesOf(model.option)[0]?.data).toEqual([
      { name: '重要客户', value: 3 },
      { name: '普通客户', value: 1250 },
    ]);
    expect(model.points).toEqual([[0, 1]]);
  });

  it('puts a gauge against options.max, or a round maximum above the value', () => {
    expect(seriesOf(chartModelOf(totalAmount, 'gauge', { max: 500000 }, zhFormat).option)[0]?.max).toBe(500000);
    expect(seriesOf(chartModelOf(totalAmount, 'gauge', {}, zhFormat).option)[0]?.max).toBe(200000);
    expect(chartModelOf(totalAmount, 'gauge', {}, zhFormat).dimensionIndex).toBe(-1);
  });

  it('shows ratios as percentages on the axis, in the tooltip and on a gauge read against 100 %', () => {
    const bars = chartModelOf(fillRateByLevel, 'bar', {}, zhFormat).option;
    expect(axisOf(bars.yAxis).axisLabel.formatter(0.5)).toBe('50.0%');
    const tooltip = (seriesOf(bars)[0] as unknown as { tooltip: { valueFormatter: (value: unknown) => string } }).tooltip;
    expect(tooltip.valueFormatter(0.75)).toBe('75.0%');
    const gauge = seriesOf(chartModelOf(fillRateByLevel, 'gauge', {}, zhFormat).option)[0] as unknown as DrawnSeries & {
      axisLabel: { formatter: (tick: number) => string };
      detail: { formatter: (value: number) => string };
    };
    expect(gauge.max).toBe(1);
    expect(gauge.axisLabel.formatter(0.2)).toBe('20.0%');
    expect(gauge.detail.formatter(0.75)).toBe('75.0%');
  });

  it.each([
    [0, 100],
    [7, 10],
    [10, 10],
    [11, 20],
    [345, 500],
    [501, 1000],
  ])('rounds a maximum of %d up to %d', (value, max) => {
    expect(roundMaximum(value)).toBe(max);
  });

  it('has nothing to drill into without dimensions', () => {
    const model = chartModelOf(totalAmount, 'bar', {}, zhFormat);
    expect(seriesOf(model.option)[0]?.data).toEqual([123456]);
    expect(model.dimensionIndex).toBe(-1);
  });
});
