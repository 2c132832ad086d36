import pg from 'pg';

/**
 * Runs `work` with a platform-wide advisory lock named `key`, held by an owner-role session of its own,
 * so that of several server processes only one does it at a time; the others skip it (undefined).
 */
export async function withPlatformLock<T>(ownerUrl: string, key: string, work: (client: pg.Client) => Promise<T>): Promise<T | undefined> {
  const client = new pg.Client({ connectionString: ownerUrl, statement_timeout: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtext('tessera-job'), hashtext($1)) AS ok`, [key]);
    if (!rows[0]?.ok) return undefined;
    try {
      return await work(client);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext('tessera-job'), hashtext($1))`, [key]);
    }
  } finally {
    await client.end();
  }
}

/** Company ids from a cross-company read: the owner role, read only, row security off, ids only. */
export async function companyIds(client: pg.Client, sql: string, params: unknown[]): Promise<string[]> {
  await client.query('BEGIN READ ONLY');
  try {
    await client.query('SET LOCAL row_security = off');
    const { rows } = await client.query<{ tenant_id: string }>(sql, params);
    return rows.map((row) => row.tenant_id);
  } finally {
    await client.query('COMMIT');
  }
}
