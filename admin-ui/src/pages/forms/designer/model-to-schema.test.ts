import { getDefaultFormState, retrieveSchema, type RJSFSchema } from '@rjsf/utils';
import { checkFormSchema } from '@tessera/schemas/form-validation/check-form-schema';
import { describe, expect, it } from 'vitest';
import { formValidator } from '../../../forms/form-validator.ts';
import { defaultFormStateBehavior } from '../render/default-behavior.ts';
import { visitReport } from './designer-fixture.ts';
import type { DesignerModel } from './designer-model.ts';
import { modelToSchema } from './model-to-schema.ts';

const { schema, uiSchema } = modelToSchema(visitReport);
const properties = schema.properties as Record<string, Record<string, unknown>>;
// the test's schemas are the designer's own output: JSON Schema objects
const rjsf = (value: Record<string, unknown>) => value as RJSFSchema;

describe('the designer model as a JSON Schema', () => {
  it('writes each kind as the fill page and the server read it', () => {
    expect(properties.store).toEqual({ type: 'string', title: '门店', minLength: 2, maxLength: 40, pattern: '^\\p{Han}+$' });
    expect(properties.level).toEqual({ type: 'string', title: '客户等级', 'x-options': 'customer-levels', default: 'normal' });
    expect(properties.tags).toEqual({
      type: 'array',
      title: '标签',
      uniqueItems: true,
      items: { type: 'string', 'x-options': 'customer-tags' },
      minItems: 1,
    });
    expect(properties.region).toEqual({ type: 'string', title: '区域', 'x-options': 'regions', 'x-widget': 'cascader' });
    expect(properties.amount).toEqual({ type: 'integer', title: '销售额', minimum: 100, 'x-widget': 'money' });
    expect(properties.score).toMatchObject({ type: 'number', description: '0 到 5 分', minimum: 0, maximum: 5 });
    expect(properties.visitDate).toEqual({ type: 'string', title: '日期', format: 'date' });
    expect(properties.visitAt).toEqual({ type: 'string', title: '到店时间', format: 'date-time' });
    expect(properties.hasInvoice).toEqual({ type: 'boolean', title: '需要发票', default: false });
    expect(properties.photo).toEqual({ type: 'string', title: '门头照片', format: 'uuid', 'x-widget': 'image' });
    expect(properties.summary).toEqual({ type: 'string', title: '总结', 'x-widget': 'richtext' });
    expect(properties.owner).toEqual({ type: 'string', title: '负责人', format: 'uuid', 'x-widget': 'member-select' });
    expect(properties.team).toEqual({ type: 'string', title: '部门', format: 'uuid', 'x-widget': 'department-select' });
    expect(properties.contact).toEqual({
      type: 'object',
      title: '联系人',
      description: '门店的联系人',
      properties: {
        contactName: { type: 'string', title: '姓名' },
        contactPhone: { type: 'string', title: '手机号', pattern: '^1[3-9]\\d{9}$' },
      },
      required: ['contactName'],
    });
    expect(schema.required).toEqual(['store', 'tags', 'contact']);
  });

  it('keeps conditional fields out of the properties, in dependencies branches by trigger value', () => {
    expect(properties.vipNote).toBeUndefined();
    expect(schema.dependencies).toEqual({
      level: {
        oneOf: [
          { properties: { level: { const: 'vip' }, vipNote: { type: 'string', title: '重要客户说明', 'x-widget': 'textarea' } }, required: ['vipNote'] },
          { properties: { level: { not: { enum: ['vip'] } } } },
        ],
      },
      hasInvoice: {
        oneOf: [
          { properties: { hasInvoice: { const: true }, taxId: { type: 'string', title: '税号' } } },
          { properties: { hasInvoice: { not: { enum: [true] } } } },
        ],
      },
    });
  });

  it('groups fields shown by the same trigger, one branch per value', () => {
    const model: DesignerModel = {
      columns: 1,
      fields: [
        { key: 'channel', kind: 'text', title: '渠道' },
        { key: 'a', kind: 'text', title: 'A', showWhen: { field: 'channel', equals: 'store' } },
        { key: 'b', kind: 'text', title: 'B', showWhen: { field: 'channel', equals: 'online' } },
        { key: 'c', kind: 'text', title: 'C', showWhen: { field: 'channel', equals: 'store' } },
      ],
    };
    const branches = (modelToSchema(model).schema.dependencies as { channel: { oneOf: { properties: object }[] } }).channel.oneOf;
    expect(branches.map((branch) => Object.keys(branch.properties))).toEqual([['channel', 'a', 'c'], ['channel', 'b'], ['channel']]);
    expect(branches[2]?.properties).toEqual({ channel: { not: { enum: ['store', 'online'] } } });
  });

  it('orders the fields and lays them out with the uiSchema', () => {
    expect(uiSchema['ui:order']).toEqual([...visitReport.fields.map((field) => field.key), '*']);
    expect(uiSchema['ui:options']).toEqual({ columns: 2 });
    expect(uiSchema.store).toEqual({ 'ui:placeholder': '门店名称' });
    expect(uiSchema.contact).toEqual({ 'ui:order': ['contactName', 'contactPhone', '*'] });
  });

  it('is a schema the server accepts', () => {
    const checked = checkFormSchema(schema, { locale: 'zh-CN', at: '/body/schema' });
    expect(checked.problems).toEqual([]);
  });

  it('writes an empty form the server accepts', () => {
    const empty = modelToSchema({ columns: 1, fields: [] });
    expect(empty.schema).toEqual({ type: 'object', properties: {} });
    expect(checkFormSchema(empty.schema, { locale: 'zh-CN', at: '' }).problems).toEqual([]);
  });
});

describe('conditional fields in the browser (RJSF with the shared validator)', () => {
  const validator = formValidator('zh-CN');
  const shown = (data: Record<string, unknown>) =>
    Object.keys(retrieveSchema(validator, rjsf(schema), rjsf(schema), data).properties ?? {});

  it('shows a field only while its trigger has the value', () => {
    expect(shown({})).not.toContain('vipNote');
    expect(shown({ level: 'normal' })).not.toContain('vipNote');
    expect(shown({ level: 'vip' })).toContain('vipNote');
    expect(shown({ hasInvoice: false })).not.toContain('taxId');
    expect(shown({ hasInvoice: true })).toContain('taxId');
  });

  it('starts a section with a required field as an object, so its fields are checked', () => {
    const defaults = getDefaultFormState(validator, rjsf(schema), {}, rjsf(schema), false, defaultFormStateBehavior);
    expect(defaults).toMatchObject({ contact: {} });
    const errors = validator.validateFormData({ ...defaults, store: '南京西路', tags: ['a'] }, rjsf(schema)).errors;
    expect(errors.map((error) => `${(error.property ?? '').replace(/^\./, '')} ${error.name}`)).toEqual(['contact.contactName required']);
  });

  it('requires a shown field only while it is shown', () => {
    const base = { store: '南京西路', tags: ['a'], contact: { contactName: '张三' } };
    const errorsOf = (data: Record<string, unknown>) =>
      validator.validateFormData(data, rjsf(schema)).errors.map((error) => `${(error.property ?? '').replace(/^\./, '')} ${error.name}`);
    expect(errorsOf({ ...base, level: 'normal' })).toEqual([]);
    expect(errorsOf({ ...base, level: 'vip' })).toContain('vipNote required');
    expect(errorsOf({ ...base, level: 'vip', vipNote: '年采购百万' })).toEqual([]);
  });
});
