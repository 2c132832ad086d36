import { withClient } from '../lib/database.ts';

/** The platform's table, and the baseline's copy of it. */
export const platformTable = 'form_submissions';
export const rawTable = 'bench_raw_form_submissions';

/**
 * Creates the baseline's table as a copy of the platform's `form_submissions` (columns, defaults, checks,
 * the primary key and the three indexes, the jsonb GIN one included), without row-level security and
 * foreign keys: an insert there costs what storing the row costs, nothing else.
 */
export async function createRawTable(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, (client) =>
    client.query(`create table ${rawTable} (like ${platformTable} including all)`),
  );
}

/** A checkpoint, so both servers start their runs with no dirty pages left over from before. */
export async function checkpoint(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, (client) => client.query('checkpoint'));
}

/** How many rows `table` holds, and how many of them hold exactly `data`. */
export async function countRows(
  databaseUrl: string,
  table: typeof platformTable | typeof rawTable,
  data: unknown,
): Promise<{ rows: number; samePayload: number }> {
  return withClient(databaseUrl, async (client) => {
    const result = await client.query<{ rows: number; same: number }>(
      `select count(*)::int as rows, (count(*) filter (where data = $1::jsonb))::int as same from ${table}`,
      [JSON.stringify(data)],
    );
    return { rows: result.rows[0]?.rows ?? 0, samePayload: result.rows[0]?.same ?? 0 };
  });
}
