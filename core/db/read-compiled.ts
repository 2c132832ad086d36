import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely } from 'kysely';
import type { ListSql } from './list-sql.ts';

/**
 * Runs a list page's statement. A compiled one runs on the transaction of `em` through kysely, skipping
 * MikroORM's `execute`: its text is already what PostgreSQL receives (`$n` placeholders, every value a
 * plain parameter), so the placeholder rewriting, result transformation and query log of that path have
 * nothing to do but cost time on every list request. Anything else, or with the query log on, or outside a
 * transaction, takes `em.execute`.
 */
export async function readCompiled<R>(em: EntityManager, query: Pick<ListSql, 'sql' | 'params' | 'sentSql'>): Promise<R[]> {
  const transaction = em.getTransactionContext<Kysely<unknown>>();
  if (query.sentSql === undefined || !transaction || em.config.getLogger().isEnabled('query')) {
    return em.execute<R[]>(query.sql, query.params);
  }
  const result = await transaction.executeQuery<R>(CompiledQuery.raw(query.sentSql, query.params));
  return result.rows;
}
