import type { OperatorTenantListQuery, OperatorTenantView } from '@tessera/schemas/operator';
import type pg from 'pg';
import { pageTotal } from './page-total.ts';

const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface CompanyRow {
  id: string;
  name: string;
  slug: string;
  created_at: Date;
  member_count: number;
  enabled_modules: string[];
  active_entitlements: number;
  total: number;
}

/**
 * A page of companies for the operator console, newest first, read past RLS as the owner (read-only).
 * Each figure is counted per company by its own `tenant_id`, with no join between companies.
 */
export async function listCompanies(
  client: pg.ClientBase,
  query: OperatorTenantListQuery,
  page: { limit: number; offset: number },
  now: Date,
): Promise<{ items: OperatorTenantView[]; total: number }> {
  const search = query.search?.trim() ?? '';
  const filter = `WHERE $1 = '' OR t.name ILIKE $2 OR t.slug ILIKE $2`;
  const params = [search, likePattern(search)];
  const { rows } = await client.query<CompanyRow>(
    `SELECT t.id, t.name, t.slug, t.created_at,
            (SELECT count(*)::int FROM memberships m WHERE m.tenant_id = t.id) AS member_count,
            array(SELECT p.plugin FROM tenant_plugins p WHERE p.tenant_id = t.id AND p.enabled ORDER BY p.plugin) AS enabled_modules,
            (SELECT count(*)::int FROM entitlements e WHERE e.tenant_id = t.id AND (e.ends_at IS NULL OR e.ends_at > $3)) AS active_entitlements,
            count(*) OVER ()::int AS total
       FROM tenants t
      ${filter}
      ORDER BY t.created_at DESC, t.id
      LIMIT $4 OFFSET $5`,
    [...params, now, page.limit, page.offset],
  );
  const total = await pageTotal(client, rows, page.offset, `SELECT count(*)::int AS n FROM tenants t ${filter}`, params);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      slug: r.slug,
      createdAt: r.created_at.toISOString(),
      memberCount: r.member_count,
      enabledModules: r.enabled_modules,
      activeEntitlements: r.active_entitlements,
    })),
    total,
  };
}

