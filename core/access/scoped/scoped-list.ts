import { type FilterQuery, type QueryOrderMap, raw } from '@mikro-orm/core';
import type { FastifyRequest } from 'fastify';
import { listPage } from '../../db/list-page.ts';
import { accessOf } from './access-of.ts';
import type { ScopedWhere } from './query-spec.ts';
import { scopedWhere } from './scoped-where.ts';

type Row = Record<string, unknown>;

export interface ScopedListSpec<E extends object, F extends keyof E & string> extends ScopedWhere<E> {
  /** The fields the answer shows; fields the principal may not read on a row are left out of that row. */
  readonly fields: readonly F[];
  readonly sort: { readonly field: keyof E & string; readonly direction: 'asc' | 'desc' };
  readonly limit: number;
  readonly offset: number;
}

/**
 * The fields to read for `fields`: the subject's own fields too, since a field rule's conditions may test
 * any of them on each row.
 */
export function fieldsToRead(req: FastifyRequest, subject: string, fields: readonly string[]): string[] {
  return [...new Set([...fields, ...req.server.subjects.fieldKeys(subject)])];
}

/** `rows` with only `fields` kept and, row by row, the fields the principal may not `action` removed. */
export function maskedRows<F extends string>(
  req: FastifyRequest,
  subject: string,
  rows: readonly Row[],
  fields: readonly F[],
  action = 'read',
): Partial<Record<F, unknown>>[] {
  return accessOf(req)
    .maskRows(action, subject, rows)
    .map((row) => {
      const shown: Partial<Record<F, unknown>> = {};
      for (const field of fields) if (field in row) shown[field] = row[field];
      return shown;
    });
}

const jsonMember = /^([a-z][a-zA-Z0-9]*)\.([a-z][a-zA-Z0-9]{0,59})$/;

/**
 * The order by a field, or by a member of a JSON field (`custom.shelf`) as jsonb, so numbers sort as
 * numbers and texts as texts, records without it last. The member name is inlined: the pattern admits only letters and digits.
 */
function orderOf(field: string, direction: 'asc' | 'desc'): Record<string, string> {
  const member = jsonMember.exec(field);
  if (!member) return { [field]: direction };
  const [, column, key] = member;
  // records without the value come last either way
  return { [raw((alias: string) => `${alias}.${column} -> '${key}'`)]: `${direction} nulls last` };
}

/**
 * A page of a subject's rows as the principal may see them: the data scope is part of the SQL (so `total`
 * counts only visible rows), filters, search and sort may use only fields readable on every visible row,
 * and each row is masked by the field rules.
 */
export async function scopedList<E extends object, F extends keyof E & string>(
  req: FastifyRequest,
  spec: ScopedListSpec<E, F>,
): Promise<{ rows: Partial<Pick<E, F>>[]; total: number }> {
  const where = scopedWhere(req, spec, [spec.sort.field]);
  const read = fieldsToRead(req, spec.subject, spec.fields) as (keyof E & string)[];
  // Safe casts: the condition and the order are over the subject's fields, which are the entity's properties.
  const primaryOrder = orderOf(spec.sort.field, spec.sort.direction) as QueryOrderMap<E>;
  const tieBreak = { id: spec.sort.direction } as QueryOrderMap<E>;
  const { rows, total } = await listPage(req.em, spec.entity, {
    where: where as FilterQuery<NoInfer<E>>,
    fields: read,
    orderBy: spec.sort.field === 'id' ? [primaryOrder] : [primaryOrder, tieBreak],
    limit: spec.limit,
    offset: spec.offset,
  });
  return { rows: maskedRows(req, spec.subject, rows as Row[], spec.fields) as Partial<Pick<E, F>>[], total };
}

/** How many rows of the subject the principal may see that match the filters (the list's `total`). */
export async function scopedCount<E extends object>(req: FastifyRequest, spec: ScopedWhere<E>): Promise<number> {
  return req.em.count(spec.entity, scopedWhere(req, spec) as never);
}
