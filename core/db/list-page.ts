import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { compiledListSql } from './compiled-list-sql.ts';
import { totalColumn } from './list-sql.ts';
import { rowReader } from './plain-columns.ts';
import { readCompiled } from './read-compiled.ts';

export interface ListPageOptions<E extends object, F extends keyof E & string> {
  where: FilterQuery<NoInfer<E>>;
  /** The columns the view needs; nothing else is read. */
  fields: readonly F[];
  orderBy: QueryOrderMap<NoInfer<E>>[];
  limit: number;
  offset: number;
}

/**
 * A page of plain rows and the total count, for list endpoints, in one statement (see `buildListSql`),
 * compiled once per query shape. Only a page past the end needs a second query. Rows are not turned into
 * managed entities: a list only reads, and hydrating and change-tracking them costs more than the query.
 */
export async function listPage<E extends object, F extends keyof E & string>(
  em: EntityManager,
  entity: EntityName<E>,
  options: ListPageOptions<E, F>,
): Promise<{ rows: Pick<E, F>[]; total: number }> {
  const query = await compiledListSql(em, entity, options);
  const rawRows = await readCompiled<Record<string, unknown>>(em, query);
  const first = rawRows[0];
  if (!first) {
    if (options.offset === 0) return { rows: [], total: 0 };
    const [counted] = await em.execute<{ count: number | string }[]>(query.countSql, query.countParams);
    return { rows: [], total: Number(counted?.count ?? 0) };
  }
  const read = query.readRow ?? rowReader(em, entity as EntityName<object>, options.fields);
  // Safe: the reader copies every field of F from its column.
  return { rows: rawRows.map(read) as Pick<E, F>[], total: Number(first[totalColumn]) };
}
