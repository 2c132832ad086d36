import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../../http/neutralize-formula.ts';
import { inChunks } from './export-progress.ts';
import type { ReportCell, ReportTable } from './report-cells.ts';

/** Text is what a reader typed: a formula-looking one is neutralized. Numbers, money and days are ours. */
const csvText = (cell: ReportCell) => (cell.kind === 'text' ? neutralizeFormula(cell.text) : cell.text);

/**
 * The table as CSV: a header row of the column titles, then the rows as text (money in yuan, option labels,
 * days by grain). UTF-8 with a byte-order mark, so Excel reads Chinese text right.
 */
export async function writeReportCsv(table: ReportTable, onProgress?: (fraction: number) => void): Promise<Buffer> {
  const lines: string[] = [stringify([table.header.map(neutralizeFormula)])];
  await inChunks(table.rows, (row) => lines.push(stringify([row.map(csvText)])), onProgress);
  return Buffer.from(`\uFEFF${lines.join('')}`, 'utf8');
}
