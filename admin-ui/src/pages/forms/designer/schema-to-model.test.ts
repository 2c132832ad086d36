import { checkFormSchema } from '@tessera/schemas/form-validation/check-form-schema';
import { describe, expect, it } from 'vitest';
import type { DesignerModel } from './designer-model.ts';
import { visitReport } from './designer-fixture.ts';
import { modelToSchema } from './model-to-schema.ts';
import { modelProblems } from './model-problems.ts';
import { kindOf, schemaToModel } from './schema-to-model.ts';

describe('a saved schema read back into the designer', () => {
  const saved = modelToSchema(visitReport);

  it('gives the fields it was made from, in order', () => {
    expect(schemaToModel(saved.schema, saved.uiSchema)).toEqual(visitReport);
  });

  it('reads the schema the server stores (with size caps added) the same way', () => {
    const capped = checkFormSchema(saved.schema, { locale: 'zh-CN', at: '' }).schema;
    expect(capped).toBeDefined();
    expect(JSON.stringify(capped)).toContain('"maxLength":20000');
    const model = schemaToModel(capped, saved.uiSchema);
    expect(model).toEqual(visitReport);
    expect(modelToSchema(model)).toEqual(saved);
  });

  it('reads the published version (option sets expanded to oneOf) as the same fields', () => {
    const expanded = structuredClone(saved.schema) as { properties: Record<string, Record<string, unknown>> };
    const level = expanded.properties.level;
    if (level) level.oneOf = [{ const: 'vip', title: '重要' }, { const: 'normal', title: '普通' }];
    expect(schemaToModel(expanded, saved.uiSchema).fields[1]).toEqual(visitReport.fields[1]);
  });

  it('keeps what it did not make as custom fields, unchanged', () => {
    const schema = {
      type: 'object',
      required: ['rating'],
      properties: {
        rating: { type: 'string', title: '评价', enum: ['good', 'poor'] },
        branches: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
      },
    };
    const model = schemaToModel(schema, { rating: { 'ui:widget': 'radio' } });
    expect(model.fields.map((field) => [field.key, field.kind, field.required ?? false])).toEqual([
      ['rating', 'custom', true],
      ['branches', 'custom', false],
    ]);
    const again = modelToSchema(model);
    expect(again.schema.properties).toEqual({ ...schema.properties, branches: { ...schema.properties.branches, title: 'branches' } });
    expect(again.schema.required).toEqual(['rating']);
    expect(again.uiSchema.rating).toEqual({ 'ui:widget': 'radio' });
  });

  it('puts fields the order does not name after those it does, and reads no order as property order', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } } };
    expect(schemaToModel(schema, { 'ui:order': ['c', '*'] }).fields.map((field) => field.key)).toEqual(['c', 'a', 'b']);
    expect(schemaToModel(schema, {}).fields.map((field) => field.title)).toEqual(['a', 'b', 'c']);
    expect(schemaToModel(schema, { 'ui:options': { columns: 1 } }).columns).toBe(1);
    expect(schemaToModel(undefined, undefined)).toEqual({ fields: [], columns: 2 });
  });
});

describe('upload fields', () => {
  const model: DesignerModel = {
    columns: 1,
    fields: [
      { key: 'photo', kind: 'image', title: '门头照片', required: true },
      { key: 'receipts', kind: 'file', title: '票据', required: true, multiple: true },
      { key: 'gallery', kind: 'image', title: '陈列', multiple: true },
    ],
  };

  it('writes one file as its id and several as a list of at most ten, at least one when required', () => {
    const { schema } = modelToSchema(model);
    expect(schema.required).toEqual(['photo', 'receipts']);
    expect((schema.properties as Record<string, unknown>).receipts).toEqual({
      type: 'array',
      title: '票据',
      maxItems: 10,
      items: { type: 'string', format: 'uuid', 'x-widget': 'file' },
      minItems: 1,
    });
    expect((schema.properties as Record<string, unknown>).gallery).toEqual({
      type: 'array',
      title: '陈列',
      maxItems: 10,
      items: { type: 'string', format: 'uuid', 'x-widget': 'image' },
    });
  });

  it('reads them back, also as the server stores them (caps added)', () => {
    const saved = modelToSchema(model);
    const capped = checkFormSchema(saved.schema, { locale: 'zh-CN', at: '' }).schema;
    expect(schemaToModel(saved.schema, saved.uiSchema)).toEqual(model);
    expect(schemaToModel(capped, saved.uiSchema)).toEqual(model);
  });
});

describe('the kind of a property schema', () => {
  it.each([
    [{ type: 'string' }, 'text'],
    [{ type: 'string', 'x-widget': 'textarea' }, 'textarea'],
    [{ type: 'string', 'x-options': 's' }, 'select'],
    [{ type: 'string', 'x-options': 's', 'x-widget': 'cascader' }, 'cascader'],
    [{ type: 'array', uniqueItems: true, items: { type: 'string', 'x-options': 's' } }, 'multi-select'],
    [{ type: 'array', items: { type: 'string', 'x-options': 's' } }, 'custom'],
    [{ type: 'integer', 'x-widget': 'money' }, 'money'],
    [{ type: 'integer' }, 'integer'],
    [{ type: 'number' }, 'number'],
    [{ type: 'boolean' }, 'switch'],
    [{ type: 'string', format: 'date' }, 'date'],
    [{ type: 'string', format: 'date-time' }, 'date-time'],
    [{ type: 'string', format: 'uuid', 'x-widget': 'image' }, 'image'],
    [{ type: 'string', format: 'uuid', 'x-widget': 'file' }, 'file'],
    [{ type: 'array', maxItems: 10, items: { type: 'string', format: 'uuid', 'x-widget': 'image' } }, 'image'],
    [{ type: 'array', items: { type: 'string', format: 'uuid', 'x-widget': 'file', maxLength: 20000 } }, 'file'],
    [{ type: 'string', 'x-widget': 'file' }, 'custom'],
    // URL image fields from before uploads existed are kept as they are (and still render)
    [{ type: 'string', format: 'uri', 'x-widget': 'image-url' }, 'custom'],
    [{ type: 'string', format: 'email' }, 'custom'],
    [{ type: 'string', 'x-widget': 'money' }, 'text'],
    [{ type: 'object' }, 'section'],
    [{ type: ['string', 'null'] }, 'custom'],
  ])('%j is %s', (schema, kind) => {
    expect(kindOf(schema)).toBe(kind);
  });
});

describe('record fields', () => {
  const model: DesignerModel = { columns: 2, fields: [{ key: 'dealer', kind: 'record', title: '经销商', required: true, recordResource: 'dealers.dealers' }] };

  it('write the resource as x-record and read it back', () => {
    const saved = modelToSchema(model);
    expect((saved.schema.properties as Record<string, unknown>).dealer).toEqual({
      type: 'string',
      title: '经销商',
      format: 'uuid',
      'x-widget': 'record',
      'x-record': 'dealers.dealers',
    });
    expect(schemaToModel(saved.schema, saved.uiSchema)).toEqual(model);
    expect(kindOf({ type: 'string', format: 'uuid', 'x-widget': 'record' })).toBe('record');
  });

  it('need a resource before the form can be saved', () => {
    const [field] = model.fields;
    if (!field) throw new Error('the model has a field');
    expect(modelProblems({ ...model, fields: [{ ...field, recordResource: undefined }] }).get('dealer')).toEqual(['record-resource-missing']);
    expect(modelProblems(model).size).toBe(0);
  });
});
