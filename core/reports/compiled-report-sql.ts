import type { MetadataStorage } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface CompiledReportSql {
  sql: string;
  params: unknown[];
}

const maxStatements = 2000;
const compiledByOrm = new WeakMap<MetadataStorage, Map<string, CompiledReportSql>>();

/**
 * A report statement built by the query builder once per key and reused: building SQL through the builder
 * costs more Node time than a grouped query over a company's rows costs PostgreSQL. The key must hold
 * everything the statement is made of (the dataset, every SQL fragment with its parameters, the data scope,
 * the company), so a hit is exactly the statement the builder would make; `undefined` builds every time.
 */
export async function compiledReportSql(
  em: EntityManager,
  key: string | undefined,
  build: () => Promise<CompiledReportSql>,
): Promise<CompiledReportSql> {
  if (key === undefined) return build();
  const meta = em.getMetadata();
  let cache = compiledByOrm.get(meta);
  if (!cache) {
    cache = new Map();
    compiledByOrm.set(meta, cache);
  }
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = await build();
    if (cache.size >= maxStatements) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

/** True when a where object holds a symbol key (a raw fragment) anywhere: JSON cannot key it. */
export function holdsRawFragments(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsRawFragments);
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  return Object.getOwnPropertySymbols(value).length > 0 || Object.values(value).some(holdsRawFragments);
}
