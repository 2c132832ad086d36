import type { DatasetResult, datasetList, datasetQuery, datasetView } from '@tessera/schemas/dataset';
import type { reportChart, reportCreate, reportPage, reportRecords, reportRecordsOptions, reportRun, reportRunOptions, reportView } from '@tessera/schemas/report';
import type { FromSchema } from 'json-schema-to-ts';
import { apiRequest } from '../../api/api-request.ts';
import type { ListQuery, ListResult } from '../../api/list-result.ts';

export type DatasetSummary = FromSchema<typeof datasetList>['items'][number];
export type DatasetView = FromSchema<typeof datasetView>;
export type DatasetField = DatasetView['fields'][number];
export type DatasetQuery = FromSchema<typeof datasetQuery>;
export type { DatasetResult };
export type ResultColumn = DatasetResult['columns'][number];
export type ReportChartSpec = FromSchema<typeof reportChart>;
export type ReportCreate = FromSchema<typeof reportCreate>;
export type ReportView = FromSchema<typeof reportView>;
export type ReportSummary = FromSchema<typeof reportPage>['items'][number];
export type ReportRun = FromSchema<typeof reportRun>;
export type ReportRunOptions = FromSchema<typeof reportRunOptions>;
export type ReportRecordsOptions = FromSchema<typeof reportRecordsOptions>;
export type ReportRecords = FromSchema<typeof reportRecords>;

const reportPath = (id: string) => `/api/reports/${encodeURIComponent(id)}`;
const datasetPath = (key: string) => `/api/datasets/${encodeURIComponent(key)}`;

export function listDatasets(): Promise<DatasetSummary[]> {
  return apiRequest<{ items: DatasetSummary[] }>('/api/datasets').then((list) => list.items);
}

/** The dataset's fields with their types and, for option fields, value → label. */
export function fetchDataset(key: string): Promise<DatasetView> {
  return apiRequest<DatasetView>(datasetPath(key));
}

export function queryDataset(key: string, query: DatasetQuery): Promise<DatasetResult> {
  return apiRequest<DatasetResult>(`${datasetPath(key)}/query`, { method: 'POST', body: query });
}

export function listReports(query: ListQuery): Promise<ListResult<ReportSummary>> {
  return apiRequest<ListResult<ReportSummary>>('/api/reports', { query });
}

export function fetchReport(id: string): Promise<ReportView> {
  return apiRequest<ReportView>(reportPath(id));
}

export function createReport(body: ReportCreate): Promise<ReportView> {
  return apiRequest<ReportView>('/api/reports', { method: 'POST', body });
}

export function updateReport(id: string, body: ReportCreate): Promise<ReportView> {
  return apiRequest<ReportView>(reportPath(id), { method: 'PATCH', body });
}

export function deleteReport(id: string): Promise<void> {
  return apiRequest<void>(reportPath(id), { method: 'DELETE' });
}

/** Runs the report with the reader's access; drill-down adds filters and replaces its dimensions. */
export function runReport(id: string, options: ReportRunOptions = {}): Promise<ReportRun> {
  return apiRequest<ReportRun>(`${reportPath(id)}/run`, { method: 'POST', body: options });
}

/** The rows behind the report's numbers (its own filters and these), a page at a time, with the reader's access. */
export function fetchReportRecords(id: string, options: ReportRecordsOptions): Promise<ReportRecords> {
  return apiRequest<ReportRecords>(`${reportPath(id)}/records`, { method: 'POST', body: options });
}
