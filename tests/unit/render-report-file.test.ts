import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { chartTypes } from '../../schemas/report.ts';
import { fenToYuanText } from '../../core/reports/exports/report-cells.ts';
import { renderReportFile } from '../../core/reports/exports/render-report-file.ts';
import { sheetName } from '../../core/reports/exports/write-report-xlsx.ts';

const result = {
  columns: [
    { key: 'd0', kind: 'dimension' as const, field: 'data.level', title: '客户等级', type: 'option', labels: { vip: '重要客户' } },
    { key: 'd1', kind: 'dimension' as const, field: 'submittedAt', title: '提交时间', type: 'time', grain: 'quarter' },
    { key: 'm0', kind: 'measure' as const, op: 'sum', field: 'data.amountFen', title: '合计 · 订货金额', type: 'money' },
    { key: 'm1', kind: 'measure' as const, op: 'avg', field: 'data.score', title: '平均值 · 评分', type: 'number' },
  ],
  rows: [
    ['vip', '2026-01-01', -12345, 3.333333],
    ['normal', '2026-04-01', null, 5],
  ],
  truncated: true,
};
const at = new Date('2026-03-31T16:30:00Z');

describe('fenToYuanText', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [12345, '123.45'],
    [-12345, '-123.45'],
    [2.5, '0.03'],
    [-2.5, '-0.03'],
    [900719925474099, '9007199254740.99'],
  ])('writes %d fen as %s yuan', (fen, yuan) => {
    expect(fenToYuanText(fen)).toBe(yuan);
  });
});

describe('sheetName', () => {
  it.each([
    ['订货汇总', '订货汇总'],
    ['a/b:c*d?[e]', 'a b c d  e'],
    ["'引号'", '引号'],
    ['History', 'Sheet1'],
    ['   ', 'Sheet1'],
    ['超长的报表标题'.repeat(6), '超长的报表标题'.repeat(6).slice(0, 31)],
  ])('makes %j a name Excel accepts', (title, name) => {
    expect(sheetName(title)).toBe(name);
  });
});

describe('renderReportFile', () => {
  it.each(chartTypes)('draws a PDF for a %s chart with the title, the generation time and the rows', async (type) => {
    const fractions: number[] = [];
    const file = await renderReportFile({
      title: '季度订货',
      result,
      chart: { type, options: { stacked: true, max: 500 } },
      format: 'pdf',
      locale: 'en-US',
      timeZone: 'Asia/Shanghai',
      generatedAt: at,
      onProgress: (fraction) => fractions.push(fraction),
    });
    expect(file).toMatchObject({ fileName: '季度订货-202604010030.pdf', contentType: 'application/pdf' });
    expect(fractions.at(-1)).toBe(1);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(file.bytes)), { mergePages: true });
    for (const part of ['季度订货', 'Generated at', '2026-04-01 00:30', '重要客户', '2026 Q1', '-123.45', '3.3333']) expect(text).toContain(part);
  });

  it('writes a hostile title as a safe file name and sheet name', async () => {
    const file = await renderReportFile({ title: "'../History:=1'", result, chart: { type: 'table' }, format: 'xlsx', locale: 'zh-CN', timeZone: 'UTC', generatedAt: at });
    expect(file.fileName).toBe("'.. History =1'-202603311630.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('.. History =1');
    expect(sheet?.getRow(2).values).toEqual([undefined, '重要客户', new Date('2026-01-01T00:00:00Z'), -123.45, 3.333333]);
    expect(sheet?.getRow(2).getCell(3).numFmt).toBe('#,##0.00');
  });
});
