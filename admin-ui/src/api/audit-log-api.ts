import type { AuditEntryView } from '@tessera/schemas';
import { apiDownload, apiRequest, type DownloadedFile, type QueryValue } from './api-request.ts';
import type { ListQuery, ListResult } from './list-result.ts';

export type { AuditEntryView } from '@tessera/schemas';
export type AuditOutcome = AuditEntryView['outcome'];

export function listAuditLog(query: ListQuery): Promise<ListResult<AuditEntryView>> {
  return apiRequest<ListResult<AuditEntryView>>('/api/audit-log', { query });
}

/** The entries matching `filters` as CSV (no paging: the server streams every match). */
export function exportAuditLog(filters: Record<string, QueryValue>, fallbackName: string): Promise<DownloadedFile> {
  return apiDownload('/api/audit-log/export', fallbackName, { query: { ...filters, format: 'csv' } });
}
