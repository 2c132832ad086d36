import { describe, expect, it } from 'vitest';
import type { DatasetResult } from '../../../api/dashboards-api.ts';
import { clickedValue, drillFilters, drillRequest, suggestedNextLevel } from './drill-request.ts';

const byLevelAndMonth: DatasetResult = {
  columns: [
    { key: 'd0', kind: 'dimension', field: 'data.level', title: '客户等级', type: 'option', labels: { vip: '重要客户', normal: '普通客户' } },
    { key: 'd1', kind: 'dimension', field: 'submittedAt', title: '提交时间', type: 'time', grain: 'month' },
    { key: 'd2', kind: 'dimension', field: 'data.visitDate', title: '拜访日期', type: 'date', grain: 'quarter' },
    { key: 'm0', kind: 'measure', op: 'count', title: '数量', type: 'number' },
  ],
  rows: [
    ['vip', '2026-03-01', '2026-01-01', 4],
    [null, '2026-03-01', '2026-01-01', 1],
  ],
  truncated: false,
};
const shared = [{ field: 'submittedAt', op: 'within' as const, value: 'this-year' }];

describe('drilling down from a clicked bar', () => {
  it('reads the clicked dimension’s field, value and label', () => {
    const clicked = clickedValue(byLevelAndMonth, { row: byLevelAndMonth.rows[0] ?? [], dimensionIndex: 0 });
    expect(clicked).toMatchObject({ value: 'vip', label: '重要客户', column: { field: 'data.level' } });
  });

  it('has nothing to filter by for an empty group', () => {
    expect(clickedValue(byLevelAndMonth, { row: byLevelAndMonth.rows[1] ?? [], dimensionIndex: 0 })).toBeUndefined();
    expect(clickedValue(byLevelAndMonth, { row: byLevelAndMonth.rows[0] ?? [], dimensionIndex: 7 })).toBeUndefined();
  });

  it('keeps the clicked value and the shared filters, grouped by the next level', () => {
    const clicked = clickedValue(byLevelAndMonth, { row: byLevelAndMonth.rows[0] ?? [], dimensionIndex: 0 });
    expect(clicked).toBeDefined();
    if (!clicked) return;
    expect(drillRequest([clicked], shared, { field: 'data.store' }, 'Asia/Shanghai')).toEqual({
      filters: [{ field: 'data.level', op: 'eq', value: 'vip' }, ...shared],
      dimensions: [{ field: 'data.store' }],
    });
    expect(drillRequest([clicked], [], { field: 'submittedAt', grain: 'week' }, 'UTC').dimensions).toEqual([{ field: 'submittedAt', grain: 'week' }]);
  });

  it('keeps the report’s own dimensions when no next level is picked (the clicked group’s rows)', () => {
    const clicked = clickedValue(byLevelAndMonth, { row: byLevelAndMonth.rows[0] ?? [], dimensionIndex: 0 });
    if (!clicked) throw new Error('clicked');
    const request = drillRequest([clicked], shared, undefined, 'Asia/Shanghai');
    expect(request).toEqual({ filters: [{ field: 'data.level', op: 'eq', value: 'vip' }, ...shared] });
    expect('dimensions' in request).toBe(false);
  });

  it('turns a month of times into that month in the company’s time zone', () => {
    const clicked = clickedValue(byLevelAndMonth, { row: byLevelAndMonth.rows[0] ?? [], dimensionIndex: 1 });
    if (!clicked) throw new Error('clicked');
    expect(drillFilters(clicked, 'Asia/Shanghai')).toEqual([
      { field: 'submittedAt', op: 'gte', value: '2026-02-28T16:00:00.000Z' },
      { field: 'submittedAt', op: 'lte', value: '2026-03-31T15:59:59.999Z' },
    ]);
  });

  it('turns a quarter of dates into its first and last day', () => {
    const clicked = clickedValue(byLevelAndMonth, { row: byLevelAndMonth.rows[0] ?? [], dimensionIndex: 2 });
    if (!clicked) throw new Error('clicked');
    expect(drillFilters(clicked, 'Asia/Shanghai')).toEqual([
      { field: 'data.visitDate', op: 'gte', value: '2026-01-01' },
      { field: 'data.visitDate', op: 'lte', value: '2026-03-31' },
    ]);
  });

  it('adds each level drilled through to the conditions', () => {
    const level = clickedValue(byLevelAndMonth, { row: byLevelAndMonth.rows[0] ?? [], dimensionIndex: 0 });
    const store = { column: { key: 'd0', kind: 'dimension' as const, field: 'data.store', title: '门店', type: 'string' }, value: '南京西路店', label: '南京西路店' };
    if (!level) throw new Error('clicked');
    expect(drillRequest([level, store], [], { field: 'data.visitDate', grain: 'month' }, 'UTC')).toEqual({
      filters: [
        { field: 'data.level', op: 'eq', value: 'vip' },
        { field: 'data.store', op: 'eq', value: '南京西路店' },
      ],
      dimensions: [{ field: 'data.visitDate', grain: 'month' }],
    });
  });

  it('suggests a next level not drilled through yet, groupings first, times by month', () => {
    const level = clickedValue(byLevelAndMonth, { row: byLevelAndMonth.rows[0] ?? [], dimensionIndex: 0 });
    if (!level) throw new Error('clicked');
    const fields = [
      { key: 'submittedAt', type: 'time' },
      { key: 'data.level', type: 'option' },
      { key: 'data.amount', type: 'number' },
      { key: 'data.store', type: 'string' },
    ];
    expect(suggestedNextLevel(fields, [level])).toEqual({ field: 'data.store' });
    expect(suggestedNextLevel(fields.slice(0, 3), [level])).toEqual({ field: 'submittedAt', grain: 'month' });
    expect(suggestedNextLevel(fields.slice(1, 3), [level])).toBeUndefined();
  });
});
