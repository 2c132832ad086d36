import type pg from 'pg';

/**
 * The total of a page read with `count(*) OVER () AS total`: from its first row, or, for a page past the
 * end (no rows to carry it), counted by `countSql` with the same filter.
 */
export async function pageTotal(
  client: pg.ClientBase,
  rows: readonly { total: number }[],
  offset: number,
  countSql: string,
  params: readonly unknown[],
): Promise<number> {
  const first = rows[0];
  if (first) return first.total;
  if (offset === 0) return 0;
  const { rows: counted } = await client.query<{ n: number }>(countSql, [...params]);
  return counted[0]?.n ?? 0;
}
