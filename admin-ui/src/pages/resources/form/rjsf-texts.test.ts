import { type RJSFValidationError, TranslatableString } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../i18n/translate.ts';
import zhCN from '../../../locales/zh-CN.json';
import { rjsfTranslator, validationTransformer } from './rjsf-texts.ts';

const t = (key: string, vars?: Record<string, string | number>) => translate(zhCN, key, vars);

describe("RJSF's texts in the user's language", () => {
  it('translates RJSF strings by their enum name, with %1 parameters', () => {
    const say = rjsfTranslator(t);
    expect(say(TranslatableString.AddItemButton)).toBe('添加一项');
    expect(say(TranslatableString.OptionPrefix, ['2'])).toBe('选项 2');
  });

  it("keeps RJSF's English for strings we did not translate", () => {
    expect(rjsfTranslator(t)(TranslatableString.UnknownFieldType, ['x'])).toBe('Unknown field type x');
  });
});

describe('validation messages', () => {
  const transform = validationTransformer(t, ['budgetFen']);
  const error = (name: string, property: string, params: Record<string, unknown>): RJSFValidationError => ({
    name,
    property,
    params,
    message: 'english',
    stack: 'english',
    title: '标题',
  });

  it.each([
    [error('required', '.title', { missingProperty: 'title' }), '必填'],
    [error('maxLength', '.title', { limit: 100 }), '最多 100 个字符'],
    [error('minimum', '.count', { limit: 1000 }), '不能小于 1,000'],
    [error('minimum', '.budgetFen', { limit: 100 }), '不能小于 ¥1.00'],
    [error('type', '.budgetFen', { type: 'integer' }), '请输入金额，最多两位小数'],
    [error('type', '.count', { type: 'integer' }), '请输入整数'],
    [error('const', '.status', {}), '请从选项中选择'],
    [error('format', '.email', { format: 'email' }), '请输入有效的邮箱地址'],
  ])('words %j', (input, message) => {
    const [output] = transform([input]);
    expect(output?.message).toBe(message);
    expect(output?.stack).toBe(`标题: ${message}`);
  });

  it('reads the limits of a custom money field in yuan too', () => {
    const [output] = validationTransformer(t, ['custom.deposit'])([error('maximum', '.custom.deposit', { limit: 500000 })]);
    expect(output?.message).toBe('不能大于 ¥5000.00');
  });

  it("keeps ajv's text for keywords it does not word", () => {
    const [output] = transform([error('dependentRequired', '.a', {})]);
    expect(output?.message).toBe('english');
  });
});
