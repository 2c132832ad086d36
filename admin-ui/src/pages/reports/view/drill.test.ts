import { describe, expect, it } from 'vitest';
import type { DatasetField, ResultColumn } from '../reports-api.ts';
import { bucketFilters, drillDown, nextDimension } from './drill.ts';

const fields: DatasetField[] = [
  { key: 'submittedAt', title: '提交时间', type: 'time' },
  { key: 'status', title: '状态', type: 'option', labels: { submitted: '已提交' } },
  { key: 'data.level', title: '客户等级', type: 'option', labels: { vip: '重要客户' } },
  { key: 'data.amount', title: '金额', type: 'number' },
];
const byLevel: ResultColumn[] = [
  { key: 'd0', kind: 'dimension', field: 'data.level', title: '客户等级', type: 'option' },
  { key: 'm0', kind: 'measure', op: 'count', title: '计数', type: 'number' },
];
const byMonth: ResultColumn[] = [
  { key: 'd0', kind: 'dimension', field: 'submittedAt', title: '提交时间', type: 'time', grain: 'month' },
  { key: 'm0', kind: 'measure', op: 'count', title: '计数', type: 'number' },
];
const top = { label: '全部', filters: [], dimensions: [] };

describe('drill-down', () => {
  it('keeps the clicked value with an eq filter and shows the chosen field next', () => {
    const level = drillDown({ from: top, row: ['vip', 3], dimensionIndex: 0, columns: byLevel, fields, chosen: 'data.amount', label: '重要客户', timeZone: 'Asia/Shanghai' });
    expect(level).toEqual({ label: '重要客户', filters: [{ field: 'data.level', op: 'eq', value: 'vip' }], dimensions: [{ field: 'data.amount' }] });
  });

  it('picks an unused option field when the reader chose none, and adds to the filters above', () => {
    const from = { label: '华东', filters: [{ field: 'status', op: 'eq' as const, value: 'submitted' }], dimensions: [{ field: 'data.level' }] };
    const level = drillDown({ from, row: ['vip', 3], dimensionIndex: 0, columns: byLevel, fields, label: '重要客户', timeZone: 'Asia/Shanghai' });
    expect(level?.filters).toEqual([
      { field: 'status', op: 'eq', value: 'submitted' },
      { field: 'data.level', op: 'eq', value: 'vip' },
    ]);
    expect(level?.dimensions).toEqual([{ field: 'submittedAt', grain: 'month' }]);
  });

  it('drills a month into its days, keeping the month in the company time zone', () => {
    const level = drillDown({ from: top, row: ['2026-03-01', 5], dimensionIndex: 0, columns: byMonth, fields, label: '2026年03月', timeZone: 'Asia/Shanghai' });
    expect(level?.filters).toEqual([
      { field: 'submittedAt', op: 'gte', value: '2026-02-28T16:00:00.000Z' },
      { field: 'submittedAt', op: 'lte', value: '2026-03-31T15:59:59.999Z' },
    ]);
    expect(level?.dimensions).toEqual([{ field: 'submittedAt', grain: 'day' }]);
  });

  it('cannot keep only empty values, and has nowhere to go once every field is used', () => {
    expect(drillDown({ from: top, row: [null, 3], dimensionIndex: 0, columns: byLevel, fields, label: '（空）', timeZone: 'UTC' })).toBeUndefined();
    expect(nextDimension(byLevel[0], fields, new Set(['submittedAt', 'status', 'data.level']))).toBeUndefined();
  });

  it.each([
    ['quarter', '2026-04-01', '2026-04-01', '2026-06-30'],
    ['week', '2026-03-02', '2026-03-02', '2026-03-08'],
    ['year', '2026-01-01', '2026-01-01', '2026-12-31'],
  ])('keeps a %s of dates from its first to its last day', (grain, day, first, last) => {
    expect(bucketFilters('data.visitedOn', 'date', day, grain, 'UTC').map((filter) => filter.value)).toEqual([first, last]);
  });
});
