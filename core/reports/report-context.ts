import type { FastifyRequest } from 'fastify';
import { customFieldsFromJson, customFieldsJsonSql } from '../forms/custom-fields/custom-field-store.ts';
import { primeCustomFields } from '../forms/custom-fields/request-custom-fields.ts';

/** A report statement runs at most this many seconds; then PostgreSQL cancels it. */
export const statementTimeoutSeconds = 15;

interface ReportContext {
  timeZone: string;
}

const contexts = new WeakMap<FastifyRequest, Promise<ReportContext>>();

/**
 * What running reports in this request needs before its queries, in one round trip: the company's time
 * zone, the statement time limit (set for the rest of the transaction) and, when given a customizable
 * resource, its custom fields (handed to `customFieldsFor`, so a module's dataset costs no query of its
 * own). Read once per request.
 */
export function reportContext(req: FastifyRequest, customResource?: string): Promise<ReportContext> {
  const known = contexts.get(req);
  if (known) return known;
  const row = req.em
    .execute<{ time_zone: string; custom_fields?: unknown }[]>(
      `SELECT time_zone, set_config('statement_timeout', '${statementTimeoutSeconds}s', true)${customResource ? `, ${customFieldsJsonSql} AS custom_fields` : ''}
         FROM tenants WHERE id = ?`,
      customResource ? [customResource, req.principal?.tenantId] : [req.principal?.tenantId],
    )
    .then((rows) => rows[0]);
  if (customResource) primeCustomFields(req, customResource, row.then((found) => customFieldsFromJson(found?.custom_fields)));
  const context = row.then((found) => ({ timeZone: found?.time_zone ?? 'Asia/Shanghai' }));
  contexts.set(req, context);
  return context;
}
