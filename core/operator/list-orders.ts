import type { OperatorOrderListQuery, OperatorOrderView } from '@tessera/schemas/operator-market';
import type pg from 'pg';
import type { PlanPeriod } from '../marketplace/market-listing.ts';
import type { ModuleOrderStatus } from '../marketplace/module-orders.ts';
import { pageTotal } from './page-total.ts';

interface OrderRow {
  tenant_id: string;
  company_name: string;
  id: string;
  number: string;
  status: ModuleOrderStatus;
  provider: string;
  amount_fen: string;
  created_at: Date;
  paid_at: Date | null;
  cancelled_at: Date | null;
  lines: { plugin: string; plan_key: string; period: PlanPeriod; amount_fen: number }[];
  total: number;
}

/**
 * Module orders of every company (or one), newest first, with their lines and the company's name: the
 * operator's queue of payments to confirm is `status=pending`. Read past RLS as the owner, read-only;
 * lines are joined to their order within its company (`tenant_id` on both sides).
 */
export async function listOrders(
  client: pg.ClientBase,
  query: OperatorOrderListQuery,
  page: { limit: number; offset: number },
): Promise<{ items: OperatorOrderView[]; total: number }> {
  const filter = `WHERE ($1::text IS NULL OR o.status = $1) AND ($2::uuid IS NULL OR o.tenant_id = $2)`;
  const params = [query.status ?? null, query.tenantId ?? null];
  const { rows } = await client.query<OrderRow>(
    `SELECT o.tenant_id, t.name AS company_name, o.id, o.number, o.status, o.provider, o.amount_fen,
            o.created_at, o.paid_at, o.cancelled_at,
            coalesce((SELECT json_agg(json_build_object('plugin', l.plugin, 'plan_key', l.plan_key, 'period', l.period,
                                                        'amount_fen', l.amount_fen) ORDER BY l.plugin)
                        FROM module_order_lines l WHERE l.tenant_id = o.tenant_id AND l.order_id = o.id), '[]') AS lines,
            count(*) OVER ()::int AS total
       FROM module_orders o JOIN tenants t ON t.id = o.tenant_id
       ${filter}
      ORDER BY o.created_at DESC, o.id
      LIMIT $3 OFFSET $4`,
    [...params, page.limit, page.offset],
  );
  const total = await pageTotal(client, rows, page.offset, `SELECT count(*)::int AS n FROM module_orders o ${filter}`, params);
  return {
    items: rows.map((r) => ({
      tenantId: r.tenant_id,
      companyName: r.company_name,
      id: r.id,
      number: r.number,
      status: r.status,
      provider: r.provider,
      // bigint arrives as text; amounts are safe integers where they enter, so this is exact
      amountFen: Number(r.amount_fen),
      currency: 'CNY' as const,
      createdAt: r.created_at.toISOString(),
      paidAt: r.paid_at?.toISOString() ?? null,
      cancelledAt: r.cancelled_at?.toISOString() ?? null,
      lines: r.lines.map((l) => ({ plugin: l.plugin, planKey: l.plan_key, period: l.period, amountFen: Number(l.amount_fen) })),
    })),
    total,
  };
}
