import { describe, expect, it } from 'vitest';
import { modelToSchema } from '../designer/model-to-schema.ts';
import { acceptOf, fileIdsOf, fileValueOf, isFileView, uploadErrorText, uploadProblemOf } from './file-upload.ts';
import { renderUiSchemaOf, widgetOf } from './render-ui-schema.ts';

const mb = 1024 * 1024;

describe('checking a picked file before it is sent', () => {
  it.each([
    [{ name: '门头.JPG', size: 2 * mb }, 'image', null],
    [{ name: 'a.webp', size: 1 }, 'image', null],
    [{ name: 'contract.pdf', size: 10 * mb }, 'file', null],
    [{ name: 'data.csv', size: 10 }, 'file', null],
    [{ name: 'contract.pdf', size: 10 * mb }, 'image', 'type'],
    [{ name: 'logo.svg', size: 10 }, 'image', 'type'],
    [{ name: 'page.html', size: 10 }, 'file', 'type'],
    [{ name: 'setup.exe', size: 10 }, 'file', 'type'],
    [{ name: 'big.png', size: 10 * mb + 1 }, 'file', 'too-large'],
    [{ name: 'empty.txt', size: 0 }, 'file', 'empty'],
  ] as const)('%j as %s is %s', (file, kind, problem) => {
    expect(uploadProblemOf(file, kind)).toBe(problem);
  });

  it('offers only images to an image field', () => {
    expect(acceptOf('image')).not.toContain('.pdf');
    expect(acceptOf('file')).toContain('.docx');
  });
});

describe('the value of an upload field', () => {
  it('reads one id or a list, and writes back the same shape', () => {
    expect(fileIdsOf('a')).toEqual(['a']);
    expect(fileIdsOf(['a', '', 3, 'b'])).toEqual(['a', 'b']);
    expect(fileIdsOf(undefined)).toEqual([]);
    expect(fileValueOf(['a', 'b'], true)).toEqual(['a', 'b']);
    expect(fileValueOf([], true)).toBeUndefined();
    expect(fileValueOf(['a'], false)).toBe('a');
    expect(fileValueOf([], false)).toBeUndefined();
  });

  it('knows an upload answer from a refusal and reads the refusal’s words', () => {
    expect(isFileView({ id: 'x', name: 'a.png', contentType: 'image/png', size: 1, url: '/api/files/x' })).toBe(true);
    expect(isFileView({ code: 'file-too-large' })).toBe(false);
    expect(uploadErrorText({ code: 'file-too-large', title: '文件过大', detail: '单个文件不能超过 10 MB' })).toBe('单个文件不能超过 10 MB');
    expect(uploadErrorText({ title: 'File too large' })).toBe('File too large');
    expect(uploadErrorText('<html>')).toBeUndefined();
  });
});

describe('rendering upload fields', () => {
  it('renders single and multi-file fields with the upload widgets', () => {
    const { schema, uiSchema } = modelToSchema({
      columns: 1,
      fields: [
        { key: 'photo', kind: 'image', title: '照片' },
        { key: 'docs', kind: 'file', title: '附件', multiple: true },
      ],
    });
    expect(renderUiSchemaOf(schema, uiSchema)).toMatchObject({ photo: { 'ui:widget': 'image' }, docs: { 'ui:widget': 'file' } });
    expect(widgetOf({ type: 'array', items: { type: 'string', 'x-widget': 'image' } })).toBe('image');
    expect(widgetOf({ type: 'array', items: { type: 'string' } })).toBeUndefined();
  });
});
