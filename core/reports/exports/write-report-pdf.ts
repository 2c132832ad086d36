import type { ReportChart } from '@tessera/schemas/report';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { type Locale, translate } from '../../i18n/translate.ts';
import { inChunks } from './export-progress.ts';
import { cjkFont } from './pdf-font.ts';
import type { ReportCell, ReportTable } from './report-cells.ts';
import { reportChartSvg } from './report-chart-svg.ts';

const font = 'cjk';
const margin = 40;
const rowHeight = 18;
const fontSize = 9;
const chartHeight = 260;
const numeric = new Set<ReportCell['kind']>(['number', 'money', 'ratio']);
/** Setting a row's text costs about a millisecond: fewer rows between yields keep the event loop free. */
const pdfRowsPerChunk = 50;

export interface PdfInput {
  title: string;
  table: ReportTable;
  chart: ReportChart;
  truncated: boolean;
  locale: Locale;
  /** The generation time as the company's wall clock shows it, and that zone's name. */
  generatedAt: string;
  timeZone: string;
  onProgress?: (fraction: number) => void;
}

/**
 * Widths of texts in the table's font and size, summed from each character's width: laying out a whole
 * text through the CJK font costs a fraction of a millisecond, too much for 60,000 cells; a character's
 * width is measured once (kerning is ignored, which only makes the cut a little early).
 */
function tableMeasure(doc: PDFKit.PDFDocument): (text: string) => number {
  const widths = new Map<string, number>();
  return (text) => {
    let total = 0;
    for (const char of text) {
      let width = widths.get(char);
      if (width === undefined) {
        width = doc.widthOfString(char);
        widths.set(char, width);
      }
      total += width;
    }
    return total;
  };
}

/** `text` cut with an ellipsis to fit `width` (the longest fitting start, by halving). */
function fitted(measure: (text: string) => number, text: string, width: number): string {
  if (measure(text) <= width) return text;
  const chars = Array.from(text);
  let [low, high] = [0, chars.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, middle).join('')}…`) <= width) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('')}…`;
}

interface Table {
  measure: (text: string) => number;
  /** Each column's width, and whether it is right-aligned (numbers). */
  width: number;
  right: readonly boolean[];
}

function drawRow(doc: PDFKit.PDFDocument, table: Table, texts: readonly string[], y: number, shaded: boolean): void {
  const widths = table.width;
  const right = table.right;
  if (shaded) doc.rect(margin, y, widths * texts.length, rowHeight).fill('#f0f2f5');
  doc.fillColor('#1f1f1f');
  texts.forEach((text, i) => {
    const x = margin + i * widths + 4;
    doc.text(fitted(table.measure, text, widths - 8), x, y + 4, { width: widths - 8, align: right[i] ? 'right' : 'left', lineBreak: false });
  });
  doc.moveTo(margin, y + rowHeight).lineTo(margin + widths * texts.length, y + rowHeight).lineWidth(0.5).strokeColor('#d9d9d9').stroke();
}

/**
 * The report as a PDF: its title, when it was generated (company time zone), the chart drawn from the
 * ECharts SVG, and the rows as a table over as many pages as needed, the header repeated on each. Chinese
 * text is set in Noto Sans SC, embedded as a subset.
 */
export async function writeReportPdf(input: PdfInput): Promise<Buffer> {
  const { table, locale } = input;
  const landscape = table.columns.length > 5;
  const doc = new PDFDocument({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin, bufferPages: true, info: { Title: input.title, Creator: 'Tessera' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont(font, await cjkFont());
  doc.font(font);
  const contentWidth = doc.page.width - 2 * margin;
  const bottom = doc.page.height - margin - rowHeight;

  doc.fontSize(18).fillColor('#1f1f1f').text(input.title, margin, margin, { width: contentWidth });
  doc.fontSize(10).fillColor('#595959').text(`${translate(locale, 'reports.export.generated-at')}：${input.generatedAt}（${input.timeZone}）`, { width: contentWidth });
  let y = doc.y + 12;

  const svg = reportChartSvg(input.chart, table, { width: contentWidth, height: chartHeight }, font);
  if (svg) {
    SVGtoPDF(doc, svg, margin, y, { width: contentWidth, height: chartHeight, assumePt: true, fontCallback: () => font });
    y += chartHeight + 12;
  }

  doc.fontSize(fontSize);
  const layout: Table = {
    measure: tableMeasure(doc),
    width: contentWidth / Math.max(1, table.header.length),
    right: table.columns.map((_, i) => numeric.has(table.rows[0]?.[i]?.kind ?? 'text')),
  };
  const header = () => {
    doc.font(font).fontSize(fontSize);
    drawRow(doc, layout, table.header, y, true);
    y += rowHeight;
  };
  if (y > bottom - rowHeight) {
    doc.addPage();
    y = margin;
  }
  header();
  await inChunks(
    table.rows,
    (row) => {
      if (y > bottom) {
        doc.addPage();
        y = margin;
        header();
      }
      drawRow(doc, layout, row.map((cell) => cell.text), y, false);
      y += rowHeight;
    },
    input.onProgress,
    pdfRowsPerChunk,
  );
  if (table.rows.length === 0 || input.truncated) {
    const note = table.rows.length === 0 ? 'reports.export.no-rows' : 'reports.export.truncated';
    doc.fontSize(fontSize).fillColor('#8c8c8c').text(translate(locale, note), margin, y + 6, { width: contentWidth });
  }

  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    // the footer sits in the bottom margin, where pdfkit would otherwise start a new page
    doc.page.margins.bottom = 0;
    const text = translate(locale, 'reports.export.page', { page: i + 1, pages: pages.count });
    doc.fontSize(8).fillColor('#8c8c8c').text(text, margin, doc.page.height - margin + 10, { width: contentWidth, align: 'right', lineBreak: false });
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
