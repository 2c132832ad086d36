import type { EntityManager } from '@mikro-orm/postgresql';
import type { DatasetDimension, DatasetFilter } from '@tessera/schemas/dataset';
import type { ReportExportView } from '@tessera/schemas/report-export';
import type { Locale } from '../../i18n/translate.ts';

export type ReportExportFormat = ReportExportView['format'];
type Vars = Record<string, string | number>;

/** An export as stored: what to run, for whom, and how far it got. */
export interface ReportExportRecord {
  id: string;
  reportId: string;
  format: ReportExportFormat;
  options: { filters?: DatasetFilter[]; dimensions?: DatasetDimension[] };
  locale: Locale;
  status: ReportExportView['status'];
  progress: number;
  rowCount: number | null;
  file: { id: string; name: string; size: number } | null;
  problem: { code: string; vars: Vars } | null;
  requestedBy: string;
  tokenId: string | null;
  createdAt: string;
  finishedAt: string | null;
}

interface ExportRow {
  id: string;
  report_id: string;
  format: ReportExportFormat;
  options: ReportExportRecord['options'];
  locale: Locale;
  status: ReportExportView['status'];
  progress: number;
  row_count: number | null;
  file_id: string | null;
  file_name: string | null;
  file_size: number | null;
  problem_code: string | null;
  problem_vars: Vars | null;
  requested_by: string;
  token_id: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const selectSql = `SELECT e.id, e.report_id, e.format, e.options, e.locale, e.status, e.progress, e.row_count, e.file_id,
  f.name AS file_name, f.size AS file_size, e.problem_code, e.problem_vars, e.requested_by, e.token_id, e.created_at, e.finished_at
  FROM report_exports e LEFT JOIN files f ON f.tenant_id = e.tenant_id AND f.id = e.file_id`;

const toRecord = (row: ExportRow): ReportExportRecord => ({
  id: row.id,
  reportId: row.report_id,
  format: row.format,
  options: row.options,
  locale: row.locale,
  status: row.status,
  progress: row.progress,
  rowCount: row.row_count,
  file: row.file_id && row.file_name !== null ? { id: row.file_id, name: row.file_name, size: row.file_size ?? 0 } : null,
  problem: row.problem_code ? { code: row.problem_code, vars: row.problem_vars ?? {} } : null,
  requestedBy: row.requested_by,
  tokenId: row.token_id,
  createdAt: new Date(row.created_at).toISOString(),
  finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
});

export async function insertReportExport(
  em: EntityManager,
  values: Pick<ReportExportRecord, 'id' | 'reportId' | 'format' | 'options' | 'locale' | 'requestedBy' | 'tokenId'> & { tenantId: string },
): Promise<void> {
  await em.execute(
    `INSERT INTO report_exports (tenant_id, id, report_id, format, options, locale, requested_by, token_id) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?)`,
    [values.tenantId, values.id, values.reportId, values.format, JSON.stringify(values.options), values.locale, values.requestedBy, values.tokenId],
  );
}

/** One export of the company; with `requestedBy`, only if that user asked for it. */
export async function findReportExport(em: EntityManager, id: string, requestedBy?: string): Promise<ReportExportRecord | undefined> {
  const [row] = await em.execute<ExportRow[]>(
    `${selectSql} WHERE e.id = ?${requestedBy === undefined ? '' : ' AND e.requested_by = ?'}`,
    requestedBy === undefined ? [id] : [id, requestedBy],
  );
  return row ? toRecord(row) : undefined;
}

/** A user's own exports, newest first, optionally of one report. */
export async function listReportExports(
  em: EntityManager,
  query: { requestedBy: string; reportId?: string; limit: number; offset: number },
): Promise<{ rows: ReportExportRecord[]; total: number }> {
  const params: unknown[] = [query.requestedBy];
  let where = 'e.requested_by = ?';
  if (query.reportId) {
    where += ' AND e.report_id = ?';
    params.push(query.reportId);
  }
  const rows = await em.execute<(ExportRow & { total: string })[]>(
    `${selectSql.replace('SELECT ', 'SELECT count(*) OVER () AS total, ')} WHERE ${where} ORDER BY e.created_at DESC, e.id DESC LIMIT ? OFFSET ?`,
    [...params, query.limit, query.offset],
  );
  return { rows: rows.map(toRecord), total: Number(rows[0]?.total ?? 0) };
}

/** Moves an unfinished export on; a finished one (done or failed) is never changed again. */
export async function updateReportExportProgress(em: EntityManager, id: string, status: 'queued' | 'running', progress: number): Promise<void> {
  await em.execute(`UPDATE report_exports SET status = ?, progress = ? WHERE id = ? AND status IN ('queued', 'running')`, [status, progress, id]);
}

export async function finishReportExport(em: EntityManager, id: string, done: { fileId: string; rowCount: number }): Promise<void> {
  await em.execute(
    `UPDATE report_exports SET status = 'done', progress = 100, file_id = ?, row_count = ?, finished_at = now() WHERE id = ? AND status IN ('queued', 'running')`,
    [done.fileId, done.rowCount, id],
  );
}

export async function failReportExport(em: EntityManager, id: string, problem: { code: string; vars: Vars }): Promise<void> {
  await em.execute(
    `UPDATE report_exports SET status = 'failed', problem_code = ?, problem_vars = ?::jsonb, finished_at = now() WHERE id = ? AND status IN ('queued', 'running')`,
    [problem.code, JSON.stringify(problem.vars), id],
  );
}
