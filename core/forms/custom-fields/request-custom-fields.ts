import type { FastifyRequest } from 'fastify';
import { type CustomField, listCustomFields } from './custom-field-store.ts';

const loaded = new WeakMap<FastifyRequest, Map<string, Promise<CustomField[]>>>();

function loadedFor(req: FastifyRequest): Map<string, Promise<CustomField[]>> {
  const byResource = loaded.get(req) ?? new Map<string, Promise<CustomField[]>>();
  loaded.set(req, byResource);
  return byResource;
}

/** Hands the request the custom fields of `resource` that a statement reading more than them already read. */
export function primeCustomFields(req: FastifyRequest, resource: string, fields: Promise<CustomField[]>): void {
  const byResource = loadedFor(req);
  if (!byResource.has(resource)) byResource.set(resource, fields);
}

/** The bound company's custom fields of `resource`, read once per request. */
export function customFieldsFor(req: FastifyRequest, resource: string): Promise<CustomField[]> {
  const byResource = loadedFor(req);
  const known = byResource.get(resource);
  if (known) return known;
  const fields = listCustomFields(req.em, resource);
  byResource.set(resource, fields);
  return fields;
}

