import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sniffFileType } from '../../core/files/sniff-file-type.ts';
import { cleanFileName } from '../../core/files/file-name.ts';
import { contentDisposition } from '../../core/files/content-disposition.ts';
import { fileReferences } from '../../core/forms/file-references.ts';

const file = { type: 'string', format: 'uuid', 'x-widget': 'file' };
const image = { ...file, 'x-widget': 'image' };

describe('fileReferences', () => {
  it('finds file ids at file and image fields, in lists, nested objects, $ref and dependencies branches', () => {
    const schema = {
      type: 'object',
      definitions: { receipt: { type: 'object', properties: { scan: image, note: { type: 'string' } } } },
      properties: {
        name: { type: 'string' },
        contract: file,
        photos: { type: 'array', items: image },
        receipt: { $ref: '#/definitions/receipt' },
        kind: { type: 'string' },
      },
      dependencies: { kind: { oneOf: [{ properties: { kind: { const: 'b' }, licence: file } }] } },
    };
    const data = { name: 'not-a-file', contract: 'c1', photos: ['p1', 'p2'], receipt: { scan: 's1', note: 'n' }, kind: 'b', licence: 'l1', 'a/b': 'x' };
    expect(fileReferences(schema, data)).toEqual([
      { pointer: '/contract', id: 'c1' },
      { pointer: '/photos/0', id: 'p1' },
      { pointer: '/photos/1', id: 'p2' },
      { pointer: '/receipt/scan', id: 's1' },
      { pointer: '/licence', id: 'l1' },
    ]);
  });

  it('ignores strings at fields without a file widget and fields the schema does not know', () => {
    expect(fileReferences({ type: 'object', properties: { a: { type: 'string', 'x-widget': 'textarea' } } }, { a: 'x', b: 'y' })).toEqual([]);
  });
});

describe('sniffFileType', () => {
  it('reads office documents from their bytes', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('门店').addRow(['南京西路店', 120]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await sniffFileType(bytes, 'report.png')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('takes text only under .txt/.csv names, as UTF-8 without markup or control bytes', async () => {
    expect(await sniffFileType(Buffer.from('a,b\n1,2\n'), 'x.CSV')).toBe('text/csv');
    expect(await sniffFileType(Buffer.from('备忘'), 'x.txt')).toBe('text/plain');
    expect(await sniffFileType(Buffer.from('hello'), 'x.html')).toBeNull();
    expect(await sniffFileType(Buffer.from('\ufeff <svg/>'), 'x.txt')).toBeNull();
    expect(await sniffFileType(Buffer.from([0xff, 0xfe, 0x00]), 'x.txt')).toBeNull();
    expect(await sniffFileType(Buffer.from('a\u0000b'), 'x.txt')).toBeNull();
  });
});

describe('file names and dispositions', () => {
  it('keeps the last path segment without control characters', () => {
    expect(cleanFileName('C:\\Users\\张三\\照片.png')).toBe('照片.png');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('\u0000\r\n')).toBe('file');
  });

  it('serves only raster images inline, with a header-safe name', () => {
    expect(contentDisposition('a.png', 'image/png')).toMatch(/^inline; /);
    expect(contentDisposition('a"\r\n.pdf', 'application/pdf')).toBe(`attachment; filename="a___.pdf"; filename*=UTF-8''a%22%0D%0A.pdf`);
  });
});
