import type { OptionFileRow } from '@tessera/schemas/option-set';
import ExcelJS from 'exceljs';
import { type Locale, supportedLocales, translate } from '../i18n/translate.ts';

/** The sheet's columns, in order; a header reads `<title in the reader's language> (<key>)`. */
const columns = [
  { key: 'value', width: 22 },
  { key: 'parentValue', width: 22 },
  { key: 'label.zh-CN', width: 28 },
  { key: 'label.en-US', width: 28 },
  { key: 'color', width: 12 },
  { key: 'sortOrder', width: 8 },
  { key: 'disabled', width: 10 },
] as const;
type ColumnKey = (typeof columns)[number]['key'];

const titleOf = (key: ColumnKey, locale: Locale) => translate(locale, `option-sets.column.${key}`);

/** A spreadsheet runs a cell starting with one of these as a formula: exported text gets a `'` in front. */
const formulaStart = /^[=+\-@\t\r]/;
const neutralized = (text: string) => (formulaStart.test(text) ? `'${text}` : text);
const restored = (text: string) => (text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text);

export interface XlsxOptionRow extends OptionFileRow {
  readonly depth: number;
}

/** The set as a workbook: one sheet, a header row, one row per option in tree order (labels indented by depth). */
export async function writeOptionSetXlsx(name: string, rows: readonly XlsxOptionRow[], locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tessera';
  workbook.title = name;
  const sheet = workbook.addWorksheet(translate(locale, 'option-sets.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: `${titleOf(c.key, locale)} (${c.key})`, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow({
      value: neutralized(row.value),
      parentValue: row.parentValue ?? '',
      'label.zh-CN': neutralized(row.label['zh-CN']),
      'label.en-US': neutralized(row.label['en-US'] ?? ''),
      color: row.color ?? '',
      sortOrder: row.sortOrder ?? 0,
      disabled: row.disabled ?? false,
    });
    added.getCell('label.zh-CN').alignment = { indent: row.depth };
    if (row.color) added.getCell('color').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${row.color.slice(1).toUpperCase()}` } };
  }
  // exceljs declares its own `Buffer` type; the value is a Node Buffer
  return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as Uint8Array);
}

export class UnreadableWorkbookError extends Error {
  override name = 'UnreadableWorkbookError';
}

function cellText(value: ExcelJS.CellValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return restored(value.trim());
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return restored(value.richText.map((part) => part.text).join('').trim());
  if ('text' in value && typeof value.text === 'string') return restored(value.text.trim());
  // a formula is never run: its result as the workbook saved it, if any
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return undefined;
}

const yes = new Set(['true', '1', 'yes', 'y', '是', '已停用', '停用']);
const no = new Set(['false', '0', 'no', 'n', '否', '']);

function booleanOf(text: string | undefined): boolean | string | undefined {
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  if (yes.has(lower)) return true;
  if (no.has(lower)) return false;
  return text;
}

function integerOf(text: string | undefined): number | string | undefined {
  if (text === undefined || text === '') return undefined;
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** Which column holds what: by the `(key)` in the header, the bare key, or a title in either language. */
function headerColumns(header: ExcelJS.Row): Map<ColumnKey, number> {
  const found = new Map<ColumnKey, number>();
  header.eachCell((cell, column) => {
    const text = cellText(cell.value) ?? '';
    const key = /\(([^()]+)\)\s*$/.exec(text)?.[1] ?? text;
    const match = columns.find((c) => c.key === key || supportedLocales.some((locale) => titleOf(c.key, locale) === text));
    if (match && !found.has(match.key)) found.set(match.key, column);
  });
  return found;
}

export interface SheetRows {
  /** Each data row as an exchange-file row, not yet checked against its schema. */
  readonly rows: Record<string, unknown>[];
  /** The sheet row number of each entry of `rows` (2 for the first under the header). */
  readonly rowNumbers: number[];
}

/**
 * The options in the first sheet of an uploaded workbook (the export's layout; columns found by their
 * header, blank rows skipped). At most `maxRows` rows are read. Throws UnreadableWorkbookError for a file
 * that is not a workbook or lacks the value and Chinese label columns.
 */
export async function readOptionSetXlsx(content: Buffer, maxRows: number): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` type; it reads a Node Buffer
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableWorkbookError('not an xlsx workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableWorkbookError('no sheet');
  const at = headerColumns(sheet.getRow(1));
  const valueColumn = at.get('value');
  const labelColumn = at.get('label.zh-CN');
  if (valueColumn === undefined || labelColumn === undefined) throw new UnreadableWorkbookError('no value or label column');
  const text = (row: ExcelJS.Row, key: ColumnKey) => {
    const column = at.get(key);
    return column === undefined ? undefined : cellText(row.getCell(column).value);
  };
  const rows: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  for (let number = 2; number <= sheet.rowCount && rows.length < maxRows; number++) {
    const row = sheet.getRow(number);
    const cells = columns.map((c) => text(row, c.key));
    if (cells.every((cell) => cell === undefined || cell === '')) continue;
    const color = text(row, 'color');
    const enLabel = text(row, 'label.en-US');
    rows.push({
      value: text(row, 'value') ?? '',
      ...(at.has('parentValue') ? { parentValue: text(row, 'parentValue') || null } : {}),
      label: { 'zh-CN': text(row, 'label.zh-CN') ?? '', ...(enLabel ? { 'en-US': enLabel } : {}) },
      ...(at.has('color') ? { color: color || null } : {}),
      ...(integerOf(text(row, 'sortOrder')) === undefined ? {} : { sortOrder: integerOf(text(row, 'sortOrder')) }),
      ...(booleanOf(text(row, 'disabled')) === undefined ? {} : { disabled: booleanOf(text(row, 'disabled')) }),
    });
    rowNumbers.push(number);
  }
  return { rows, rowNumbers };
}
