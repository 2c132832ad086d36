import type { dashboardCreate, dashboardPage, dashboardRun, dashboardRunBody, dashboardView } from '@tessera/schemas/dashboard';
import type { datasetResult, datasetView } from '@tessera/schemas/dataset';
import type { reportRunOptions } from '@tessera/schemas/report';
import type { FromSchema } from 'json-schema-to-ts';
import { apiRequest } from './api-request.ts';
import type { ListQuery, ListResult } from './list-result.ts';

export type DashboardView = FromSchema<typeof dashboardView>;
export type DashboardSummary = FromSchema<typeof dashboardPage>['items'][number];
export type DashboardCreate = FromSchema<typeof dashboardCreate>;
export type DashboardWidget = DashboardView['widgets'][number];
export type DashboardFilter = DashboardView['filters'][number];
export type DashboardRunBody = FromSchema<typeof dashboardRunBody>;
export type DashboardRun = FromSchema<typeof dashboardRun>;
export type WidgetRun = DashboardRun['widgets'][number];
export type DatasetResult = FromSchema<typeof datasetResult>;
export type DatasetView = FromSchema<typeof datasetView>;
export type DatasetField = DatasetView['fields'][number];
export type ReportRunOptions = FromSchema<typeof reportRunOptions>;

const dashboardPath = (id: string) => `/api/dashboards/${encodeURIComponent(id)}`;

export function listDashboards(query: ListQuery): Promise<ListResult<DashboardSummary>> {
  return apiRequest<ListResult<DashboardSummary>>('/api/dashboards', { query });
}

export function fetchDashboard(id: string): Promise<DashboardView> {
  return apiRequest<DashboardView>(dashboardPath(id));
}

/** The dashboard the reader's roles open first; rejects with a 404 ApiError when there is none. */
export function fetchHomeDashboard(): Promise<DashboardView> {
  return apiRequest<DashboardView>('/api/dashboards/home');
}

export function createDashboard(body: DashboardCreate): Promise<DashboardView> {
  return apiRequest<DashboardView>('/api/dashboards', { method: 'POST', body });
}

export function updateDashboard(id: string, body: DashboardCreate): Promise<DashboardView> {
  return apiRequest<DashboardView>(dashboardPath(id), { method: 'PATCH', body });
}

export function deleteDashboard(id: string): Promise<void> {
  return apiRequest<void>(dashboardPath(id), { method: 'DELETE' });
}

/** Every widget in one round: a result per widget, or the problem that widget ran into. */
export function runDashboard(id: string, body: DashboardRunBody): Promise<DashboardRun> {
  return apiRequest<DashboardRun>(`${dashboardPath(id)}/run`, { method: 'POST', body });
}
