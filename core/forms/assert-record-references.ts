import type { FastifyRequest } from 'fastify';
import { accessOf } from '../access/scoped/access-of.ts';
import { ValidationFailedError } from '../http/core-errors.ts';
import { translate } from '../i18n/translate.ts';
import { type RecordReference, recordReferences } from './record-references.ts';

/**
 * The ids among `ids` that are records of `<plugin>.<resource>` the submitter may read: none when the
 * module is unknown or not enabled for the company, or the submitter may not read the resource at all.
 * Read as the resource's own routes do (its entity, under RLS and the reader's row condition).
 */
async function readableIds(req: FastifyRequest, resourceKey: string, ids: readonly string[]): Promise<Set<string>> {
  const [pluginName, resourceName] = resourceKey.split('.');
  const principal = req.principal;
  if (!pluginName || !resourceName || !principal?.access.context.enabledPlugins.includes(pluginName)) return new Set();
  const resource = req.server.plugins.get(pluginName)?.resources?.find((candidate) => candidate.name === resourceName);
  if (!resource || !accessOf(req).can('read', resource.subject)) return new Set();
  const scope = accessOf(req).rowCondition('read', resource.subject);
  const byId = { id: { $in: [...ids] } };
  const where = Object.keys(scope).length === 0 ? byId : { $and: [scope, byId] };
  // the entity's shape is the plugin's; only its id is read here
  const rows = (await req.em.find(resource.entity, where as never, { fields: ['id'] as never })) as { id: string }[];
  return new Set(rows.map((row) => row.id));
}

/**
 * Refuses data naming a record (`x-widget: record`, `x-record: <plugin>.<resource>`) that does not exist,
 * that the submitter may not read, or of a module the company has not enabled: one problem per reference
 * under /body/data, before anything is stored.
 */
export async function assertRecordReferences(req: FastifyRequest, schema: Record<string, unknown>, data: Record<string, unknown>): Promise<void> {
  const references = recordReferences(schema, data);
  if (references.length === 0) return;
  const byResource = new Map<string, RecordReference[]>();
  for (const reference of references) byResource.set(reference.resource, [...(byResource.get(reference.resource) ?? []), reference]);
  const missing: RecordReference[] = [];
  for (const [resource, group] of byResource) {
    const found = await readableIds(req, resource, [...new Set(group.map((reference) => reference.id))]);
    missing.push(...group.filter((reference) => !found.has(reference.id)));
  }
  if (missing.length === 0) return;
  throw new ValidationFailedError(
    {},
    {
      fieldProblems: missing.map((reference) => ({
        pointer: `/body/data${reference.pointer}`,
        code: 'record-not-found',
        message: translate(req.locale, 'validation.record-not-found'),
      })),
    },
  );
}
