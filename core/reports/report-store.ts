import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReportView } from '@tessera/schemas/report';

type Json = Record<string, unknown>;

interface ReportRow {
  id: string;
  title: string;
  description: string;
  dataset_key: string;
  query: Json;
  chart: Json;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const columns = 'id, title, description, dataset_key, query, chart, created_by, created_at, updated_at';

const toReport = (row: ReportRow): ReportView => ({
  id: row.id,
  title: row.title,
  description: row.description,
  dataset: row.dataset_key,
  query: row.query,
  chart: row.chart,
  createdBy: row.created_by,
  createdAt: new Date(row.created_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
});

export async function findReport(em: EntityManager, id: string): Promise<ReportView | undefined> {
  const [row] = await em.execute<ReportRow[]>(`SELECT ${columns} FROM reports WHERE id = ?`, [id]);
  return row ? toReport(row) : undefined;
}

export async function listReports(
  em: EntityManager,
  query: { search?: string; dataset?: string; limit: number; offset: number },
): Promise<{ rows: ReportView[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.search) {
    where.push('title ILIKE ?');
    params.push(`%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (query.dataset) {
    where.push('dataset_key = ?');
    params.push(query.dataset);
  }
  const rows = await em.execute<(ReportRow & { total: string })[]>(
    `SELECT ${columns}, count(*) OVER () AS total FROM reports ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?`,
    [...params, query.limit, query.offset],
  );
  return { rows: rows.map(toReport), total: Number(rows[0]?.total ?? 0) };
}

export interface ReportValues {
  title: string;
  description: string;
  dataset: string;
  query: Json;
  chart: Json;
}

export async function insertReport(em: EntityManager, report: ReportValues & { tenantId: string; id: string; createdBy: string }): Promise<void> {
  await em.execute(
    `INSERT INTO reports (tenant_id, id, title, description, dataset_key, query, chart, created_by) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)`,
    [report.tenantId, report.id, report.title, report.description, report.dataset, JSON.stringify(report.query), JSON.stringify(report.chart), report.createdBy],
  );
}

export async function updateReport(em: EntityManager, id: string, report: ReportValues): Promise<void> {
  await em.execute(
    `UPDATE reports SET title = ?, description = ?, dataset_key = ?, query = ?::jsonb, chart = ?::jsonb, updated_at = now() WHERE id = ?`,
    [report.title, report.description, report.dataset, JSON.stringify(report.query), JSON.stringify(report.chart), id],
  );
}

export async function deleteReport(em: EntityManager, id: string): Promise<void> {
  await em.execute('DELETE FROM reports WHERE id = ?', [id]);
}
