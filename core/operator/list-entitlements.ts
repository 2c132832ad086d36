import type { OperatorEntitlementListQuery, OperatorEntitlementView } from '@tessera/schemas/operator-market';
import type pg from 'pg';
import type { EntitlementSource } from '../marketplace/entitlements.ts';
import { pageTotal } from './page-total.ts';

interface EntitlementRow {
  tenant_id: string;
  company_name: string;
  plugin: string;
  source: EntitlementSource;
  starts_at: Date;
  ends_at: Date | null;
  grace_days: number;
  updated_at: Date;
  total: number;
}

/** Entitlements of every company (or one, or to one module), last changed first; read past RLS as the owner. */
export async function listEntitlements(
  client: pg.ClientBase,
  query: OperatorEntitlementListQuery,
  page: { limit: number; offset: number },
  now: Date,
): Promise<{ items: OperatorEntitlementView[]; total: number }> {
  const filter = `WHERE ($1::uuid IS NULL OR e.tenant_id = $1) AND ($2::text IS NULL OR e.plugin = $2)
      AND ($3::text IS NULL OR ($3 = 'active') = (e.ends_at IS NULL OR e.ends_at > $4))`;
  const params = [query.tenantId ?? null, query.plugin ?? null, query.status ?? null, now];
  const { rows } = await client.query<EntitlementRow>(
    `SELECT e.tenant_id, t.name AS company_name, e.plugin, e.source, e.starts_at, e.ends_at, e.grace_days, e.updated_at,
            count(*) OVER ()::int AS total
       FROM entitlements e JOIN tenants t ON t.id = e.tenant_id
       ${filter}
      ORDER BY e.updated_at DESC, e.tenant_id, e.plugin
      LIMIT $5 OFFSET $6`,
    [...params, page.limit, page.offset],
  );
  const total = await pageTotal(client, rows, page.offset, `SELECT count(*)::int AS n FROM entitlements e ${filter}`, params);
  return {
    items: rows.map((r) => ({
      tenantId: r.tenant_id,
      companyName: r.company_name,
      plugin: r.plugin,
      source: r.source,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at?.toISOString() ?? null,
      graceDays: r.grace_days,
      active: r.ends_at === null || r.ends_at > now,
      updatedAt: r.updated_at.toISOString(),
    })),
    total,
  };
}
