import type { OptionSetFile, OptionSetView } from '@tessera/schemas/option-set';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
  owner = await signUpCompany(t.app);
  await owner.client.post('/api/option-sets', { key: 'colors', name: { 'zh-CN': '颜色', 'en-US': 'Colors' } });
  const options = [
    { value: 'warm', label: { 'zh-CN': '暖色', 'en-US': 'Warm' }, color: '#ff4d4f' },
    { value: 'red', parentValue: 'warm', label: { 'zh-CN': '红', 'en-US': 'Red' }, color: '#f5222d' },
    { value: 'orange', parentValue: 'warm', label: { 'zh-CN': '=1+1 橙', 'en-US': '' }, disabled: true },
    { value: 'cool', label: { 'zh-CN': '冷色', 'en-US': 'Cool' } },
  ];
  for (const option of options) await owner.client.post('/api/option-sets/colors/options', option);
});
afterAll(() => t.close());

const shape = (set: OptionSetView) => set.options.map(({ value, parentValue, label, color, disabled, depth }) => ({ value, parentValue, label, color, disabled, depth }));
const getSet = async (key: string) => (await owner.client.get(`/api/option-sets/${key}`)).json<OptionSetView>();

async function workbookOf(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; it reads a Node Buffer
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}
const base64Of = async (sheet: ExcelJS.Worksheet) => Buffer.from((await sheet.workbook.xlsx.writeBuffer()) as unknown as Uint8Array).toString('base64');
const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describe('export', () => {
  it('downloads the set as the JSON exchange file, options in tree order', async () => {
    const response = await owner.client.get('/api/option-sets/colors/export?format=json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(response.headers['content-disposition']).toBe('attachment; filename="colors.json"');
    const file = response.json<OptionSetFile>();
    expect(file).toMatchObject({ format: 'tessera.option-set', version: 1, key: 'colors', name: { 'zh-CN': '颜色', 'en-US': 'Colors' } });
    expect(file.options.map((o) => [o.value, o.parentValue])).toEqual([['warm', null], ['red', 'warm'], ['orange', 'warm'], ['cool', null]]);
    expect(file.options[2]).toEqual({ value: 'orange', parentValue: 'warm', label: { 'zh-CN': '=1+1 橙', 'en-US': '' }, color: null, sortOrder: 1, disabled: true });
  });

  it('downloads an XLSX workbook with the same rows, formula-like text neutralised', async () => {
    const response = await owner.client.get('/api/option-sets/colors/export?format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe('attachment; filename="colors.xlsx"');
    const sheet = await workbookOf(response.rawPayload);
    expect(sheet.name).toBe('选项');
    expect(rowValues(sheet, 1)).toEqual([
      '编码 (value)',
      '上级编码 (parentValue)',
      '名称（中文） (label.zh-CN)',
      '名称（英文） (label.en-US)',
      '颜色 (color)',
      '排序 (sortOrder)',
      '已停用 (disabled)',
    ]);
    expect(rowValues(sheet, 2)).toEqual(['warm', '', '暖色', 'Warm', '#ff4d4f', 0, false]);
    expect(rowValues(sheet, 3)).toEqual(['red', 'warm', '红', 'Red', '#f5222d', 0, false]);
    expect(rowValues(sheet, 4)).toEqual(['orange', 'warm', "'=1+1 橙", '', '', 1, true]);
    expect(rowValues(sheet, 5)).toEqual(['cool', '', '冷色', 'Cool', '', 1, false]);
    expect(sheet.rowCount).toBe(5);
  });
});

describe('import', () => {
  it('previews without saving, then recreates the exported tree in another set (JSON round trip)', async () => {
    const file = (await owner.client.get('/api/option-sets/colors/export?format=json')).json<OptionSetFile>();
    await owner.client.post('/api/option-sets', { key: 'colors-copy', name: { 'zh-CN': '颜色副本' } });
    const preview = await owner.client.post('/api/option-sets/colors-copy/import', { format: 'json', preview: true, set: file });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({ applied: false, added: ['warm', 'red', 'orange', 'cool'], relabelled: [], unchanged: 0 });
    expect((await getSet('colors-copy')).options).toEqual([]);

    const applied = await owner.client.post('/api/option-sets/colors-copy/import', { format: 'json', set: file });
    expect(applied.json()).toMatchObject({ applied: true, added: ['warm', 'red', 'orange', 'cool'] });
    expect(shape(await getSet('colors-copy'))).toEqual(shape(await getSet('colors')));
    const again = await owner.client.post('/api/option-sets/colors-copy/import', { format: 'json', set: file });
    expect(again.json()).toEqual({ applied: true, added: [], relabelled: [], unchanged: 4 });
  });

  it('adds and relabels from an edited XLSX, never moving, disabling or deleting what is there', async () => {
    const sheet = await workbookOf((await owner.client.get('/api/option-sets/colors/export?format=xlsx')).rawPayload);
    sheet.getRow(3).getCell(3).value = '大红';
    sheet.getRow(4).getCell(7).value = false;
    sheet.spliceRows(5, 1);
    sheet.addRow(['blue', 'cool', '蓝', 'Blue', '#1677FF', '', '否']);
    sheet.addRow(['navy', 'blue', '藏青', '', '', '', '']);
    const content = await base64Of(sheet);

    const preview = await owner.client.post('/api/option-sets/colors/import', { format: 'xlsx', preview: true, content });
    expect(preview.json()).toEqual({ applied: false, added: ['blue', 'navy'], relabelled: ['red'], unchanged: 2 });
    expect((await owner.client.post('/api/option-sets/colors/import', { format: 'xlsx', content })).statusCode).toBe(200);

    const set = await getSet('colors');
    expect(set.options.map((o) => `${'  '.repeat(o.depth)}${o.value}`)).toEqual(['warm', '  red', '  orange', 'cool', '  blue', '    navy']);
    expect(set.options.find((o) => o.value === 'red')?.label['zh-CN']).toBe('大红');
    expect(set.options.find((o) => o.value === 'blue')).toMatchObject({ color: '#1677ff', disabled: false });
    // the formula-like label came back as it was, and the import did not re-enable the option
    expect(set.options.find((o) => o.value === 'orange')).toMatchObject({ label: { 'zh-CN': '=1+1 橙' }, disabled: true });
    const audit = (await owner.client.get('/api/audit-log?subject=OptionSet&action=option-set.import')).json();
    expect(audit.items[0]).toMatchObject({ recordId: 'colors', detail: { format: 'xlsx', added: ['blue', 'navy'] } });
  });

  it('refuses a file with problems, pointing at each, and saves nothing', async () => {
    const options = [
      { value: 'green', parentValue: 'nowhere', label: { 'zh-CN': '绿' } },
      { value: 'green', label: { 'zh-CN': '绿' } },
      { value: 'red', parentValue: 'cool', label: { 'zh-CN': '红' } },
      { value: 'a', parentValue: 'b', label: { 'zh-CN': '甲' } },
      { value: 'b', parentValue: 'a', label: { 'zh-CN': '乙' } },
    ];
    const refused = await owner.client.post('/api/option-sets/colors/import', { format: 'json', set: { options } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'option-import-invalid' });
    expect(refused.json().errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`)).toEqual([
      '/body/set/options/0/parentValue option-unknown-parent',
      '/body/set/options/1/value option-duplicate',
      '/body/set/options/2/parentValue option-parent-changed',
      '/body/set/options/3/parentValue option-cycle',
      '/body/set/options/4/parentValue option-cycle',
    ]);
    const badColor = await owner.client.post('/api/option-sets/colors/import', {
      format: 'json',
      set: { options: [{ value: 'x', label: { 'zh-CN': '某' }, color: 'blue' }] },
    });
    expect(badColor.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/body/set/options/0/color']);
    expect((await getSet('colors')).options).toHaveLength(6);
  });

  it('points at the sheet row and column of a bad XLSX row, and refuses what is not a workbook', async () => {
    const sheet = await workbookOf((await owner.client.get('/api/option-sets/colors/export?format=xlsx')).rawPayload);
    sheet.addRow(['violet', '', '紫', '', 'purple', '', '']);
    sheet.addRow(['', '', '', '', '', '', '']);
    sheet.addRow(['=evil()', '', '坏', '', '', 'many', '']);
    const refused = await owner.client.post('/api/option-sets/colors/import', { format: 'xlsx', content: await base64Of(sheet) });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/body/content/rows/8/color',
      '/body/content/rows/10/value',
      '/body/content/rows/10/sortOrder',
    ]);

    for (const content of [Buffer.from('not a workbook').toString('base64'), await base64Of(new ExcelJS.Workbook().addWorksheet('x'))]) {
      const response = await owner.client.post('/api/option-sets/colors/import', { format: 'xlsx', content });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ pointer: '/body/content', code: 'unreadable' })]);
    }
    const missing = await owner.client.post('/api/option-sets/colors/import', { format: 'xlsx' });
    expect(missing.json().errors).toEqual([expect.objectContaining({ pointer: '/body/content', code: 'required' })]);
    expect((await getSet('colors')).options).toHaveLength(6);
  });
});
