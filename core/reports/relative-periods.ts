import { type RelativePeriod, relativePeriods } from '@tessera/schemas/dataset';

export { type RelativePeriod, relativePeriods };

interface Span {
  /** The `date_trunc` unit the period is counted from. */
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year';
  /** The steps its bounds are counted in, and where it starts and ends, in steps from the unit's start. */
  step: 'day' | 'week' | 'month' | 'year';
  from: number;
  to: number;
}

const spans: Record<RelativePeriod, Span> = {
  today: { unit: 'day', step: 'day', from: 0, to: 1 },
  yesterday: { unit: 'day', step: 'day', from: -1, to: 0 },
  // the last 7 (30) days include today
  'last-7-days': { unit: 'day', step: 'day', from: -6, to: 1 },
  'last-30-days': { unit: 'day', step: 'day', from: -29, to: 1 },
  'this-week': { unit: 'week', step: 'week', from: 0, to: 1 },
  'last-week': { unit: 'week', step: 'week', from: -1, to: 0 },
  'this-month': { unit: 'month', step: 'month', from: 0, to: 1 },
  'last-month': { unit: 'month', step: 'month', from: -1, to: 0 },
  'this-quarter': { unit: 'quarter', step: 'month', from: 0, to: 3 },
  'last-quarter': { unit: 'quarter', step: 'month', from: -3, to: 0 },
  'this-year': { unit: 'year', step: 'year', from: 0, to: 1 },
  'last-year': { unit: 'year', step: 'year', from: -1, to: 0 },
};

/**
 * The SQL condition "`value` falls in `period`" for a time or date value: the period's bounds are computed
 * by PostgreSQL from `now` in `timeZone` (weeks start on Monday), all of them parameters. `shift` moves
 * the period back by its own length that many times: 1 is the period before (the previous 7 days, last
 * month for this month), for comparing with it.
 */
export function withinPeriodSql(
  value: string,
  type: 'time' | 'date',
  period: RelativePeriod,
  now: Date,
  timeZone: string,
  shift = 0,
): { sql: string; params: unknown[] } {
  const span = spans[period];
  const length = span.to - span.from;
  const interval = (steps: number) => `${steps - shift * length} ${span.step}s`;
  const start = `date_trunc(?, (?::timestamptz) AT TIME ZONE ?)`;
  const bound = type === 'time' ? `((${start} + ?::interval) AT TIME ZONE ?)` : `((${start} + ?::interval)::date)`;
  const boundParams = (steps: number) =>
    type === 'time' ? [span.unit, now.toISOString(), timeZone, interval(steps), timeZone] : [span.unit, now.toISOString(), timeZone, interval(steps)];
  return { sql: `(${value} >= ${bound} AND ${value} < ${bound})`, params: [...boundParams(span.from), ...boundParams(span.to)] };
}
