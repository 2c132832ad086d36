import { describe, expect, it } from 'vitest';
import { withinPeriodSql } from '../../core/reports/relative-periods.ts';

const now = new Date('2026-03-31T15:30:00Z');
/** The interval parameters of the period's two bounds. */
const bounds = (period: Parameters<typeof withinPeriodSql>[2], shift = 0) => {
  const { params } = withinPeriodSql('v', 'date', period, now, 'Asia/Shanghai', shift);
  return [params[3], params[7]];
};

describe('relative periods', () => {
  it('count from the start of their unit, in the company’s time zone, as parameters', () => {
    const { sql, params } = withinPeriodSql('"submitted_at"', 'time', 'this-month', now, 'Asia/Shanghai');
    expect(sql).not.toContain('Asia/Shanghai');
    expect(params).toEqual(['month', now.toISOString(), 'Asia/Shanghai', '0 months', 'Asia/Shanghai', 'month', now.toISOString(), 'Asia/Shanghai', '1 months', 'Asia/Shanghai']);
  });

  it('move back by their own length for the previous period', () => {
    expect(bounds('this-month', 1)).toEqual(['-1 months', '0 months']);
    expect(bounds('last-month', 1)).toEqual(['-2 months', '-1 months']);
    expect(bounds('last-7-days')).toEqual(['-6 days', '1 days']);
    expect(bounds('last-7-days', 1)).toEqual(['-13 days', '-6 days']);
    expect(bounds('this-quarter', 1)).toEqual(['-3 months', '0 months']);
    expect(bounds('today', 1)).toEqual(['-1 days', '0 days']);
    expect(bounds('this-year', 1)).toEqual(['-1 years', '0 years']);
  });
});
