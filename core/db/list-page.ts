import type { EntityName, EntityProperty, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface ListPageOptions<E extends object, F extends keyof E & string> {
  where: FilterQuery<NoInfer<E>>;
  /** The columns the view needs; nothing else is read. */
  fields: readonly F[];
  orderBy: QueryOrderMap<NoInfer<E>>[];
  limit: number;
  offset: number;
}

const totalColumn = '__total';

/**
 * A page of plain rows and the total count, for list endpoints, in one statement: the count rides along as
 * an uncorrelated scalar subquery, which PostgreSQL evaluates once; only a page past the end needs a second
 * query. Both parts are built by the query builder (entity filters, the tenant fence, included; RLS applies
 * underneath) and stay parameterized: the builder's own subquery support inlines values into the SQL text,
 * so the count is spliced in as SQL with its parameters kept in order instead. Rows are not turned into
 * managed entities: a list only reads, and hydrating and change-tracking them costs more than the query.
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
    .select(options.fields as never)
    .where(where);
  await list.applyFilters();
  list
    .orderBy(options.orderBy as never)
    .limit(options.limit)
    .offset(options.offset);
  const countQuery = count.toQuery();
  const listQuery = list.toQuery();
  if (!listQuery.sql.startsWith('select ')) throw new TypeError(`unexpected list query: ${listQuery.sql.slice(0, 40)}`);
  const sql = `select (${countQuery.sql}) as "${totalColumn}", ${listQuery.sql.slice('select '.length)}`;
  const rawRows = await em.execute<Record<string, unknown>[]>(sql, [...countQuery.params, ...listQuery.params]);
  const first = rawRows[0];
  if (!first) {
    if (options.offset === 0) return { rows: [], total: 0 };
    const { count: total } = await count.execute<{ count: number }>('get', false);
    return { rows: [], total: Number(total) };
  }
  const properties: Partial<Record<string, EntityProperty>> = em.getMetadata().get(entity).properties;
  const columns = options.fields.map((field) => {
    const property = properties[field];
    return {
      field,
      column: property?.fieldNames[0] ?? field,
      isDate: property?.runtimeType === 'Date',
      // bigint columns mapped to numbers (money in fen) arrive from the driver as strings
      isNumber: property?.runtimeType === 'number',
    };
  });
  const rows = rawRows.map((raw) => {
    const row: Record<string, unknown> = {};
    for (const { field, column, isDate, isNumber } of columns) {
      const value = raw[column];
      if (typeof value !== 'string') row[field] = value;
      else row[field] = isDate ? new Date(value) : isNumber ? Number(value) : value;
    }
    // Safe: every field of F was copied from its column above.
    return row as Pick<E, F>;
  });
  return { rows, total: Number(first[totalColumn]) };
}
