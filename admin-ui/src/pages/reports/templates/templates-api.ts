import type { dashboardTemplateCopied, dashboardTemplateList, reportTemplateList } from '@tessera/schemas/report-template';
import type { FromSchema } from 'json-schema-to-ts';
import { apiRequest } from '../../../api/api-request.ts';
import type { ReportView } from '../reports-api.ts';

export type ReportTemplate = FromSchema<typeof reportTemplateList>['items'][number];
export type DashboardTemplate = FromSchema<typeof dashboardTemplateList>['items'][number];
export type DashboardTemplateCopied = FromSchema<typeof dashboardTemplateCopied>;

const copyPath = (kind: 'report' | 'dashboard', key: string) => `/api/${kind}-templates/${encodeURIComponent(key)}/copy`;

/** The report templates over datasets the reader may use (the core's and their enabled modules'). */
export function listReportTemplates(): Promise<ReportTemplate[]> {
  return apiRequest<{ items: ReportTemplate[] }>('/api/report-templates').then((list) => list.items);
}

/** Copies the template into a report of the company's own; without a title it takes the template's. */
export function copyReportTemplate(key: string, title: string | undefined): Promise<ReportView> {
  return apiRequest<ReportView>(copyPath('report', key), { method: 'POST', body: title ? { title } : {} });
}

/** The dashboard templates all of whose widgets' datasets the reader may use. */
export function listDashboardTemplates(): Promise<DashboardTemplate[]> {
  return apiRequest<{ items: DashboardTemplate[] }>('/api/dashboard-templates').then((list) => list.items);
}

/** Copies the dashboard and a report per widget, in one go. */
export function copyDashboardTemplate(key: string, title: string | undefined): Promise<DashboardTemplateCopied> {
  return apiRequest<DashboardTemplateCopied>(copyPath('dashboard', key), { method: 'POST', body: title ? { title } : {} });
}
