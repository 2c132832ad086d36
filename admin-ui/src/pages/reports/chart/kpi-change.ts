import type { DatasetResult } from '../reports-api.ts';
import { numericCell } from './cell-format.ts';
import { shapeOf } from './result-shape.ts';

/**
 * The KPI's change against the previous period (a report whose chart asks `compare: 'previous-period'`
 * gets `previous` rows): the relative change, or `undefined` when there is no comparison or the previous
 * value is zero or empty (no percentage can say "from nothing").
 */
export function kpiChange(result: DatasetResult): number | undefined {
  const measure = shapeOf(result).measures[0];
  if (!measure || !result.previous) return undefined;
  const current = numericCell(result.rows[0]?.[measure.index]) ?? 0;
  const previous = numericCell(result.previous.rows[0]?.[measure.index]);
  if (previous === null || previous === 0) return undefined;
  return (current - previous) / Math.abs(previous);
}
