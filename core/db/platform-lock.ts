import pg from 'pg';

/**
 * Runs `work` with a platform-wide advisory lock named `key`, held by an owner-role session of its own,
 * so that of several server processes only one does it at a time; the others skip it (undefined).
 */
export async function withPlatformLock<T>(ownerUrl: string, key: string, work: () => Promise<T>): Promise<T | undefined> {
  const client = new pg.Client({ connectionString: ownerUrl, statement_timeout: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtext('tessera-job'), hashtext($1)) AS ok`, [key]);
    if (!rows[0]?.ok) return undefined;
    try {
      return await work();
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext('tessera-job'), hashtext($1))`, [key]);
    }
  } finally {
    await client.end();
  }
}
