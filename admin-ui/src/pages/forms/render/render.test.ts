import { getDefaultFormState, retrieveSchema, type RJSFSchema, type RJSFValidationError } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import type { OptionView } from '../../../api/option-sets-api.ts';
import { visitReport } from '../designer/designer-fixture.ts';
import { modelToSchema } from '../designer/model-to-schema.ts';
import { formValidator } from '../../../forms/form-validator.ts';
import { cascaderLabelOf, cascaderPathOf, cascaderTreeOf } from './cascader-tree.ts';
import { defaultFormStateBehavior } from './default-behavior.ts';
import { expandOptionSets, optionChoicesOf, optionSetKeysOf } from './expand-options.ts';
import { formErrorTransformer } from './form-errors.ts';
import { columnsOf, moneyPathsOf, renderUiSchemaOf } from './render-ui-schema.ts';
import { schemaFields } from './schema-walk.ts';

const { schema, uiSchema } = modelToSchema(visitReport);

const option = (value: string, zh: string, parentValue: string | null = null, disabled = false): OptionView => ({
  value,
  parentValue,
  label: { 'zh-CN': zh, 'en-US': '' },
  color: null,
  sortOrder: 0,
  disabled,
  declared: false,
  depth: parentValue ? 1 : 0,
});

describe('the fields of a form schema', () => {
  it('lists top-level, conditional and section fields with their paths', () => {
    expect(schemaFields(schema).map((field) => field.path.join('.'))).toEqual([
      'store',
      'level',
      'tags',
      'region',
      'visitors',
      'score',
      'amount',
      'visitDate',
      'visitAt',
      'hasInvoice',
      'photo',
      'summary',
      'owner',
      'team',
      'contact',
      'contact.contactName',
      'contact.contactPhone',
      'vipNote',
      'taxId',
    ]);
  });
});

describe('the uiSchema a form renders with', () => {
  const rendered = renderUiSchemaOf(schema, uiSchema);

  it('names our widget for each field that needs one', () => {
    expect(rendered.amount).toEqual({ 'ui:widget': 'MoneyWidget' });
    expect(rendered.region).toEqual({ 'ui:widget': 'cascader' });
    expect(rendered.hasInvoice).toEqual({ 'ui:widget': 'switch' });
    expect(rendered.visitAt).toEqual({ 'ui:widget': 'DateTimeWidget' });
    expect(rendered.photo).toEqual({ 'ui:widget': 'image' });
    expect(rendered.owner).toEqual({ 'ui:widget': 'member-select' });
    expect(rendered.vipNote).toEqual({ 'ui:widget': 'textarea' });
    expect(rendered.store).toEqual({ 'ui:placeholder': '门店名称' });
    expect(rendered.contact).toEqual({ 'ui:order': ['contactName', 'contactPhone', '*'] });
    expect(rendered['ui:order']).toEqual(uiSchema['ui:order']);
  });

  it('keeps a widget the uiSchema chose', () => {
    expect(renderUiSchemaOf(schema, { amount: { 'ui:widget': 'updown' } }).amount).toEqual({ 'ui:widget': 'updown' });
  });

  it('finds money fields and the column count', () => {
    expect(moneyPathsOf({ type: 'object', properties: { a: { type: 'integer', 'x-widget': 'money' }, s: { type: 'object', properties: { b: { type: 'integer', 'x-widget': 'money' } } } } })).toEqual(['.a', '.s.b']);
    expect(columnsOf(uiSchema)).toBe(2);
    expect(columnsOf({ 'ui:options': { columns: 1 } })).toBe(1);
  });
});

describe('option sets in a draft preview', () => {
  it('expands each x-options field as the server does for a version', () => {
    expect(optionSetKeysOf(schema)).toEqual(['customer-levels', 'customer-tags', 'regions']);
    const choices = new Map([
      ['customer-levels', optionChoicesOf([option('vip', '重要'), option('normal', '普通'), option('old', '旧', null, true)], 'zh-CN')],
      ['regions', optionChoicesOf([option('east', '华东'), option('sh', '上海', 'east')], 'en-US')],
      ['customer-tags', []],
    ]);
    const expanded = expandOptionSets(schema, choices) as { properties: Record<string, Record<string, unknown>> };
    expect(expanded.properties.level?.oneOf).toEqual([
      { const: 'vip', title: '重要' },
      { const: 'normal', title: '普通' },
    ]);
    expect(expanded.properties.region?.oneOf).toEqual([
      { const: 'east', title: '华东' },
      { const: 'sh', title: '上海', 'x-parent': 'east' },
    ]);
    expect(expanded.properties.tags?.items).toEqual({ type: 'string', 'x-options': 'customer-tags', enum: [] });
    expect((schema.properties as Record<string, Record<string, unknown>>).level?.oneOf).toBeUndefined();
  });
});

describe('the cascader of a hierarchical set', () => {
  const choices = [
    { value: 'east', label: '华东' },
    { value: 'sh', label: '上海', parent: 'east' },
    { value: 'pd', label: '浦东', parent: 'sh' },
    { value: 'north', label: '华北' },
    { value: 'orphan', label: '孤儿', parent: 'gone' },
  ];

  it('builds the tree from the parents', () => {
    expect(cascaderTreeOf(choices)).toEqual([
      { value: 'east', label: '华东', children: [{ value: 'sh', label: '上海', children: [{ value: 'pd', label: '浦东' }] }] },
      { value: 'north', label: '华北' },
      { value: 'orphan', label: '孤儿' },
    ]);
  });

  it('finds the path and labels of a value', () => {
    expect(cascaderPathOf(choices, 'pd')).toEqual(['east', 'sh', 'pd']);
    expect(cascaderPathOf(choices, 'nope')).toEqual([]);
    expect(cascaderPathOf(choices, undefined)).toEqual([]);
    expect(cascaderLabelOf(choices, 'sh')).toBe('华东 / 上海');
    expect(cascaderLabelOf(choices, 'orphan')).toBe('孤儿');
  });
});

describe('validation messages', () => {
  const t = (key: string, vars?: Record<string, string | number>) => `${key} ${vars?.limit ?? ''}`.trim();
  const error = (patch: Partial<RJSFValidationError>): RJSFValidationError => ({ stack: '', message: 'm', ...patch });

  it('drops the branch failures of conditional fields and keeps the field errors', () => {
    const transform = formErrorTransformer(t, []);
    const errors = [
      error({ name: 'required', property: 'vipNote', schemaPath: '#/dependencies/level/oneOf/0/required' }),
      error({ name: 'not', property: '.level', schemaPath: '#/dependencies/level/oneOf/1/properties/level/not' }),
      error({ name: 'oneOf', property: '', schemaPath: '#/dependencies/level/oneOf' }),
      error({ name: 'oneOf', property: '.contact', schemaPath: '#/properties/contact/oneOf' }),
    ];
    expect(transform(errors).map((kept) => kept.name)).toEqual(['required', 'oneOf']);
  });

  it('words money limits in yuan', () => {
    const transform = formErrorTransformer(t, ['.amount']);
    const [money, plain] = transform([
      error({ name: 'minimum', property: '.amount', params: { limit: 100 } }),
      error({ name: 'minimum', property: '.visitors', params: { limit: 100 } }),
    ]);
    expect(money?.message).toBe('resource.validation.minimum ¥1.00');
    expect(plain?.message).toBe('m');
  });
});

describe('defaults of a published form', () => {
  const validator = formValidator('zh-CN');
  const expanded = expandOptionSets(
    {
      type: 'object',
      properties: { level: { type: 'string', 'x-options': 'levels' }, grade: { type: 'string', 'x-options': 'levels', default: 'normal' } },
      dependencies: {
        level: { oneOf: [{ properties: { level: { const: 'vip' }, note: { type: 'string' } } }, { properties: { level: { not: { enum: ['vip'] } } } }] },
      },
    },
    new Map([['levels', [{ const: 'vip', title: '重要' }, { const: 'normal', title: '普通' }]]]),
  ) as RJSFSchema;

  it('leaves an option field empty until someone chooses (or it has a default), so nothing conditional shows', () => {
    const defaults = getDefaultFormState<Record<string, unknown>>(validator, expanded, {}, expanded, false, defaultFormStateBehavior);
    expect(defaults).toEqual({ grade: 'normal' });
    const data = Array.isArray(defaults) ? {} : defaults;
    expect(Object.keys(retrieveSchema(validator, expanded, expanded, data).properties ?? {})).toEqual(['level', 'grade']);
  });
});
