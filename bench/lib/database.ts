import pg from 'pg';

export const benchDatabaseName = 'tessera_bench';

/** The same server and credentials as `ownerUrl`, pointing at another database. */
export function databaseUrl(ownerUrl: string, database: string): string {
  const url = new URL(ownerUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Opens one connection, runs `work`, always closes it. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface ServerInfo {
  version: string;
}

/**
 * Drops and re-creates `name` (`tessera_bench` unless told) on the server of `ownerUrl`, and returns its
 * URL. The role must be a superuser (or have BYPASSRLS): the seed inserts and the baseline reads through
 * tables with FORCE ROW LEVEL SECURITY.
 */
export async function createBenchDatabase(
  ownerUrl: string,
  name: string = benchDatabaseName,
): Promise<{ url: string; server: ServerInfo }> {
  const server = await withClient(ownerUrl, async (client) => {
    const role = await client.query<{ bypass: boolean; version: string }>(
      `select (r.rolsuper or r.rolbypassrls) as bypass, current_setting('server_version') as version
         from pg_roles r where r.rolname = current_user`,
    );
    const row = role.rows[0];
    if (!row?.bypass) {
      throw new Error(
        'DATABASE_URL must connect as a superuser (or a role with BYPASSRLS): row-level security would hide the rows',
      );
    }
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
    return { version: row.version };
  });
  return { url: databaseUrl(ownerUrl, name), server };
}

/** Drops a database the bench created (its servers must be stopped; `with (force)` ends stray sessions). */
export async function dropBenchDatabase(ownerUrl: string, name: string): Promise<void> {
  await withClient(ownerUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
}
