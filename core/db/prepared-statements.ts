import type pg from 'pg';

/**
 * Statements the platform runs on every request of a hot route (a list page's compiled SQL) are sent as
 * named prepared statements: PostgreSQL parses them, expands the tenant policies and, after a few runs,
 * plans them once per connection instead of on every request. Only texts registered here are prepared —
 * statements built from a bounded set of shapes with every value a parameter — so a connection holds a
 * bounded number of them.
 */
const hotSources = new Set<string>();
/** What the driver sends for a hot statement (placeholders numbered, lists expanded) → its name. */
const names = new Map<string, string>();
/** Registered texts of each kind, at most; later ones run unprepared. */
const maxRegistered = 2000;
/** Statements one connection prepares, at most; later ones run unprepared on it. */
const maxPerConnection = 200;

/** Marks a statement, as MikroORM's `execute` takes it (with `?` placeholders), as run on a hot path. */
export function markHotStatement(sql: string): void {
  if (hotSources.size < maxRegistered) hotSources.add(sql);
}

/** Called with each statement's source and the text sent for it: a hot one is prepared from now on. */
export function noteSentStatement(source: string, sent: string): void {
  if (!hotSources.has(source) || names.has(sent) || names.size >= maxRegistered) return;
  names.set(sent, `tessera_${names.size + 1}`);
}

type QueryArgs = [text: unknown, values?: unknown, callback?: unknown];

/** Makes a pg client run registered texts (given as `query(text, values)`) as named prepared statements. */
export function usePreparedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const prepared = new Set<string>();
  (client as unknown as { query: (...args: QueryArgs) => unknown }).query = (...args: QueryArgs) => {
    const [text, values, callback] = args;
    const name = typeof text === 'string' && callback === undefined ? names.get(text) : undefined;
    if (name === undefined || (!prepared.has(name) && prepared.size >= maxPerConnection)) return query(...args);
    prepared.add(name);
    return query({ name, text, values });
  };
}
