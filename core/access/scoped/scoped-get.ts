import type { EntityName } from '@mikro-orm/core';
import type { FastifyRequest } from 'fastify';
import { plainColumns, plainValue } from '../../db/plain-columns.ts';
import { NotFoundError } from '../../http/core-errors.ts';
import { accessOf } from './access-of.ts';
import { fieldsToRead, maskedRows } from './scoped-list.ts';

type Row = Record<string, unknown>;

/**
 * Rows of `subject` with the given ids that the principal may `action`, read with the subject's fields
 * (a field rule's conditions may test any of them) and not yet masked. A principal with no rule for the
 * subject gets none.
 */
export async function readScopedRows<E extends object>(
  req: FastifyRequest,
  entity: EntityName<E>,
  subject: string,
  ids: readonly string[],
  fields: readonly string[],
  action = 'read',
): Promise<Row[]> {
  const access = accessOf(req);
  if (ids.length === 0 || !access.can(action, subject)) return [];
  const condition = access.rowCondition(action, subject);
  const where = Object.keys(condition).length === 0 ? { id: { $in: ids } } : { $and: [condition, { id: { $in: ids } }] };
  const read = fieldsToRead(req, subject, fields);
  const qb = req.em
    .createQueryBuilder(entity)
    .select(read as never)
    .where(where as never);
  await qb.applyFilters();
  const columns = plainColumns(req.em, entity as EntityName<object>, read);
  const rows = await qb.execute<Row[]>('all', true);
  return rows.map((row) => Object.fromEntries(columns.map((column) => [column.field, plainValue(row[column.field], column)])));
}

/** One row as the principal may see it (masked), or 404: a row outside their data scope does not exist for them. */
export async function scopedGet<E extends object, F extends keyof E & string>(
  req: FastifyRequest,
  spec: { entity: EntityName<E>; subject: string; id: string; fields: readonly F[]; resource: string },
): Promise<Partial<Pick<E, F>>> {
  const [row] = await readScopedRows(req, spec.entity, spec.subject, [spec.id], spec.fields);
  if (!row) throw new NotFoundError({ resource: spec.resource });
  const [shown] = maskedRows(req, spec.subject, [row], spec.fields);
  return shown as Partial<Pick<E, F>>;
}
