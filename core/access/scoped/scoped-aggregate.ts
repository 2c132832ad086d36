import { raw } from '@mikro-orm/core';
import type { FastifyRequest } from 'fastify';
import type { ScopedWhere } from './query-spec.ts';
import { scopedWhere } from './scoped-where.ts';

export interface ScopedAggregateSpec<E extends object> extends ScopedWhere<E> {
  /** Rows are grouped by this field's value; without it there is one group of all visible rows. */
  readonly groupBy?: keyof E & string;
  /** Integer fields (money in fen, quantities) to total per group. */
  readonly sum?: readonly (keyof E & string)[];
}

export interface AggregateGroup {
  /** The group's value of `groupBy`; `null` for rows without one and for the single ungrouped group. */
  key: unknown;
  count: number;
  sum: Record<string, number>;
}

const quoted = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

/**
 * Counts and totals over the rows the principal may see: the same data scope as the list, so they agree
 * with it; grouping and totalling only by fields readable on every visible row (else a total would reveal
 * hidden values). Column names come from the entity's metadata, never from the request.
 */
export async function scopedAggregate<E extends object>(
  req: FastifyRequest,
  spec: ScopedAggregateSpec<E>,
): Promise<AggregateGroup[]> {
  const sums = spec.sum ?? [];
  const where = scopedWhere(req, spec, [...(spec.groupBy ? [spec.groupBy] : []), ...sums]);
  const properties = req.em.getMetadata().get(spec.entity).properties as Record<string, { fieldNames: string[] }>;
  const column = (field: string): string => {
    const name = properties[field]?.fieldNames[0];
    if (!name) throw new TypeError(`${spec.subject} has no column for ${field}`);
    return quoted(name);
  };
  const selects = [
    ...(spec.groupBy ? [raw(`${column(spec.groupBy)} as "group_key"`)] : []),
    raw('count(*)::bigint as "group_count"'),
    ...sums.map((field, i) => raw(`coalesce(sum(${column(field)}), 0)::bigint as "sum_${i}"`)),
  ];
  const qb = req.em
    .createQueryBuilder(spec.entity)
    .select(selects as never)
    .where(where as never);
  if (spec.groupBy) qb.groupBy(raw(column(spec.groupBy)) as never).orderBy({ [raw(column(spec.groupBy))]: 'asc' } as never);
  await qb.applyFilters();
  const rows = await qb.execute<Record<string, unknown>[]>('all', false);
  return rows.map((row) => ({
    key: spec.groupBy ? (row.group_key ?? null) : null,
    count: Number(row.group_count),
    sum: Object.fromEntries(sums.map((field, i) => [field, Number(row[`sum_${i}`])])),
  }));
}
