import type pg from 'pg';
import type { Migration } from './migration.ts';

export interface MigrationResult {
  applied: string[];
}

export class MigrationOrderError extends Error {
  override name = 'MigrationOrderError';
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
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('tessera-migrations'))`);
    await client.query(`CREATE TABLE IF NOT EXISTS tessera_migrations (
      scope text NOT NULL, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, name))`);
    const done = await client.query<{ name: string }>('SELECT name FROM tessera_migrations WHERE scope = $1', [scope]);
    const doneNames = new Set(done.rows.map((r) => r.name));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (doneNames.has(migration.name)) continue;
      await client.query(migration.up);
      await client.query('INSERT INTO tessera_migrations (scope, name) VALUES ($1, $2)', [scope, migration.name]);
      applied.push(migration.name);
    }
    await client.query('COMMIT');
    return { applied };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Reverts the scope's last `steps` applied migrations, newest first, in one transaction. */
export async function revert(
  client: pg.ClientBase,
  scope: string,
  migrations: readonly Migration[],
  steps: number,
): Promise<string[]> {
  const byName = new Map(migrations.map((m) => [m.name, m]));
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('tessera-migrations'))`);
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
    await client.query('COMMIT');
    return reverted;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    const prev = migrations[i - 1]?.name ?? '';
    const current = migrations[i]?.name ?? '';
    if (current <= prev) throw new MigrationOrderError(`migration ${current} must sort after ${prev}`);
  }
}
