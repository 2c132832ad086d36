import type { EntityManager } from '@mikro-orm/postgresql';
import type { DashboardView } from '@tessera/schemas/dashboard';

interface DashboardRow {
  id: string;
  title: string;
  description: string;
  widgets: DashboardView['widgets'];
  filters: DashboardView['filters'];
  refresh_seconds: number;
  default_for_roles: string[];
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const columns = 'id, title, description, widgets, filters, refresh_seconds, default_for_roles, created_by, created_at, updated_at';

const toDashboard = (row: DashboardRow): DashboardView => ({
  id: row.id,
  title: row.title,
  description: row.description,
  widgets: row.widgets,
  filters: row.filters,
  refreshSeconds: row.refresh_seconds,
  defaultForRoles: row.default_for_roles,
  createdBy: row.created_by,
  createdAt: new Date(row.created_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
});

export type DashboardValues = Pick<DashboardView, 'title' | 'description' | 'widgets' | 'filters' | 'refreshSeconds' | 'defaultForRoles'>;

export async function findDashboard(em: EntityManager, id: string): Promise<DashboardView | undefined> {
  const [row] = await em.execute<DashboardRow[]>(`SELECT ${columns} FROM dashboards WHERE id = ?`, [id]);
  return row ? toDashboard(row) : undefined;
}

/** The dashboard a member holding `roles` opens first: the newest made default for one of them. */
export async function homeDashboard(em: EntityManager, roles: readonly string[]): Promise<DashboardView | undefined> {
  const [row] = await em.execute<DashboardRow[]>(
    `SELECT ${columns} FROM dashboards WHERE default_for_roles && ARRAY[?]::text[] ORDER BY updated_at DESC, id DESC LIMIT 1`,
    [roles.length > 0 ? [...roles] : ['']],
  );
  return row ? toDashboard(row) : undefined;
}

export async function listDashboards(em: EntityManager, query: { search?: string; limit: number; offset: number }) {
  const search = query.search ? `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await em.execute<(DashboardRow & { total: string })[]>(
    `SELECT ${columns}, count(*) OVER () AS total FROM dashboards ${search ? 'WHERE title ILIKE ?' : ''}
     ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?`,
    [...(search ? [search] : []), query.limit, query.offset],
  );
  return { rows: rows.map(toDashboard), total: Number(rows[0]?.total ?? 0) };
}

const writeValues = (dashboard: DashboardValues) => [
  dashboard.title,
  dashboard.description,
  JSON.stringify(dashboard.widgets),
  JSON.stringify(dashboard.filters),
  dashboard.refreshSeconds,
  [...dashboard.defaultForRoles],
];

export async function insertDashboard(em: EntityManager, dashboard: DashboardValues & { tenantId: string; id: string; createdBy: string }): Promise<void> {
  await em.execute(
    `INSERT INTO dashboards (tenant_id, id, title, description, widgets, filters, refresh_seconds, default_for_roles, created_by)
     VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ARRAY[?]::text[], ?)`,
    [dashboard.tenantId, dashboard.id, ...writeValues(dashboard), dashboard.createdBy],
  );
}

export async function updateDashboard(em: EntityManager, id: string, dashboard: DashboardValues): Promise<void> {
  await em.execute(
    `UPDATE dashboards SET title = ?, description = ?, widgets = ?::jsonb, filters = ?::jsonb, refresh_seconds = ?,
       default_for_roles = ARRAY[?]::text[], updated_at = now() WHERE id = ?`,
    [...writeValues(dashboard), id],
  );
}

export async function deleteDashboard(em: EntityManager, id: string): Promise<void> {
  await em.execute('DELETE FROM dashboards WHERE id = ?', [id]);
}
