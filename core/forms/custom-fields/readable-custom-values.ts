import type { FastifyRequest } from 'fastify';
import { pluginOfRequest } from '../../plugin-runtime/plugin-of-request.ts';
import { maskCustom } from './custom-field-values.ts';
import { customProperty, customResourceKey, takesCustomFields } from './customizable-resources.ts';
import { customFieldsFor } from './request-custom-fields.ts';

type Row = Record<string, unknown>;

/**
 * A record's custom field values (`custom`) as the principal may read them, for a plugin route that reads
 * its records itself instead of through the generic resource routes (a feed, a reader page): the
 * company's enabled fields only, each only where a field rule lets the principal `read` `custom.<key>` on
 * this record, exactly as the generic screens cut them. `record` is the record with the fields rule
 * conditions name (entity property names) and its stored `custom`. The resource is one of the calling
 * plugin's own (a plugin never reads another's values this way); `{}` for a resource without custom fields.
 */
export async function readableCustomValues(req: FastifyRequest, resource: string, record: object): Promise<Row> {
  const plugin = pluginOfRequest(req);
  const definition = plugin ? req.server.plugins.get(plugin)?.resources?.find((r) => r.name === resource) : undefined;
  if (!plugin || !definition || !takesCustomFields(definition)) return {};
  const fields = await customFieldsFor(req, customResourceKey(plugin, resource));
  // an entity or a plain row: its own properties are the record's fields, which is all the rules look at
  const [masked] = maskCustom(req, definition.subject, [{ ...(record as Row) }], fields);
  const custom = masked?.[customProperty];
  return typeof custom === 'object' && custom !== null ? (custom as Row) : {};
}
