import { describe, expect, it } from 'vitest';
import { resourceFixture } from '../resource-fixture.ts';
import {
  changedValuesOf,
  createBodyOf,
  formDataOf,
  formSchemaOf,
  formUiSchemaOf,
  moneyFieldsOf,
  writableFieldsOf,
} from './form-schema.ts';

const resource = resourceFixture();

describe('the form schema of a resource', () => {
  it('leaves read-only fields out on create, and out of `required`', () => {
    const schema = formSchemaOf(resource.schema, 'create');
    expect(Object.keys(schema.properties ?? {})).toEqual(['title', 'budgetFen', 'publishAt', 'pinned']);
    expect(schema.required).toEqual(['title']);
    expect(schema.title).toBeUndefined();
  });

  it('keeps read-only fields on edit (shown disabled) but never requires them', () => {
    const schema = formSchemaOf(resource.schema, 'edit');
    expect(Object.keys(schema.properties ?? {})).toContain('status');
    expect(schema.required).toEqual(['title']);
    expect(writableFieldsOf(schema)).toEqual(['title', 'budgetFen', 'publishAt', 'pinned']);
  });

  it('gives money and time fields our widgets, keeps the plugin’s own UI options, and cuts ui:order to shown fields', () => {
    const schema = formSchemaOf(resource.schema, 'create');
    const uiSchema = formUiSchemaOf(resource, schema);
    expect(uiSchema['ui:order']).toEqual(['title', 'budgetFen', '*']);
    expect(uiSchema.budgetFen).toEqual({ 'ui:widget': 'MoneyWidget' });
    expect(uiSchema.publishAt).toEqual({ 'ui:help': '留空则立即发布', 'ui:widget': 'DateTimeWidget' });
    const chosen = formUiSchemaOf({ ...resource, uiSchema: { budgetFen: { 'ui:widget': 'hidden' } } }, schema);
    expect(chosen.budgetFen).toEqual({ 'ui:widget': 'hidden' });
    expect(moneyFieldsOf(resource)).toEqual(['budgetFen']);
  });
});

describe('form data and what is sent', () => {
  const schema = formSchemaOf(resource.schema, 'edit');
  const record = {
    id: 'a1',
    title: '年终促销',
    status: 'draft',
    budgetFen: 120000,
    publishAt: null,
    pinned: false,
    createdAt: '2026-11-23T06:05:00.000Z',
    readCount: 3,
  };

  it('holds only schema fields, without nulls', () => {
    expect(formDataOf(record, schema)).toEqual({
      id: 'a1',
      title: '年终促销',
      status: 'draft',
      budgetFen: 120000,
      pinned: false,
      createdAt: '2026-11-23T06:05:00.000Z',
    });
  });

  it('PATCHes only changed writable fields, and an emptied field as null', () => {
    const before = formDataOf(record, schema);
    const after = { ...before, title: '年终大促', status: 'published', budgetFen: undefined, pinned: false };
    expect(changedValuesOf(before, after, writableFieldsOf(schema))).toEqual({ title: '年终大促', budgetFen: null });
    expect(changedValuesOf(before, { ...before }, writableFieldsOf(schema))).toEqual({});
  });

  it('compares arrays by value', () => {
    const before = { tags: ['a', 'b'] };
    expect(changedValuesOf(before, { tags: ['a', 'b'] }, ['tags'])).toEqual({});
    expect(changedValuesOf(before, { tags: ['b', 'a'] }, ['tags'])).toEqual({ tags: ['b', 'a'] });
  });

  it('POSTs the writable fields that have a value', () => {
    const create = formSchemaOf(resource.schema, 'create');
    expect(createBodyOf({ title: '通知', budgetFen: undefined, pinned: true, id: 'x' }, writableFieldsOf(create))).toEqual({
      title: '通知',
      pinned: true,
    });
  });
});
