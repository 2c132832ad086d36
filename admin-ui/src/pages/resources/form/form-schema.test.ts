import { describe, expect, it } from 'vitest';
import { customFieldsFixture, resourceFixture } from '../resource-fixture.ts';
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

describe('custom fields in the form', () => {
  const custom = customFieldsFixture();
  const sectionOf = (schema: ReturnType<typeof formSchemaOf>) => schema.properties?.custom as Record<string, unknown>;
  const members = (schema: ReturnType<typeof formSchemaOf>) => Object.keys((sectionOf(schema).properties as object) ?? {});

  it('are one section, titled by the server, without the fields the user may not write on create', () => {
    const create = formSchemaOf(custom.schema, 'create');
    expect(sectionOf(create).title).toBe('自定义字段');
    expect(members(create)).not.toContain('secret');
    expect(sectionOf(create).required).toEqual(['store']);
    const edit = formSchemaOf(custom.schema, 'edit');
    expect(members(edit)).toContain('secret');
    expect(writableFieldsOf(edit)).toEqual([
      'title',
      'budgetFen',
      'publishAt',
      'pinned',
      'custom.store',
      'custom.priority',
      'custom.deposit',
      'custom.note',
      'custom.visitOn',
      'custom.remindAt',
      'custom.ratio',
      'custom.level',
      'custom.tags',
    ]);
  });

  it('leave the section out when the user may write none of them on create', () => {
    const readOnly = { ...resource.schema, properties: { ...(resource.schema.properties as object), custom: { type: 'object', properties: { a: { type: 'string', readOnly: true } } } } };
    expect(formSchemaOf(readOnly, 'create').properties).not.toHaveProperty('custom');
  });

  it('render money in yuan, times on the company clock and long text in a text area', () => {
    const schema = formSchemaOf(custom.schema, 'create');
    const uiSchema = formUiSchemaOf({ ...custom, uiSchema: { ...custom.uiSchema, custom: { note: { 'ui:help': '选填' } } } }, schema);
    expect(uiSchema.custom).toEqual({
      deposit: { 'ui:widget': 'MoneyWidget' },
      remindAt: { 'ui:widget': 'DateTimeWidget' },
      note: { 'ui:help': '选填', 'ui:widget': 'textarea' },
    });
    expect(moneyFieldsOf(custom)).toEqual(['budgetFen', 'custom.deposit']);
  });

  it('are POSTed in `custom`, only those with a value and never the read-only ones', () => {
    const writable = writableFieldsOf(formSchemaOf(custom.schema, 'create'));
    const body = createBodyOf({ title: '通知', custom: { store: 'SH001', priority: undefined, secret: 'x' } }, writable);
    expect(body).toEqual({ title: '通知', custom: { store: 'SH001' } });
    expect(createBodyOf({ title: '通知', custom: {} }, writable)).toEqual({ title: '通知' });
  });

  it('are PATCHed one by one: the changed ones only (the server merges), an emptied one as null', () => {
    const writable = writableFieldsOf(formSchemaOf(custom.schema, 'edit'));
    const before = { title: '通知', custom: { store: 'SH001', priority: 3, tags: ['vip'], secret: 'S-1' } };
    const after = { title: '通知', custom: { store: 'SH002', tags: ['vip'], secret: 'changed' } };
    expect(changedValuesOf(before, after, writable)).toEqual({ custom: { store: 'SH002', priority: null } });
    expect(changedValuesOf(before, { ...before, custom: { ...before.custom } }, writable)).toEqual({});
    expect(changedValuesOf({ title: '通知' }, { title: '通知', custom: { priority: 2 } }, writable)).toEqual({ custom: { priority: 2 } });
  });
});
