import type { DatasetResult, ResultColumn } from '../reports-api.ts';
import { type CellFormat, formatCell } from './cell-format.ts';

/** A result split into its dimension and measure columns, with their positions in each row. */
export interface ResultShape {
  dimensions: { column: ResultColumn; index: number }[];
  measures: { column: ResultColumn; index: number }[];
}

export function shapeOf(result: DatasetResult): ResultShape {
  const dimensions: ResultShape['dimensions'] = [];
  const measures: ResultShape['measures'] = [];
  result.columns.forEach((column, index) => {
    (column.kind === 'dimension' ? dimensions : measures).push({ column, index });
  });
  return { dimensions, measures };
}

/** The text of some dimensions of a row, joined as a person reads them (`华东 / 2026-03`). */
export function dimensionLabel(row: readonly unknown[], dimensions: ResultShape['dimensions'], format: CellFormat): string {
  return dimensions.map(({ column, index }) => formatCell(column, row[index], format)).join(' / ');
}

/** A key that tells dimension values apart even when their labels are equal. */
export function dimensionKey(row: readonly unknown[], dimensions: ResultShape['dimensions']): string {
  return JSON.stringify(dimensions.map(({ index }) => row[index] ?? null));
}

/** Distinct values of some dimensions in the order the rows bring them, each with its label. */
export function distinctValues(
  rows: readonly (readonly unknown[])[],
  dimensions: ResultShape['dimensions'],
  format: CellFormat,
): { key: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const key = dimensionKey(row, dimensions);
    if (!seen.has(key)) seen.set(key, dimensionLabel(row, dimensions, format));
  }
  return [...seen].map(([key, label]) => ({ key, label }));
}
