import ExcelJS from 'exceljs';
import { neutralizeFormula } from '../../http/neutralize-formula.ts';
import { inChunks } from './export-progress.ts';
import type { ReportCell, ReportTable } from './report-cells.ts';

const moneyFormat = '#,##0.00';
const ratioFormat = '0.00%';
const timeFormat = 'yyyy-mm-dd hh:mm';
const dayFormats: Readonly<Record<string, string>> = { month: 'yyyy-mm', year: 'yyyy' };

/**
 * The title as a sheet name Excel accepts: at most 31 characters, none of `\ / ? * [ ] :`, no quote first
 * or last, not the reserved "History".
 */
export function sheetName(title: string): string {
  const name = title.replace(/[\\/?*[\]:]/g, ' ').trim().slice(0, 31).replace(/^'+|'+$/g, '').trim();
  return name === '' || name.toLowerCase() === 'history' ? 'Sheet1' : name;
}

function valueOf(cell: ReportCell): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'number':
    case 'ratio':
      return cell.value;
    case 'money':
      return cell.yuan;
    case 'date':
    case 'time':
      return cell.date;
    case 'text':
      return neutralizeFormula(cell.text);
  }
}

function formatOf(cell: ReportCell): string | undefined {
  if (cell.kind === 'money') return moneyFormat;
  if (cell.kind === 'ratio') return ratioFormat;
  if (cell.kind === 'time') return timeFormat;
  if (cell.kind === 'date') return dayFormats[cell.grain] ?? 'yyyy-mm-dd';
  return undefined;
}

/**
 * The table as a workbook of one sheet named after the report: a bold header row, then typed cells —
 * numbers as numbers, money as yuan with a money format, days and times as dates, option labels and
 * localized booleans as text (formula-looking text neutralized).
 */
export async function writeReportXlsx(title: string, table: ReportTable, onProgress?: (fraction: number) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = title;
  const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header.map(neutralizeFormula));
  sheet.getRow(1).font = { bold: true };
  table.header.forEach((text, i) => {
    sheet.getColumn(i + 1).width = Math.min(40, Math.max(10, text.length * 2 + 2));
  });
  await inChunks(
    table.rows,
    (cells) => {
      const row = sheet.addRow(cells.map(valueOf));
      cells.forEach((cell, i) => {
        const format = formatOf(cell);
        if (format) row.getCell(i + 1).numFmt = format;
      });
    },
    onProgress,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
