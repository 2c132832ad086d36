import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely } from 'kysely';

/**
 * Runs a compiled list statement on the transaction of `em` through kysely, skipping MikroORM's `execute`:
 * the text is already what PostgreSQL receives (`$n` placeholders, every value a plain parameter), so the
 * placeholder rewriting, result transformation and query log of that path have nothing to do but cost
 * time on every list request. With the query log on, or outside a transaction, it takes `em.execute`.
 */
export async function readCompiled<R>(
  em: EntityManager,
  statement: { sql: string; sentSql: string },
  params: unknown[],
): Promise<R[]> {
  const transaction = em.getTransactionContext<Kysely<unknown>>();
  if (!transaction || em.config.getLogger().isEnabled('query')) return em.execute<R[]>(statement.sql, params);
  const result = await transaction.executeQuery<R>(CompiledQuery.raw(statement.sentSql, params));
  return result.rows;
}
