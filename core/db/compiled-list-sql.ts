import type { EntityName, FilterQuery, MetadataStorage } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bindPlaceholders } from './bind-placeholders.ts';
import { type RowReader, rowReader } from './plain-columns.ts';
import { markHotStatement } from './prepared-statements.ts';
import { buildListSql, type ListQueryShape, type ListSql } from './list-sql.ts';

/** Where a compiled statement's parameter comes from on each request. */
type Slot = { from: 'value'; index: number } | { from: 'tenant' } | { from: 'limit' } | { from: 'offset' };

interface Compiled {
  sql: string;
  sentSql: string;
  readRow: RowReader;
  slots: Slot[];
  countSql: string;
  countSlots: Slot[];
}

/** A where clause with each string value replaced by a numbered stand-in, and those values in order. */
interface Template {
  where: unknown;
  values: string[];
}

const sentinelMark = '\u0000tessera-value-';
const sentinel = (index: number): string => `${sentinelMark}${index}\u0000`;
/** The stand-in's index, or undefined for any other parameter. */
function sentinelIndex(param: unknown): number | undefined {
  if (typeof param !== 'string' || !param.startsWith(sentinelMark) || !param.endsWith('\u0000')) return undefined;
  const digits = param.slice(sentinelMark.length, -1);
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}
// numbers no page asks for, so they can be told apart from every other parameter
const limitStandIn = 987_654_321;
const offsetStandIn = 987_654_323;
const maxShapes = 1000;

/**
 * The where clause as a template: strings (ids, codes, search patterns) become stand-ins, so requests that
 * differ only in those share one compiled statement. Other scalars stay part of the shape. Undefined when
 * the clause holds something else (dates, custom objects), which is then never compiled.
 */
function templateOf(where: unknown): Template | undefined {
  const values: string[] = [];
  let plain = true;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      values.push(node);
      return sentinel(values.length - 1);
    }
    // a number equal to a page stand-in would be mistaken for it: such a clause is never compiled
    if (node === limitStandIn || node === offsetStandIn) plain = false;
    if (node === null || typeof node === 'number' || typeof node === 'boolean') return node;
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
    }
    plain = false;
    return node;
  };
  const templated = walk(where);
  return plain ? { where: templated, values } : undefined;
}

function slotsOf(params: readonly unknown[], tenantId: unknown): Slot[] | undefined {
  const slots: Slot[] = [];
  for (const param of params) {
    const index = sentinelIndex(param);
    if (index !== undefined) slots.push({ from: 'value', index });
    else if (param === limitStandIn) slots.push({ from: 'limit' });
    else if (param === offsetStandIn) slots.push({ from: 'offset' });
    else if (tenantId !== undefined && param === tenantId) slots.push({ from: 'tenant' });
    // a parameter of unknown origin: this shape is built anew on every request
    else return undefined;
  }
  return slots;
}

async function compile<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  shape: ListQueryShape<E>,
  template: Template,
  tenantId: string | undefined,
): Promise<Compiled | null> {
  let built: ListSql;
  try {
    built = await buildListSql(em, entity, {
      ...shape,
      where: template.where as FilterQuery<E>,
      limit: limitStandIn,
      offset: shape.offset > 0 ? offsetStandIn : 0,
    });
  } catch {
    // a property type that will not take a stand-in (it converts its values): build this shape every time
    return null;
  }
  // a value the builder wrote into the SQL text instead of a parameter would be frozen into the statement
  if (built.sql.includes('\u0000')) return null;
  const slots = slotsOf(built.params, tenantId);
  const countSlots = slotsOf(built.countParams, tenantId);
  if (!slots || !countSlots) return null;
  // every parameter is a scalar stand-in (a list would have no slot), so each `?` becomes one `$n` in order
  const sentSql = bindPlaceholders(built.sql, built.params, (id) => em.getPlatform().quoteIdentifier(id)).sql;
  const readRow = rowReader(em, entity as EntityName<object>, shape.fields);
  return { sql: built.sql, sentSql, readRow, slots, countSql: built.countSql, countSlots };
}

/** Compiled statements per ORM (its metadata) and query shape; `null` marks a shape that cannot be compiled. */
const compiledByOrm = new WeakMap<MetadataStorage, Map<string, Compiled | null>>();

/**
 * The SQL of a list page, built by the query builder once per query shape (entity, fields, order, where
 * structure, first page or not, tenant filter) and reused with each request's values: building SQL through
 * the query builder is the largest cost of a list request left in Node. A shape whose parameters cannot all
 * be traced to the request's values is built on every request, as before.
 */
export async function compiledListSql<E extends object>(
  em: EntityManager,
  entity: EntityName<E>,
  shape: ListQueryShape<E>,
): Promise<ListSql> {
  const template = templateOf(shape.where);
  // a raw order (a JSON member) is keyed by a symbol, which the cache key below cannot tell apart
  const rawOrder = shape.orderBy.some((order) => Object.getOwnPropertySymbols(order).length > 0);
  if (!template || rawOrder) return buildListSql(em, entity, shape);
  const tenantId = em.getFilterParams<{ tenantId?: string }>('tenant')?.tenantId;
  const meta = em.getMetadata();
  let cache = compiledByOrm.get(meta);
  if (!cache) {
    cache = new Map();
    compiledByOrm.set(meta, cache);
  }
  const key = JSON.stringify([
    meta.get(entity).className,
    shape.fields,
    shape.orderBy,
    template.where,
    shape.offset > 0,
    tenantId !== undefined,
  ]);
  let compiled = cache.get(key);
  if (compiled === undefined) {
    compiled = await compile(em, entity, shape, template, tenantId);
    if (compiled) markHotStatement(compiled.sentSql);
    if (cache.size >= maxShapes) cache.clear();
    cache.set(key, compiled);
  }
  if (!compiled) return buildListSql(em, entity, shape);
  const valueOf = (slot: Slot): unknown =>
    slot.from === 'value'
      ? template.values[slot.index]
      : slot.from === 'tenant'
        ? tenantId
        : slot.from === 'limit'
          ? shape.limit
          : shape.offset;
  return {
    sql: compiled.sql,
    sentSql: compiled.sentSql,
    readRow: compiled.readRow,
    params: compiled.slots.map(valueOf),
    countSql: compiled.countSql,
    countParams: compiled.countSlots.map(valueOf),
  };
}
