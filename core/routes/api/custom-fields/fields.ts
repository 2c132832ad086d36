import { idParams } from '@tessera/schemas/common';
import { customFieldCreate, customFieldList, customFieldListQuery, customFieldUpdate, customFieldView } from '@tessera/schemas/custom-field';
import { v7 as uuidv7 } from 'uuid';
import { audit, changedFields } from '../../../audit/write-audit.ts';
import { assertCustomFieldValid } from '../../../forms/custom-fields/check-custom-field.ts';
import { CustomFieldInUseError, CustomFieldKeyTakenError, UnknownCustomResourceError } from '../../../forms/custom-fields/custom-field-errors.ts';
import {
  type CustomField,
  deleteCustomField,
  findCustomField,
  insertCustomField,
  listCustomFields,
  updateCustomField,
} from '../../../forms/custom-fields/custom-field-store.ts';
import { customFieldTables, customizableResources, customProperty } from '../../../forms/custom-fields/customizable-resources.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['custom-fields'];
const noun = (locale: string) => (locale === 'zh-CN' ? '自定义字段' : 'custom field');
const audited = ['title', 'description', 'required', 'constraints', 'inList', 'sortOrder', 'disabled'] as const;
const auditRecord = (field: CustomField) => Object.fromEntries(audited.map((key) => [key, field[key]]));

/** 自定义字段: fields a company adds to a module's record type (values live in the record's `custom`). */
export default defineRoutes(async (app) => {
  const tables = customFieldTables(app.plugins.all());

  app.get(
    '/',
    {
      schema: { tags, summary: 'The custom fields of one record type', querystring: customFieldListQuery, response: { 200: customFieldList } },
      config: { access: { action: 'read', subject: 'CustomField' } },
    },
    async (req) => ({ items: await listCustomFields(req.em, req.query.resource) }),
  );

  app.post(
    '/',
    {
      schema: { tags, summary: 'Add a custom field to a record type', body: customFieldCreate, response: { 201: customFieldView } },
      config: { access: { action: 'create', subject: 'CustomField' } },
    },
    async (req, reply) => {
      const { resource, key, type } = req.body;
      if (!customizableResources(req).some((r) => r.key === resource)) throw new UnknownCustomResourceError({ resource });
      const optionSet = req.body.optionSet ?? null;
      const constraints = req.body.constraints ?? {};
      await assertCustomFieldValid(req.em, { type, optionSet, constraints }, req.locale);
      const id = uuidv7();
      const inserted = await insertCustomField(req.em, { ...req.body, tenantId: req.principal?.tenantId ?? '', id, optionSet, constraints });
      if (!inserted) {
        throw new CustomFieldKeyTakenError({ key }, { fieldProblems: [{ pointer: '/body/key', code: 'custom-field-key-taken', message: key }] });
      }
      const field = await findCustomField(req.em, id);
      if (!field) throw new NotFoundError({ resource: noun(req.locale) });
      await audit(req, { action: 'custom-field.create', subject: 'CustomField', recordId: id, detail: { resource, key, type }, changes: changedFields(null, auditRecord(field), audited) });
      reply.code(201);
      return field;
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change a custom field (its record type, key, type and option set never change)',
        params: idParams,
        body: customFieldUpdate,
        response: { 200: customFieldView },
      },
      config: { access: { action: 'update', subject: 'CustomField' } },
    },
    async (req) => {
      const before = await findCustomField(req.em, req.params.id, true);
      if (!before) throw new NotFoundError({ resource: noun(req.locale) });
      const changed = { ...before, ...req.body };
      await assertCustomFieldValid(req.em, changed, req.locale);
      await updateCustomField(req.em, before.id, changed);
      const after = await findCustomField(req.em, before.id);
      if (!after) throw new NotFoundError({ resource: noun(req.locale) });
      await audit(req, { action: 'custom-field.update', subject: 'CustomField', recordId: before.id, changes: changedFields(auditRecord(before), auditRecord(after), audited) });
      return after;
    },
  );

  app.delete(
    '/:id',
    {
      schema: { tags, summary: 'Delete a custom field: refused while records hold a value in it (disable it instead)', params: idParams },
      config: { access: { action: 'delete', subject: 'CustomField' } },
    },
    async (req, reply) => {
      const field = await findCustomField(req.em, req.params.id, true);
      if (!field) throw new NotFoundError({ resource: noun(req.locale) });
      const table = tables.get(field.resource);
      if (table) {
        // jsonb_exists: the `?` operator would read as a placeholder
        const [row] = await req.em.execute<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table} WHERE jsonb_exists(${customProperty}, ?)`, [field.key]);
        const count = row?.n ?? 0;
        if (count > 0) throw new CustomFieldInUseError({ field: field.title[req.locale], count });
      }
      await deleteCustomField(req.em, field.id);
      await audit(req, {
        action: 'custom-field.delete',
        subject: 'CustomField',
        recordId: field.id,
        detail: { resource: field.resource, key: field.key },
        changes: changedFields(auditRecord(field), null, audited),
      });
      reply.code(204);
      return null;
    },
  );
});
