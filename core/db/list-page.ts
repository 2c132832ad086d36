import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface ListPageOptions<E extends object, F extends keyof E & string> {
  where: FilterQuery<NoInfer<E>>;
  /** The columns the view needs; nothing else is read. */
  fields: readonly F[];
  orderBy: QueryOrderMap<NoInfer<E>>[];
  limit: number;
  offset: number;
}

const totalAlias = '__total';

/**
 * A page of plain rows and the total count, for list endpoints, in one statement: the count rides along
 * as an uncorrelated scalar subquery, which PostgreSQL evaluates once. Only a page past the end needs a
 * second query. Rows are not turned into managed entities: a list only reads, and hydrating and
 * change-tracking fifty entities costs several times the query itself. The query builder applies the
 * entity's filters (the tenant fence) and RLS applies underneath, as for `em.find`.
 */
export async function listPage<E extends object, F extends keyof E & string>(
  em: EntityManager,
  entity: EntityName<E>,
  options: ListPageOptions<E, F>,
): Promise<{ rows: Pick<E, F>[]; total: number }> {
  // Safe casts: `fields`, `where` and `orderBy` are typed against E above; the builder's generics cannot follow.
  const where = options.where as never;
  const count = em.createQueryBuilder(entity, 'total_of').count().where(where);
  await count.applyFilters();
  const list = em
    .createQueryBuilder(entity, 'page_of')
    .select([...(options.fields as never[]), count.as(totalAlias) as never])
    .where(where);
  await list.applyFilters();
  const rows = await list
    .orderBy(options.orderBy as never)
    .limit(options.limit)
    .offset(options.offset)
    .execute<(Pick<E, F> & { [totalAlias]?: string | number })[]>('all', true);
  const first = rows[0];
  if (first) {
    const total = Number(first[totalAlias]);
    for (const row of rows) delete row[totalAlias];
    return { rows, total };
  }
  if (options.offset === 0) return { rows: [], total: 0 };
  const { count: total } = await count.clone().execute<{ count: number }>('get', false);
  return { rows: [], total: Number(total) };
}
