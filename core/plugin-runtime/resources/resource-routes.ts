import { idParams, pageOf } from '@tessera/schemas/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { accessOf } from '../../access/scoped/access-of.ts';
import { maskedRows, scopedList } from '../../access/scoped/scoped-list.ts';
import { scopedGet } from '../../access/scoped/scoped-get.ts';
import type { SubjectFieldType } from '../../access/subject-registry.ts';
import { audit, changedFields } from '../../audit/write-audit.ts';
import { NotFoundError } from '../../http/core-errors.ts';
import { pageArgs, pageResult, sortArg } from '../../http/pagination.ts';
import type { ResourceDefinition } from './resource-definition.ts';
import { ResourceActionUnavailableError, ResourceNotDeletableError, ResourceNotEditableError } from './resource-errors.ts';
import { actionApplies } from './action-applies.ts';
import { customFilters, customSort } from '../../forms/custom-fields/custom-field-query.ts';
import { customWrite, maskCustom } from '../../forms/custom-fields/custom-field-values.ts';
import { customProperty, customResourceKey, takesCustomFields } from '../../forms/custom-fields/customizable-resources.ts';
import { customFieldsFor } from '../../forms/custom-fields/request-custom-fields.ts';
import { resourceFilters, resourceSearch } from './resource-query.ts';
import {
  createBodySchema,
  defaultSort,
  listQuerySchema,
  updateBodySchema,
  viewFields,
  viewSchema,
} from './resource-schemas.ts';

type Row = Record<string, unknown>;

/**
 * The REST endpoints of one resource, registered inside its plugin's scope (so they answer only for
 * companies that enabled the plugin): list, detail, create, update, delete and its record actions, every
 * one through access control on the resource's subject, audited, validated by schemas built from its
 * declaration.
 */
export async function registerResourceRoutes(app: FastifyInstance, plugin: string, resource: ResourceDefinition): Promise<void> {
  const { subject, entity } = resource;
  const base = `/${resource.name}`;
  const tags = [plugin];
  const fields = viewFields(resource);
  // a body carries only writable fields (its schema says so); a beforeSave hook may also set read-only ones;
  // custom field values are checked and merged on their own
  const settable = fields.filter((field) => field !== 'id' && field !== resource.ownerField && field !== customProperty);
  const customKey = takesCustomFields(resource) ? customResourceKey(plugin, resource.name) : undefined;
  const customFieldsOf = async (req: FastifyRequest) => (customKey ? customFieldsFor(req, customKey) : []);
  const fieldType = (field: string): SubjectFieldType =>
    app.subjects.subject(subject)?.fields.find((f) => f.key === field)?.type ?? 'string';
  const view = viewSchema(resource);
  const noun = (req: FastifyRequest) => resource.title[req.locale];
  const auditAction = (verb: string) => `${plugin}.${resource.name}.${verb}`;
  const plain = (record: object): Row => Object.fromEntries(fields.map((field) => [field, (record as Row)[field] ?? null]));
  /** Rows as the principal may see them: field rules applied, custom values cut to the fields they may read. */
  async function visible(req: FastifyRequest, rows: Row[]): Promise<Row[]> {
    return customKey ? maskCustom(req, subject, rows, await customFieldsOf(req)) : rows;
  }
  const shown = async (req: FastifyRequest, row: Row) => (await visible(req, maskedRows(req, subject, [row], fields)))[0] ?? {};

  /** The body's custom values checked and merged into the record's, and the fields written as rules name them. */
  async function withCustomValues(req: FastifyRequest, body: Row, before?: Row): Promise<{ custom?: Row; written: string[] }> {
    const written = Object.keys(body).filter((field) => field !== customProperty);
    if (!customKey || (before && body[customProperty] === undefined)) return { written };
    const write = await customWrite(req, { resource: customKey, fields: await customFieldsOf(req), body: body[customProperty], ...(before ? { before } : {}) });
    return { custom: write.custom, written: [...written, ...write.written] };
  }

  /** The record if the principal may `action` it; a record outside their scope does not exist for them. */
  async function findFor(req: FastifyRequest, action: string, id: string): Promise<Row> {
    const scope = accessOf(req).rowCondition(action, subject);
    const where = Object.keys(scope).length === 0 ? { id } : { $and: [scope, { id }] };
    const record = await req.em.findOne(entity, where as never);
    if (!record) throw new NotFoundError({ resource: noun(req) });
    return record as Row;
  }

  app.get(
    base,
    {
      schema: {
        tags,
        summary: `${resource.title['en-US']}: list`,
        querystring: listQuerySchema(resource, fieldType),
        response: { 200: pageOf(view) },
      },
      config: { access: { action: 'read', subject } },
    },
    async (req) => {
      const query = req.query as Row;
      const page = pageArgs(query);
      const custom = await customFieldsOf(req);
      const bySort = sortArg<string>((query['sort'] as string | undefined) ?? defaultSort(resource));
      const sort = customSort(req, custom, query['sort']) ?? { field: bySort.key, direction: bySort.direction };
      const { rows, total } = await scopedList(req, {
        entity,
        subject,
        filters: [...resourceFilters(resource, query, fieldType), ...customFilters(req, custom, query)],
        ...resourceSearch(resource, query),
        fields,
        sort,
        ...page,
      });
      return pageResult(await visible(req, rows as Row[]), total, page);
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: { tags, summary: `${resource.title['en-US']}: one`, params: idParams, response: { 200: view } },
      config: { access: { action: 'read', subject } },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      return (await visible(req, [(await scopedGet(req, { entity, subject, id, fields, resource: noun(req) })) as Row]))[0];
    },
  );

  app.post(
    base,
    {
      schema: { tags, summary: `${resource.title['en-US']}: create`, body: createBodySchema(resource), response: { 201: view } },
      config: { access: { action: 'create', subject } },
    },
    async (req, reply) => {
      const principal = req.principal;
      if (!principal) throw new NotFoundError({ resource: noun(req) });
      const ctx = { req, action: 'create' as const };
      const body = req.body as Row;
      const input = withDates({ ...resource.defaults, ...body }, resource);
      const values = await (resource.hooks?.beforeSave?.(input, ctx) ?? input);
      const { custom, written } = await withCustomValues(req, body);
      const record = req.em.create(entity, {
        ...pick(values, settable),
        ...(custom ? { [customProperty]: custom } : {}),
        tenantId: principal.tenantId,
        id: uuidv7(),
        ...(resource.ownerField ? { [resource.ownerField]: principal.userId } : {}),
      } as never) as Row;
      accessOf(req).assertWrite('create', subject, { after: plain(record) }, written);
      await req.em.flush();
      await resource.hooks?.afterSave?.(plain(record), ctx);
      await audit(req, {
        action: auditAction('create'),
        subject,
        recordId: record['id'] as string,
        changes: changedFields(null, plain(record), Object.keys(body)),
      });
      reply.code(201);
      return shown(req, plain(record));
    },
  );

  app.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: `${resource.title['en-US']}: change`,
        params: idParams,
        body: updateBodySchema(resource),
        response: { 200: view },
      },
      config: { access: { action: 'update', subject } },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const record = await findFor(req, 'update', id);
      const before = plain(record);
      if (!actionApplies({ when: resource.editableWhen }, before)) throw new ResourceNotEditableError({ resource: noun(req) });
      const ctx = { req, action: 'update' as const, before };
      const body = req.body as Row;
      const input = withDates(body, resource);
      const values = await (resource.hooks?.beforeSave?.(input, ctx) ?? input);
      const { custom, written } = await withCustomValues(req, body, before);
      Object.assign(record, pick(values, settable), custom ? { [customProperty]: custom } : {});
      const after = plain(record);
      accessOf(req).assertWrite('update', subject, { before, after }, written);
      await req.em.flush();
      await resource.hooks?.afterSave?.(after, ctx);
      await audit(req, { action: auditAction('update'), subject, recordId: id, changes: changedFields(before, after, fields) });
      return shown(req, after);
    },
  );

  app.delete(
    `${base}/:id`,
    {
      schema: { tags, summary: `${resource.title['en-US']}: delete`, params: idParams, response: { 204: { type: 'null' } } },
      config: { access: { action: 'delete', subject } },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const record = await findFor(req, 'delete', id);
      const before = plain(record);
      if (!actionApplies({ when: resource.deletableWhen }, before)) throw new ResourceNotDeletableError({ resource: noun(req) });
      req.em.remove(record);
      await req.em.flush();
      await audit(req, { action: auditAction('delete'), subject, recordId: id, changes: changedFields(before, null, fields) });
      reply.code(204);
      return null;
    },
  );

  for (const [name, action] of Object.entries(resource.actions ?? {})) {
    const access = action.access ?? 'update';
    app.post(
      `${base}/:id/actions/${name}`,
      {
        schema: { tags, summary: `${resource.title['en-US']}: ${action.title['en-US']}`, params: idParams, response: { 200: view } },
        config: { access: { action: access, subject } },
      },
      async (req) => {
        const { id } = req.params as { id: string };
        const record = await findFor(req, access, id);
        const before = plain(record);
        if (!actionApplies(action, before)) throw new ResourceActionUnavailableError({ action: action.title[req.locale] });
        await action.run(record, req);
        await req.em.flush();
        const after = plain(record);
        await audit(req, { action: auditAction(name), subject, recordId: id, changes: changedFields(before, after, fields) });
        return shown(req, after);
      },
    );
  }
}

function pick(values: Row, keys: readonly string[]): Row {
  return Object.fromEntries(keys.filter((key) => values[key] !== undefined).map((key) => [key, values[key]]));
}

/** Values with each date-time field's text turned into a Date, as the entity holds it. */
function withDates(values: Row, resource: ResourceDefinition): Row {
  const dated = { ...values };
  for (const [field, property] of Object.entries(resource.schema.properties)) {
    if (property['format'] === 'date-time' && typeof dated[field] === 'string') dated[field] = new Date(dated[field]);
  }
  return dated;
}
