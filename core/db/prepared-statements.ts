import type pg from 'pg';
import type { TenantBinding } from '../tenancy/tenant-binding.ts';
import { driverPg, ImplicitlyBoundQuery } from './implicitly-bound-query.ts';

/**
 * Statements the platform runs on every request of a hot route (a list page's compiled SQL) are sent as
 * named prepared statements: PostgreSQL parses them, expands the tenant policies and, after a few runs,
 * plans them once per connection instead of on every request. Only texts registered here are prepared —
 * statements built from a bounded set of shapes with every value a parameter — so a connection holds a
 * bounded number of them.
 */
/** What the driver sends for a hot statement (placeholders numbered, lists expanded) → its name. */
const names = new Map<string, string>();
/** Registered texts, at most; later ones run unprepared. */
const maxRegistered = 2000;
/** Statements one connection prepares, at most; later ones run unprepared on it. */
const maxPerConnection = 200;

/** Marks a statement, as sent to PostgreSQL (with `$n` placeholders), as run on a hot path. */
export function markHotStatement(sent: string): void {
  if (names.has(sent) || names.size >= maxRegistered) return;
  names.set(sent, `tessera_${names.size + 1}`);
}

/** Whether `sent` (as the driver sends it) is a registered hot statement. */
export function isHotStatement(sent: string): boolean {
  return names.has(sent);
}

/** Parameter arrays of statements that are to carry their own tenant binding (see {@link sendBoundImplicitly}). */
const implicitBindings = new WeakMap<readonly unknown[], TenantBinding>();

/**
 * Asks the client that next receives `values` (the very array, as kysely hands it on) to run its statement
 * as an {@link ImplicitlyBoundQuery} bound to `binding`. Returns a check that the client did: a statement
 * that left without its binding would have seen no tenant's rows, and must not pass for an empty answer.
 */
export function sendBoundImplicitly(values: readonly unknown[], binding: TenantBinding): () => boolean {
  implicitBindings.set(values, binding);
  return () => !implicitBindings.delete(values);
}

type QueryArgs = [text: unknown, values?: unknown, callback?: unknown];
type QueryCallback = (error: Error | null, result: unknown) => void;

/**
 * Makes a pg client run registered texts (given as `query(text, values)`) as named prepared statements.
 *
 * Every such call is answered through pg's callback form, wrapped in a plain promise, instead of pg's own
 * promise form: under steady load the latter made V8 promote each page's row strings to the old generation
 * (every scavenge copied megabytes of dead rows and took 11–17 ms on the tenant-page bench instead of 2–3 ms).
 * A failed query's stack is re-captured here, as pg's promise form does, so it leads back to the caller.
 * A statement whose parameters were handed to {@link sendBoundImplicitly} runs as an `ImplicitlyBoundQuery`.
 */
export function usePreparedStatements(client: pg.PoolClient): void {
  if (!(client instanceof driverPg.Client)) throw new TypeError('a pooled client is not from the pg of the database driver');
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const prepared = new Set<string>();
  (client as unknown as { query: (...args: QueryArgs) => unknown }).query = (...args: QueryArgs) => {
    const [text, values, callback] = args;
    if (typeof text !== 'string' || callback !== undefined) return query(...args);
    const name = names.get(text);
    const prepare = name !== undefined && (prepared.has(name) || prepared.size < maxPerConnection);
    if (prepare) prepared.add(name);
    const binding = Array.isArray(values) ? implicitBindings.get(values) : undefined;
    if (binding) implicitBindings.delete(values as unknown[]);
    return new Promise((resolve, reject) => {
      const answer: QueryCallback = (error, result) => {
        if (!error) return resolve(result);
        Error.captureStackTrace(error);
        reject(error);
      };
      if (binding) {
        const statement = { name: prepare ? name : undefined, text, values: values as unknown[] };
        query(new ImplicitlyBoundQuery(statement, binding, answer));
      } else query(prepare ? { name, text, values } : text, values, answer);
    });
  };
}
