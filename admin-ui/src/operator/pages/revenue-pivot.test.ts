import { describe, expect, it } from 'vitest';
import { monthsBetween, pivotRevenue } from './revenue-pivot.ts';

describe('revenue by module and month', () => {
  it('lists every month of the range, across a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-05', '2026-05')).toEqual(['2026-05']);
    expect(monthsBetween('2026-06', '2026-05')).toEqual([]);
    expect(monthsBetween('2026-13', '2027-01')).toEqual([]);
  });

  it('totals rows, months and the whole in integer fen, highest module first', () => {
    const pivot = pivotRevenue({
      from: '2026-10',
      to: '2026-12',
      items: [
        { month: '2026-10', plugin: 'announcements', amountFen: 9900, count: 1 },
        { month: '2026-12', plugin: 'announcements', amountFen: 19800, count: 2 },
        { month: '2026-12', plugin: 'orders', amountFen: 99000, count: 1 },
        { month: '2026-12', plugin: 'courses', amountFen: 29, count: 1 },
      ],
    });
    expect(pivot.months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(pivot.rows.map((row) => [row.plugin, row.totalFen, row.count])).toEqual([
      ['orders', 99000, 1],
      ['announcements', 29700, 3],
      ['courses', 29, 1],
    ]);
    expect(pivot.monthTotals).toEqual({ '2026-10': 9900, '2026-12': 118829 });
    expect(pivot.totalFen).toBe(128729);
    expect(pivot.count).toBe(5);
    // invariant: the rows and the months both add up to the total
    expect(pivot.rows.reduce((sum, row) => sum + row.totalFen, 0)).toBe(pivot.totalFen);
    expect(Object.values(pivot.monthTotals).reduce((sum, fen) => sum + fen, 0)).toBe(pivot.totalFen);
  });

  it('has no rows without revenue', () => {
    expect(pivotRevenue({ from: '2026-01', to: '2026-03', items: [] })).toMatchObject({ rows: [], totalFen: 0, count: 0 });
  });
});
