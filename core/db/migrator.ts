import type pg from 'pg';
import type { Migration } from './migration.ts';

export interface MigrationResult {
  applied: string[];
}

export class MigrationOrderError extends Error {
  override name = 'MigrationOrderError';
}

/** Takes the migration lock for the caller's transaction and makes sure the bookkeeping table exists. */
export async function lockMigrations(client: pg.ClientBase): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('tessera-migrations'))`);
  await client.query(`CREATE TABLE IF NOT EXISTS tessera_migrations (
    scope text NOT NULL, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, name))`);
}

/**
 * Applies the scope's pending migrations inside the caller's transaction, which must hold the lock of
 * {@link lockMigrations}.
 */
export async function applyPendingMigrations(
  client: pg.ClientBase,
  scope: string,
  migrations: readonly Migration[],
): Promise<string[]> {
  assertOrdered(migrations);
  const done = await client.query<{ name: string }>('SELECT name FROM tessera_migrations WHERE scope = $1', [scope]);
  const doneNames = new Set(done.rows.map((r) => r.name));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (doneNames.has(migration.name)) continue;
    await client.query(migration.up);
    await client.query('INSERT INTO tessera_migrations (scope, name) VALUES ($1, $2)', [scope, migration.name]);
    applied.push(migration.name);
  }
  return applied;
}

/** Runs `work` in one transaction holding the migration lock: all of it happens, or none. */
export async function inMigrationTransaction<T>(client: pg.ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    await lockMigrations(client);
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Applies the scope's pending migrations in one transaction: all of them or none. An advisory lock
 * serialises concurrent starts of several server processes against one database.
 */
export async function migrate(
  client: pg.ClientBase,
  scope: string,
  migrations: readonly Migration[],
): Promise<MigrationResult> {
  assertOrdered(migrations);
  return { applied: await inMigrationTransaction(client, () => applyPendingMigrations(client, scope, migrations)) };
}

/**
 * Reverts the scope's last `steps` applied migrations, newest first, inside the caller's transaction, which
 * must hold the lock of {@link lockMigrations}.
 */
export async function revertMigrations(
  client: pg.ClientBase,
  scope: string,
  migrations: readonly Migration[],
  steps: number,
): Promise<string[]> {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  const done = await client.query<{ name: string }>(
    'SELECT name FROM tessera_migrations WHERE scope = $1 ORDER BY name DESC LIMIT $2',
    [scope, steps],
  );
  const reverted: string[] = [];
  for (const { name } of done.rows) {
    const migration = byName.get(name);
    if (!migration) throw new MigrationOrderError(`migration ${scope}/${name} is applied but unknown to this build`);
    await client.query(migration.down);
    await client.query('DELETE FROM tessera_migrations WHERE scope = $1 AND name = $2', [scope, name]);
    reverted.push(name);
  }
  return reverted;
}

/** Reverts the scope's last `steps` applied migrations, newest first, in one transaction. */
export function revert(
  client: pg.ClientBase,
  scope: string,
  migrations: readonly Migration[],
  steps: number,
): Promise<string[]> {
  return inMigrationTransaction(client, () => revertMigrations(client, scope, migrations, steps));
}

function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    const prev = migrations[i - 1]?.name ?? '';
    const current = migrations[i]?.name ?? '';
    if (current <= prev) throw new MigrationOrderError(`migration ${current} must sort after ${prev}`);
  }
}
