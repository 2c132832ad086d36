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

/**
 * A page of plain rows and the total count, for list endpoints. Rows are not turned into managed entities:
 * a list only reads, and hydrating and change-tracking fifty entities costs several times the query itself.
 * The query builder runs the entity's filters (the tenant fence) and RLS applies underneath, as for `em.find`.
 */
export async function listPage<E extends object, F extends keyof E & string>(
  em: EntityManager,
  entity: EntityName<E>,
  options: ListPageOptions<E, F>,
): Promise<{ rows: Pick<E, F>[]; total: number }> {
  // Safe casts: `fields` and `where` are typed against E above; the builder's own generics cannot follow them.
  const where = options.where as never;
  const list = em
    .createQueryBuilder(entity)
    .select(options.fields as never)
    .where(where);
  await list.applyFilters();
  const rows = await list
    .orderBy(options.orderBy as never)
    .limit(options.limit)
    .offset(options.offset)
    .execute<Pick<E, F>[]>('all', true);
  const count = em.createQueryBuilder(entity).count().where(where);
  await count.applyFilters();
  const { count: total } = await count.execute<{ count: number }>('get', false);
  return { rows, total: Number(total) };
}
