/** What the query engine allows per field type (docs/reports.md, "Querying"); the server checks it again. */

export const builderMeasureOps = ['count', 'count-distinct', 'sum', 'avg', 'min', 'max', 'ratio'] as const;
export type BuilderMeasureOp = (typeof builderMeasureOps)[number];
export const builderFilterOps = ['eq', 'ne', 'in', 'gte', 'lte', 'within'] as const;
export type BuilderFilterOp = (typeof builderFilterOps)[number];
export const timeGrains = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type TimeGrain = (typeof timeGrains)[number];
export { relativePeriods } from '@tessera/schemas/dataset';

const numeric = new Set(['number', 'money']);
const ordered = new Set(['number', 'money', 'time', 'date']);

export const isTimed = (type: string) => type === 'time' || type === 'date';

export const isNumeric = (type: string) => numeric.has(type);

/** Counting fits every field; sums, averages and ratios (sum over sum) numbers and money; min and max anything ordered. */
export function measureOpsFor(type: string): BuilderMeasureOp[] {
  return builderMeasureOps.filter((op) => {
    if (op === 'sum' || op === 'avg' || op === 'ratio') return numeric.has(type);
    if (op === 'min' || op === 'max') return ordered.has(type);
    return true;
  });
}

/** The measure a field gets when dropped: a sum for amounts and numbers, a count of values otherwise. */
export function defaultMeasureOp(type: string): BuilderMeasureOp {
  return numeric.has(type) ? 'sum' : 'count';
}

export function filterOpsFor(type: string): BuilderFilterOp[] {
  return builderFilterOps.filter((op) => {
    if (op === 'gte' || op === 'lte') return ordered.has(type);
    if (op === 'within') return isTimed(type);
    if (op === 'in') return type !== 'boolean';
    return true;
  });
}

/** The condition a new filter on the field starts with: a period for times, equality otherwise. */
export function defaultFilterOp(type: string): BuilderFilterOp {
  return isTimed(type) ? 'within' : 'eq';
}

/** The order the field list shows types in: what people group by first. */
export const fieldTypeOrder = ['option', 'string', 'boolean', 'time', 'date', 'number', 'money'];
