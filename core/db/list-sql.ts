import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RowReader } from './plain-columns.ts';

export interface ListQueryShape<E extends object> {
  where: FilterQuery<E>;
  fields: readonly string[];
  orderBy: QueryOrderMap<E>[];
  limit: number;
  offset: number;
}

export interface ListSql {
  /** The page's rows, each with the total as an extra column. */
  sql: string;
  params: unknown[];
  /** The total alone, for a page past the end. */
  countSql: string;
  countParams: unknown[];
  /**
   * For a compiled statement: `sql` as sent to PostgreSQL (`$n` placeholders, one per parameter, in order),
   * registered as a hot statement.
   */
  sentSql?: string;
  /** For a compiled statement: its rows' reader (see `rowReader`). */
  readRow?: RowReader;
}

export const totalColumn = '__total';

/**
 * The SQL of a page and its total, in one statement: the count rides along as an uncorrelated scalar
 * subquery, which PostgreSQL evaluates once. Both parts are built by the query builder (entity filters, the
 * tenant fence, included; RLS applies underneath) and stay parameterized: the builder's own subquery
 * support inlines values into the SQL text, so the count is spliced in as SQL with its parameters kept in
 * order instead.
 */
export async function buildListSql<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  shape: ListQueryShape<E>,
): Promise<ListSql> {
  // Safe casts: `fields`, `where` and `orderBy` are typed against E by the caller; the builder's generics cannot follow.
  const where = shape.where as never;
  const count = em.createQueryBuilder(entity, 'total_of').count().where(where);
  await count.applyFilters();
  const list = em
    .createQueryBuilder(entity, 'page_of')
    .select(shape.fields as never)
    .where(where);
  await list.applyFilters();
  list
    .orderBy(shape.orderBy as never)
    .limit(shape.limit)
    .offset(shape.offset);
  const countQuery = count.toQuery();
  const listQuery = list.toQuery();
  if (!listQuery.sql.startsWith('select ')) throw new TypeError(`unexpected list query: ${listQuery.sql.slice(0, 40)}`);
  return {
    sql: `select (${countQuery.sql}) as "${totalColumn}", ${listQuery.sql.slice('select '.length)}`,
    params: [...countQuery.params, ...listQuery.params],
    countSql: countQuery.sql,
    countParams: [...countQuery.params],
  };
}
