import type { DatasetDimension, DatasetFilter } from '@tessera/schemas/dataset';
import { dayjs } from '../../../format/dayjs-setup.ts';
import type { DatasetField, ResultColumn } from '../reports-api.ts';
import { isTimed, type TimeGrain } from '../builder/field-rules.ts';

/** One step of a drill-down: what the breadcrumb says, the filters added so far and the dimensions shown. */
export interface DrillLevel {
  label: string;
  filters: DatasetFilter[];
  dimensions: DatasetDimension[];
}

const finerGrain: Partial<Record<string, TimeGrain>> = { year: 'quarter', quarter: 'month', month: 'day', week: 'day' };
const grainLength: Record<string, [number, 'day' | 'week' | 'month' | 'year']> = {
  day: [1, 'day'],
  week: [1, 'week'],
  month: [1, 'month'],
  quarter: [3, 'month'],
  year: [1, 'year'],
};
/** Fields people drill into first; numbers and money are measured, not grouped. */
const drillTypeOrder = ['option', 'string', 'boolean', 'time', 'date'];

/**
 * The filters that keep a time bucket: its first and last day for dates; for times, from the first
 * instant of the bucket in the company's time zone to the last millisecond before the next one.
 */
export function bucketFilters(field: string, type: string, day: string, grain: string, timeZone: string): DatasetFilter[] {
  const [amount, unit] = grainLength[grain] ?? grainLength.day ?? [1, 'day'];
  if (type === 'date') {
    const start = dayjs(day);
    return [
      { field, op: 'gte', value: start.format('YYYY-MM-DD') },
      { field, op: 'lte', value: start.add(amount, unit).subtract(1, 'day').format('YYYY-MM-DD') },
    ];
  }
  const start = dayjs.tz(day, timeZone);
  const next = dayjs.tz(dayjs(day).add(amount, unit).format('YYYY-MM-DD'), timeZone);
  return [
    { field, op: 'gte', value: start.toISOString() },
    { field, op: 'lte', value: next.subtract(1, 'millisecond').toISOString() },
  ];
}

/** The dimension to show after a click when the reader did not choose one: a finer time grain, or an unused field. */
export function nextDimension(clicked: ResultColumn | undefined, fields: readonly DatasetField[], used: ReadonlySet<string>): DatasetDimension | undefined {
  const finer = clicked?.grain ? finerGrain[clicked.grain] : undefined;
  if (clicked?.field && finer) return { field: clicked.field, grain: finer };
  const candidates = fields
    .filter((field) => drillTypeOrder.includes(field.type) && !used.has(field.key))
    .sort((a, b) => drillTypeOrder.indexOf(a.type) - drillTypeOrder.indexOf(b.type));
  const field = candidates[0];
  if (!field) return undefined;
  return isTimed(field.type) ? { field: field.key, grain: 'month' } : { field: field.key };
}

interface DrillInput {
  from: DrillLevel;
  row: readonly unknown[];
  dimensionIndex: number;
  columns: readonly ResultColumn[];
  fields: readonly DatasetField[];
  /** The field the reader chose to drill into; without one the next sensible dimension. */
  chosen?: string;
  label: string;
  timeZone: string;
}

/**
 * The level below a clicked row: an `eq` filter for each dimension the click stands for (a range for time
 * buckets) and the next dimension. `undefined` when there is nothing to drill into, or the clicked value is
 * empty (no filter can select only the empty ones).
 */
export function drillDown({ from, row, dimensionIndex, columns, fields, chosen, label, timeZone }: DrillInput): DrillLevel | undefined {
  const dimensions = columns.map((column, index) => ({ column, index })).filter(({ column }) => column.kind === 'dimension');
  const clicked = dimensions.slice(0, dimensionIndex + 1);
  const filters: DatasetFilter[] = [];
  for (const { column, index } of clicked) {
    const value = row[index];
    if (!column.field || value === null || value === undefined) return undefined;
    if (column.grain && isTimed(column.type) && typeof value === 'string') {
      filters.push(...bucketFilters(column.field, column.type, value, column.grain, timeZone));
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      filters.push({ field: column.field, op: 'eq', value });
    } else {
      return undefined;
    }
  }
  const used = new Set([...from.filters.map((filter) => filter.field), ...filters.map((filter) => filter.field), ...dimensions.map(({ column }) => column.field ?? '')]);
  const chosenField = chosen ? fields.find((field) => field.key === chosen) : undefined;
  const next = chosenField
    ? isTimed(chosenField.type)
      ? { field: chosenField.key, grain: 'month' as const }
      : { field: chosenField.key }
    : nextDimension(clicked.at(-1)?.column, fields, used);
  if (!next) return undefined;
  return { label, filters: [...from.filters, ...filters], dimensions: [next] };
}
