import type { DatasetResult } from '../reports-api.ts';
import type { CellFormat } from './cell-format.ts';
import { dimensionKey, distinctValues, shapeOf } from './result-shape.ts';

export interface PivotCell {
  value: unknown;
  rowIndex: number;
}

/**
 * A cross-table: the first dimension down the side, the others across the top, the first measure in the
 * cells (`null` where the result has no group). `rowIndex` is the result row a cell came from.
 */
export interface Pivot {
  rows: { key: string; label: string; cells: (PivotCell | null)[] }[];
  columns: { key: string; label: string }[];
}

/** `undefined` when the result has fewer than two dimensions or no measure: nothing to cross. */
export function buildPivot(result: DatasetResult, format: CellFormat): Pivot | undefined {
  const { dimensions, measures } = shapeOf(result);
  const [first, ...rest] = dimensions;
  const measure = measures[0];
  if (!first || rest.length === 0 || !measure) return undefined;
  const columns = distinctValues(result.rows, rest, format);
  const rows = distinctValues(result.rows, [first], format).map((value) => ({
    ...value,
    cells: columns.map((): PivotCell | null => null),
  }));
  result.rows.forEach((row, rowIndex) => {
    const side = rows.find((candidate) => candidate.key === dimensionKey(row, [first]));
    const across = columns.findIndex((candidate) => candidate.key === dimensionKey(row, rest));
    if (side && across >= 0) side.cells[across] = { value: row[measure.index], rowIndex };
  });
  return { rows, columns };
}
