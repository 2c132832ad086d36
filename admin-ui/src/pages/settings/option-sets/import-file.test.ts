import { describe, expect, it } from 'vitest';
import { importBodyOf, importProblemPlace, toBase64 } from './import-file.ts';

const file = (name: string, content: string | Uint8Array<ArrayBuffer>) => Object.assign(new Blob([content]), { name });

describe('option set import files', () => {
  it('sends an xlsx as base64 and a json file as the exchange object', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    const encoded = toBase64(bytes);
    expect(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0))).toEqual(bytes);
    expect(await importBodyOf(file('Colors.XLSX', bytes), true)).toEqual({ format: 'xlsx', preview: true, content: encoded });
    const set = { format: 'tessera.option-set', version: 1, options: [] };
    expect(await importBodyOf(file('colors.json', JSON.stringify(set)), false)).toEqual({ format: 'json', preview: false, set });
    await expect(importBodyOf(file('colors.json', 'not json'), false)).rejects.toThrow('colors.json');
    await expect(importBodyOf(file('colors.json', '[1]'), false)).rejects.toThrow('colors.json');
  });

  it('turns problem pointers into rows a person finds in the file', () => {
    expect(importProblemPlace('/body/content/rows/5/color')).toEqual({ row: 5, field: 'color' });
    expect(importProblemPlace('/body/set/options/0/label/zh-CN')).toEqual({ row: 1, field: 'label/zh-CN' });
    expect(importProblemPlace('/body/content')).toBeNull();
  });
});
