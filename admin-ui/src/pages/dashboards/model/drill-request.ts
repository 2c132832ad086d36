import type { DatasetResult, ReportRunOptions } from '../../../api/dashboards-api.ts';
import { dayjs } from '../../../format/dayjs-setup.ts';
import type { FieldFilter } from './filter-binding.ts';

type Column = DatasetResult['columns'][number];
type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year';
const grains: readonly string[] = ['day', 'week', 'month', 'quarter', 'year'];
// dayjs counts quarters only with a plugin: a quarter is three months
const spanOf = { day: [1, 'day'], week: [1, 'week'], month: [1, 'month'], quarter: [3, 'month'], year: [1, 'year'] } as const;

/** What ReportChart reports on a click: the clicked group's row and which dimension (d0, d1…) was clicked. */
export interface DrillPoint {
  row: readonly unknown[];
  dimensionIndex: number;
}

/** The level to drill to: a field of the widget's dataset, times and dates by a grain. */
export interface NextLevel {
  field: string;
  grain?: Grain;
}

export interface ClickedValue {
  column: Column;
  value: string | number | boolean;
  /** The value as people read it: an option's label, or the value itself. */
  label: string;
}

/** The clicked dimension's column and value; undefined for an empty group (nothing to filter by). */
export function clickedValue(result: DatasetResult, point: DrillPoint): ClickedValue | undefined {
  const index = result.columns.findIndex((column) => column.key === `d${point.dimensionIndex}`);
  const column = result.columns[index];
  const value = point.row[index];
  if (!column?.field || (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')) return undefined;
  const label = column.labels?.[String(value)] ?? String(value);
  return { column, value, label };
}

/**
 * The condition that keeps only the clicked group. A time bucket (`2026-03-01` for March) is a range: for
 * dates its first and last day, for times its start and end in the company's time zone (where the
 * server cut the buckets).
 */
export function drillFilters(clicked: ClickedValue, timeZone: string): FieldFilter[] {
  const { column, value } = clicked;
  const field = column.field ?? '';
  const grain = column.grain && grains.includes(column.grain) ? (column.grain as Grain) : undefined;
  if (!grain || typeof value !== 'string') return [{ field, op: 'eq', value }];
  const [count, unit] = spanOf[grain];
  if (column.type === 'date') {
    const start = dayjs.utc(value);
    return [
      { field, op: 'gte', value: start.format('YYYY-MM-DD') },
      { field, op: 'lte', value: start.add(count, unit).subtract(1, 'day').format('YYYY-MM-DD') },
    ];
  }
  const start = dayjs.tz(value, timeZone);
  return [
    { field, op: 'gte', value: start.toISOString() },
    { field, op: 'lte', value: start.add(count, unit).subtract(1, 'millisecond').toISOString() },
  ];
}

/**
 * The drill-down run of a widget's report: the clicked groups' conditions (each level drilled so far) and
 * the dashboard's shared filters on top of the report's own, grouped by the next level, or by its own
 * dimensions when none is picked (the clicked group's rows).
 */
export function drillRequest(
  path: readonly ClickedValue[],
  shared: readonly FieldFilter[],
  next: NextLevel | undefined,
  timeZone: string,
): ReportRunOptions {
  const filters = [...path.flatMap((clicked) => drillFilters(clicked, timeZone)), ...shared];
  if (!next) return { filters };
  return { filters, dimensions: [next.grain ? { field: next.field, grain: next.grain } : { field: next.field }] };
}

/** The level offered first: a field not drilled through yet, a grouping one (an option or text) before others. */
export function suggestedNextLevel(fields: readonly { key: string; type: string }[], path: readonly ClickedValue[]): NextLevel | undefined {
  const used = new Set(path.map((clicked) => clicked.column.field));
  const free = fields.filter((field) => !used.has(field.key));
  const grouping = free.find((field) => field.type === 'option' || field.type === 'string' || field.type === 'boolean');
  if (grouping) return { field: grouping.key };
  const time = free.find((field) => field.type === 'date' || field.type === 'time');
  return time ? { field: time.key, grain: 'month' } : undefined;
}
