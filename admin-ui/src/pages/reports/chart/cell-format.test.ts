import { describe, expect, it } from 'vitest';
import type { ResultColumn } from '../reports-api.ts';
import { formatBucket, formatCell, measureFormatter } from './cell-format.ts';
import { visitsByLevel, visitsByMonthAndLevel, zhFormat } from './result-fixture.ts';

const [month, level, amount] = visitsByMonthAndLevel.columns as [never, never, never];
const [, count] = visitsByLevel.columns as [never, never];

describe('result cells as people read them', () => {
  it.each([
    ['day', '2026-03-05', '2026-03-05'],
    ['week', '2026-03-02', '2026-03-02 当周'],
    ['month', '2026-03-01', '2026年03月'],
    ['quarter', '2026-04-01', '2026年第2季度'],
    ['quarter', '2026-10-01', '2026年第4季度'],
    ['year', '2026-01-01', '2026年'],
  ])('shows a %s bucket %s as %s', (grain, day, text) => {
    expect(formatBucket(day, grain, zhFormat)).toBe(text);
  });

  it('shows option values by their labels, unknown values as they are, and empty ones as （空）', () => {
    expect(formatCell(level, 'vip', zhFormat)).toBe('重要客户');
    expect(formatCell(level, 'gone', zhFormat)).toBe('gone');
    expect(formatCell(level, null, zhFormat)).toBe('（空）');
  });

  it('shows money in yuan with separators, an average rounded to the fen, counts with separators', () => {
    expect(formatCell(amount, 250050, zhFormat)).toBe('¥2,500.50');
    expect(formatCell(amount, -99, zhFormat)).toBe('-¥0.99');
    expect(formatCell(amount, 1234.5, zhFormat)).toBe('¥12.35');
    expect(formatCell(count, 1250, zhFormat)).toBe('1,250');
    expect(formatCell(month, '2026-01-01', zhFormat)).toBe('2026年01月');
  });

  it('shows a time measure in the company time zone and a ratio as a percentage', () => {
    const latest: ResultColumn = { key: 'm0', kind: 'measure', op: 'max', title: '最大值 · 提交时间', type: 'time' };
    expect(formatCell(latest, '2026-03-31T23:30:00.000Z', zhFormat)).toBe('2026-04-01 07:30');
    expect(measureFormatter({ key: 'm0', kind: 'measure', title: '比率', type: 'ratio' })(0.4567)).toBe('45.7%');
    expect(measureFormatter(amount)('x')).toBe('-');
  });

  it('shows a record’s time (no grain) as an instant on the company clock and its date as it is', () => {
    const submittedAt: ResultColumn = { key: 'c0', kind: 'dimension', field: 'submittedAt', title: '提交时间', type: 'time' };
    const visitedOn: ResultColumn = { key: 'c1', kind: 'dimension', field: 'data.visitedOn', title: '拜访日期', type: 'date' };
    expect(formatCell(submittedAt, '2026-03-31T23:30:00.000Z', zhFormat)).toBe('2026-04-01 07:30');
    expect(formatCell(visitedOn, '2026-03-05', zhFormat)).toBe('2026-03-05');
  });
});
