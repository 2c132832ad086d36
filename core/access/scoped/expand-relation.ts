import type { EntityName } from '@mikro-orm/core';
import type { FastifyRequest } from 'fastify';
import { readScopedRows } from './scoped-get.ts';
import { maskedRows } from './scoped-list.ts';

type Row = Record<string, unknown>;

export interface RelationSpec<E extends object> {
  /** The field of each row holding the related row's id, e.g. `customerId`. */
  readonly via: string;
  /** The key the related row is put under, e.g. `customer`. */
  readonly as: string;
  readonly entity: EntityName<E>;
  readonly subject: string;
  readonly fields: readonly string[];
}

/**
 * Puts each row's related row under `as`, checked like a read of the related subject itself: only through a
 * `via` field the principal could read on that row (masked rows lack it), only related rows inside the
 * principal's data scope for that subject, masked by its field rules. A related row the principal may not
 * see leaves `as` out; an empty `via` gives `null`. Call it again on the expanded rows for the next hop.
 * Returns the related rows that were attached.
 */
export async function expandRelation<E extends object>(
  req: FastifyRequest,
  rows: Row[],
  relation: RelationSpec<E>,
): Promise<Row[]> {
  const ids = [...new Set(rows.map((row) => row[relation.via]).filter((id): id is string => typeof id === 'string'))];
  const related = await readScopedRows(req, relation.entity, relation.subject, ids, relation.fields);
  const shown = maskedRows(req, relation.subject, related, [...new Set(['id', ...relation.fields])]);
  const byId = new Map(shown.map((row) => [row.id as string, row as Row]));
  const attached: Row[] = [];
  for (const row of rows) {
    if (!(relation.via in row)) continue;
    const id = row[relation.via];
    if (id === null) {
      row[relation.as] = null;
      continue;
    }
    const relatedRow = typeof id === 'string' ? byId.get(id) : undefined;
    if (relatedRow) {
      row[relation.as] = relatedRow;
      attached.push(relatedRow);
    }
  }
  return attached;
}
