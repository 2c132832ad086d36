import type { OperatorAuditListQuery, OperatorAuditView } from '@tessera/schemas/operator';
import type pg from 'pg';
import type { OperatorVia } from './operator-audit.ts';
import { pageTotal } from './page-total.ts';

interface AuditRow {
  id: string;
  created_at: Date;
  operator_id: string | null;
  operator_email: string | null;
  operator_name: string | null;
  action: string;
  company_id: string | null;
  company_name: string | null;
  target: string | null;
  reason: string | null;
  detail: Record<string, unknown>;
  total: number;
}

/** The operator audit log, newest first, with each row's operator account and company name. */
export async function listOperatorAudit(
  client: pg.ClientBase,
  query: OperatorAuditListQuery,
  page: { limit: number; offset: number },
): Promise<{ items: OperatorAuditView[]; total: number }> {
  const filter = 'WHERE ($1::text IS NULL OR a.action = $1) AND ($2::uuid IS NULL OR a.company_id = $2)';
  const params = [query.action ?? null, query.tenantId ?? null];
  const { rows } = await client.query<AuditRow>(
    `SELECT a.id, a.created_at, a.operator_id, o.email AS operator_email, o.display_name AS operator_name,
            a.action, a.company_id, t.name AS company_name, a.target, a.reason, a.detail, count(*) OVER ()::int AS total
       FROM operator_audit_log a
       LEFT JOIN operators o ON o.id = a.operator_id
       LEFT JOIN tenants t ON t.id = a.company_id
       ${filter}
      ORDER BY a.created_at DESC, a.id DESC
      LIMIT $3 OFFSET $4`,
    [...params, page.limit, page.offset],
  );
  const total = await pageTotal(client, rows, page.offset, `SELECT count(*)::int AS n FROM operator_audit_log a ${filter}`, params);
  return {
    items: rows.map(({ detail: { via, ...detail }, ...r }) => ({
      id: r.id,
      createdAt: r.created_at.toISOString(),
      operator: r.operator_id ? { id: r.operator_id, email: r.operator_email ?? '', displayName: r.operator_name ?? '' } : null,
      via: (via === 'token' || via === 'cli' ? via : 'session') satisfies OperatorVia,
      action: r.action,
      tenantId: r.company_id,
      companyName: r.company_name,
      target: r.target,
      reason: r.reason,
      detail,
    })),
    total,
  };
}
