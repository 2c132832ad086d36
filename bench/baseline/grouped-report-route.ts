import type { FastifyInstance } from 'fastify';
import type pg from 'pg';

/**
 * The raw baseline of the grouped report: the SQL one would write by hand for "announcements per month
 * (in the company's time zone) and status, with their recipients", with an explicit tenant filter and no
 * RLS, answering the platform's `{ columns, rows, truncated }` shape (rows only: the bench compares rows).
 */
const groupedSql = `
  select to_char(date_trunc('month', published_at at time zone t.time_zone), 'YYYY-MM-DD') as d0, a.status as d1,
         count(*)::int as m0, sum(a.recipient_count)::int as m1
    from announcements a join tenants t on t.id = a.tenant_id
   where a.tenant_id = $1
   group by 1, 2
   order by 1 nulls last, 2 nulls last
   limit 1001`;

export function registerGroupedReportRoute(
  app: FastifyInstance,
  pool: pg.Pool,
  principalOf: (authorization: string | undefined) => { tenantId: string } | undefined,
): void {
  app.post('/api/datasets/announcements.announcements/query', async (request, reply) => {
    const principal = principalOf(request.headers.authorization);
    if (!principal) return reply.code(401).send({ code: 'unauthenticated' });
    const { rows } = await pool.query<{ d0: string | null; d1: string; m0: number; m1: number | null }>(groupedSql, [principal.tenantId]);
    return { columns: [], rows: rows.slice(0, 1000).map((row) => [row.d0, row.d1, row.m0, row.m1]), truncated: rows.length > 1000 };
  });
}
