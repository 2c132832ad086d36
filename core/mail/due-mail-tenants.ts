import pg from 'pg';

/**
 * The companies that have mail due, for the dispatcher's sweep. This is the one read of the running
 * server that crosses companies, so it is as narrow as it can be: the owner role (which alone may read
 * past RLS, as the plugin installer does), a read-only transaction, and nothing but company ids. The
 * mail itself is then read and updated in a transaction bound to each company, under RLS like any other.
 */
export async function dueMailTenants(ownerUrl: string, limit: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl, statement_timeout: 10_000 });
  await client.connect();
  try {
    await client.query('BEGIN READ ONLY');
    await client.query('SET LOCAL row_security = off');
    const { rows } = await client.query<{ tenant_id: string }>(
      `SELECT DISTINCT tenant_id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= now() LIMIT $1`,
      [limit],
    );
    await client.query('COMMIT');
    return rows.map((row) => row.tenant_id);
  } finally {
    await client.end();
  }
}
