import pg from 'pg';
import type { AppConfig } from '../config/load-config.ts';
import { ensureAppRole } from './app-role.ts';
import { appRoleUrl, withDatabase } from './database-urls.ts';
import { coreMigrations } from './migrations/index.ts';
import { migrate } from './migrator.ts';

/**
 * As the owner role: make sure the app role exists and apply pending migrations. Returns the URL the
 * server's pool uses, which is the app role's, never the owner's.
 */
export async function prepareDatabase(
  config: AppConfig,
  ownerUrl: string,
): Promise<{ appUrl: string; applied: string[] }> {
  await ensureDatabaseExists(ownerUrl);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await ensureAppRole(client, config.appDbUser, config.appDbPassword);
    const { applied } = await migrate(client, 'core', coreMigrations);
    return { appUrl: appRoleUrl(ownerUrl, config.appDbUser, config.appDbPassword), applied };
  } finally {
    await client.end();
  }
}

/** Creates the configured database on first start, so a fresh server needs no manual `createdb`. */
async function ensureDatabaseExists(ownerUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
  if (!name) return;
  const admin = new pg.Client({ connectionString: withDatabase(ownerUrl, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await admin.end();
  }
}
