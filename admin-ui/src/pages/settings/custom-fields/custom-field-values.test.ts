import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import type { CustomFieldView } from '../../../api/custom-fields-api.ts';
import { yuanTextToFen } from '../../../format/format-fen.ts';
import {
  constraintsOf,
  createBodyOf,
  type CustomFieldFormValues,
  formFieldOfPointer,
  formValuesOf,
  keyPattern,
  suggestKey,
  updateBodyOf,
  withFormPointers,
} from './custom-field-values.ts';

const view = (extra: Partial<CustomFieldView> = {}): CustomFieldView => ({
  id: 'f1',
  resource: 'announcements.announcements',
  key: 'store',
  type: 'text',
  optionSet: null,
  title: { 'zh-CN': '负责门店', 'en-US': 'Store' },
  description: { 'zh-CN': '', 'en-US': '' },
  required: true,
  constraints: { maxLength: 20, pattern: '^[A-Z]{2}\\d{3}$' },
  inList: true,
  sortOrder: 0,
  disabled: false,
  createdAt: '2026-11-23T06:05:00.000Z',
  updatedAt: '2026-11-23T06:05:00.000Z',
  ...extra,
});

const values = (extra: Partial<CustomFieldFormValues>): CustomFieldFormValues => ({
  ...formValuesOf(undefined, 'field1'),
  titleZh: '字段',
  ...extra,
});

describe('the key of a new field', () => {
  it('is suggested from nothing: the first free fieldN', () => {
    expect(suggestKey([])).toBe('field1');
    expect(suggestKey(['field1', 'store', 'field3'])).toBe('field2');
    expect(suggestKey(['field1', 'field2'])).toBe('field3');
  });

  it('follows the server’s rule: a lower-case letter, then letters and digits, at most 40', () => {
    for (const key of ['store', 'wechatId', 'a1', `a${'b'.repeat(39)}`]) expect(keyPattern.test(key), key).toBe(true);
    for (const key of ['Store', '1a', 'we-chat', 'we_chat', '', `a${'b'.repeat(40)}`]) expect(keyPattern.test(key), key).toBe(false);
  });
});

describe('the field form', () => {
  it('shows a field’s settings, an English text equal to the Chinese one (the server’s fallback) as empty', () => {
    expect(formValuesOf(view(), 'x')).toMatchObject({ titleZh: '负责门店', titleEn: 'Store', key: 'store', maxLength: 20, required: true });
    const untranslated = view({ title: { 'zh-CN': '负责门店', 'en-US': '负责门店' }, description: { 'zh-CN': '门店编码', 'en-US': '门店编码' } });
    expect(formValuesOf(untranslated, 'x')).toMatchObject({ titleEn: '', descriptionZh: '门店编码', descriptionEn: '' });
    expect(formValuesOf(undefined, 'field2')).toEqual({ titleZh: '', titleEn: '', key: 'field2', type: 'text', required: false, inList: true });
  });

  it('sends only the checks that fit the type, leaving cleared ones out', () => {
    const all = { minLength: 2, maxLength: 20, pattern: ' ^a$ ', minimum: 1, maximum: 5 };
    expect(constraintsOf(values({ type: 'text', ...all }))).toEqual({ minLength: 2, maxLength: 20, pattern: '^a$' });
    expect(constraintsOf(values({ type: 'integer', ...all }))).toEqual({ minimum: 1, maximum: 5 });
    expect(constraintsOf(values({ type: 'integer', minimum: null, maximum: 0 }))).toEqual({ maximum: 0 });
    expect(constraintsOf(values({ type: 'option', ...all }))).toEqual({});
    expect(constraintsOf(values({ type: 'textarea', pattern: '  ' }))).toEqual({});
  });

  it('creates with the record type, trimmed texts, and money bounds in fen as typed in yuan', () => {
    const body = createBodyOf(
      'announcements.announcements',
      values({ titleZh: ' 押金 ', key: 'deposit ', type: 'money', minimum: yuanTextToFen('0.29'), maximum: yuanTextToFen('1,000') }),
    );
    expect(body).toEqual({
      resource: 'announcements.announcements',
      key: 'deposit',
      type: 'money',
      title: { 'zh-CN': '押金', 'en-US': '' },
      description: { 'zh-CN': '', 'en-US': '' },
      required: false,
      inList: true,
      constraints: { minimum: 29, maximum: 100000 },
    });
    expect(createBodyOf('a.b', values({ type: 'options', optionSet: 'lead-tags' })).optionSet).toBe('lead-tags');
    expect(createBodyOf('a.b', values({ type: 'text', optionSet: 'lead-tags' }))).not.toHaveProperty('optionSet');
  });

  it('updates everything but the key, type and option set', () => {
    const body = updateBodyOf(values({ type: 'option', optionSet: 'lead-tags', key: 'level', required: true, inList: false }));
    expect(body).toEqual({
      title: { 'zh-CN': '字段', 'en-US': '' },
      description: { 'zh-CN': '', 'en-US': '' },
      required: true,
      inList: false,
      constraints: {},
    });
  });
});

describe('server problems on the field form', () => {
  it.each([
    ['/body/key', 'key'],
    ['/body/title', 'titleZh'],
    ['/body/title/zh-CN', 'titleZh'],
    ['/body/title/en-US', 'titleEn'],
    ['/body/description/en-US', 'descriptionEn'],
    ['/body/constraints/pattern', 'pattern'],
    ['/body/constraints/minimum', 'minimum'],
    ['/body/optionSet', 'optionSet'],
    ['/body/constraints', undefined],
    ['/body/resource', undefined],
    ['/query/resource', undefined],
  ])('%s → %s', (pointer, field) => {
    expect(formFieldOfPointer(pointer)).toBe(field);
  });

  it('point at the form’s inputs, those without one kept for the message', () => {
    const error = new ApiError({
      code: 'validation-failed',
      title: '提交的数据有误',
      status: 400,
      errors: [
        { pointer: '/body/constraints/pattern', code: 'pattern', message: '不支持的正则表达式' },
        { pointer: '/body/resource', code: 'pattern', message: '业务对象有误' },
      ],
    });
    const placed = withFormPointers(error);
    expect(placed).toBeInstanceOf(ApiError);
    expect((placed as ApiError).errors.map((problem) => problem.pointer)).toEqual(['/body/pattern', '/body/resource']);
    expect((placed as ApiError).title).toBe('提交的数据有误');
    const other = new Error('boom');
    expect(withFormPointers(other)).toBe(other);
  });
});
