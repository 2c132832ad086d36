import { apiDownload, apiRequest, type DownloadedFile } from '../../../api/api-request.ts';
import type { ReportRunOptions } from '../reports-api.ts';

export const exportFormats = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** An export as `POST /api/reports/:id/exports` and `GET /api/report-exports/:id` answer (only what the page reads). */
export interface ReportExport {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  file: { id: string; name: string; size: number } | null;
  problem: { code?: string; title?: string; detail?: string } | null;
}

/** Queues the export of the report as drilled down now (its filters and dimensions). */
export function startExport(reportId: string, format: ExportFormat, options: ReportRunOptions): Promise<ReportExport> {
  return apiRequest<ReportExport>(`/api/reports/${encodeURIComponent(reportId)}/exports`, { method: 'POST', body: { format, ...options } });
}

export function fetchExport(id: string): Promise<ReportExport> {
  return apiRequest<ReportExport>(`/api/report-exports/${encodeURIComponent(id)}`);
}

export function downloadExportFile(file: { id: string; name: string }): Promise<DownloadedFile> {
  return apiDownload(`/api/files/${encodeURIComponent(file.id)}`, file.name);
}
