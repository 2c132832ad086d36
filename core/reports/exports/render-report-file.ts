import type { DatasetResult } from '@tessera/schemas/dataset';
import type { ReportChart } from '@tessera/schemas/report';
import { cleanFileName } from '../../files/file-name.ts';
import type { Locale } from '../../i18n/translate.ts';
import { reportTable } from './report-cells.ts';
import { writeReportCsv } from './write-report-csv.ts';
import { writeReportPdf } from './write-report-pdf.ts';
import { writeReportXlsx } from './write-report-xlsx.ts';
import { zonedTime } from '../zoned-time.ts';

export type ReportFileFormat = 'csv' | 'xlsx' | 'pdf';

export const reportFileTypes: Readonly<Record<ReportFileFormat, string>> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** The report's title as a file name: no path or reserved characters, the generation minute appended. */
function fileNameOf(title: string, stamp: string, format: ReportFileFormat): string {
  const base = Array.from(cleanFileName(title.replace(/[\\/:*?"<>|]/g, ' '))).slice(0, 100).join('');
  return `${base}-${stamp.replace(/[-: ]/g, '').slice(0, 12)}.${format}`;
}

/**
 * A report result as a file to download or send: CSV (UTF-8 with BOM, formula-looking text neutralized),
 * XLSX (typed cells) or PDF (title, generation time, chart, paged table; Chinese text embedded). Pure
 * apart from reading the bundled font once: the caller runs the report and stores or sends the bytes.
 * `onProgress` hears the share of rows written (0–1).
 */
export async function renderReportFile(input: {
  title: string;
  result: DatasetResult;
  chart: ReportChart;
  format: 'csv' | 'xlsx' | 'pdf';
  locale: Locale;
  timeZone: string;
  generatedAt: Date;
  onProgress?: (fraction: number) => void;
}): Promise<{ fileName: string; contentType: string; bytes: Buffer }> {
  const table = reportTable(input.result, input.locale, input.timeZone);
  const generated = zonedTime(input.generatedAt, input.timeZone).text;
  const bytes =
    input.format === 'csv'
      ? await writeReportCsv(table, input.onProgress)
      : input.format === 'xlsx'
        ? await writeReportXlsx(input.title, table, input.onProgress)
        : await writeReportPdf({
            title: input.title,
            table,
            chart: input.chart,
            truncated: input.result.truncated,
            locale: input.locale,
            generatedAt: generated,
            timeZone: input.timeZone,
            ...(input.onProgress ? { onProgress: input.onProgress } : {}),
          });
  return { fileName: fileNameOf(input.title, generated, input.format), contentType: reportFileTypes[input.format], bytes };
}
