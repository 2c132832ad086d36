import { describe, expect, it } from 'vitest';
import { kpiChange } from './kpi-change.ts';
import { totalAmount } from './result-fixture.ts';

describe('KPI change against the previous period', () => {
  it.each([
    [[[100000]], 0.23456],
    [[[200000]], -0.38272],
    [[[-100000]], 2.23456],
  ])('from %j', (rows, change) => {
    expect(kpiChange({ ...totalAmount, previous: { rows, truncated: false } })).toBeCloseTo(change, 5);
  });

  it('says nothing without a comparison, or from zero or nothing', () => {
    expect(kpiChange(totalAmount)).toBeUndefined();
    expect(kpiChange({ ...totalAmount, previous: { rows: [[0]], truncated: false } })).toBeUndefined();
    expect(kpiChange({ ...totalAmount, previous: { rows: [], truncated: false } })).toBeUndefined();
  });
});
