import type { FastifyRequest } from 'fastify';
import { type CustomField, listCustomFields } from './custom-field-store.ts';

const loaded = new WeakMap<FastifyRequest, Map<string, Promise<CustomField[]>>>();

/** The bound company's custom fields of `resource`, read once per request. */
export function customFieldsFor(req: FastifyRequest, resource: string): Promise<CustomField[]> {
  const byResource = loaded.get(req) ?? new Map<string, Promise<CustomField[]>>();
  loaded.set(req, byResource);
  const known = byResource.get(resource);
  if (known) return known;
  const fields = listCustomFields(req.em, resource);
  byResource.set(resource, fields);
  return fields;
}

