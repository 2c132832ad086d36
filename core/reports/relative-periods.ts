/** Periods a filter can name relative to now, in the company's time zone. */
export const relativePeriods = [
  'today',
  'yesterday',
  'last-7-days',
  'last-30-days',
  'this-week',
  'last-week',
  'this-month',
  'last-month',
  'this-quarter',
  'last-quarter',
  'this-year',
  'last-year',
] as const;
export type RelativePeriod = (typeof relativePeriods)[number];

interface Span {
  /** The `date_trunc` unit the period is counted in. */
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year';
  /** Where the period starts and ends, as intervals added to the start of the current unit. */
  from: string;
  to: string;
}

const spans: Record<RelativePeriod, Span> = {
  today: { unit: 'day', from: '0 days', to: '1 day' },
  yesterday: { unit: 'day', from: '-1 day', to: '0 days' },
  // the last 7 (30) days include today
  'last-7-days': { unit: 'day', from: '-6 days', to: '1 day' },
  'last-30-days': { unit: 'day', from: '-29 days', to: '1 day' },
  'this-week': { unit: 'week', from: '0 days', to: '1 week' },
  'last-week': { unit: 'week', from: '-1 week', to: '0 days' },
  'this-month': { unit: 'month', from: '0 days', to: '1 month' },
  'last-month': { unit: 'month', from: '-1 month', to: '0 days' },
  'this-quarter': { unit: 'quarter', from: '0 days', to: '3 months' },
  'last-quarter': { unit: 'quarter', from: '-3 months', to: '0 days' },
  'this-year': { unit: 'year', from: '0 days', to: '1 year' },
  'last-year': { unit: 'year', from: '-1 year', to: '0 days' },
};

/**
 * The SQL condition "`value` falls in `period`" for a time or date value: the period's bounds are computed
 * by PostgreSQL from `now` in `timeZone` (weeks start on Monday), all of them parameters.
 */
export function withinPeriodSql(value: string, type: 'time' | 'date', period: RelativePeriod, now: Date, timeZone: string): { sql: string; params: unknown[] } {
  const span = spans[period];
  const start = `date_trunc(?, (?::timestamptz) AT TIME ZONE ?)`;
  const bound = type === 'time' ? `((${start} + ?::interval) AT TIME ZONE ?)` : `((${start} + ?::interval)::date)`;
  const boundParams = (interval: string) =>
    type === 'time' ? [span.unit, now.toISOString(), timeZone, interval, timeZone] : [span.unit, now.toISOString(), timeZone, interval];
  return { sql: `(${value} >= ${bound} AND ${value} < ${bound})`, params: [...boundParams(span.from), ...boundParams(span.to)] };
}
