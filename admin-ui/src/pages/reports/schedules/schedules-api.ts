import type {
  ReportScheduleCreate,
  ReportScheduleRunView,
  ReportScheduleUpdate,
  ReportScheduleView,
  reportScheduleRunAccepted,
} from '@tessera/schemas/report-schedule';
import type { FromSchema } from 'json-schema-to-ts';
import { apiRequest } from '../../../api/api-request.ts';
import type { ListResult } from '../../../api/list-result.ts';

export type { ReportScheduleCreate, ReportScheduleRunView, ReportScheduleUpdate, ReportScheduleView };
export type RunAccepted = FromSchema<typeof reportScheduleRunAccepted>;

export interface PageArgs {
  page: number;
  pageSize: number;
}

const schedulesPath = '/api/report-schedules';
const schedulePath = (id: string) => `${schedulesPath}/${encodeURIComponent(id)}`;

/** A report's schedules, newest first. */
export function listSchedules(reportId: string, page: PageArgs): Promise<ListResult<ReportScheduleView>> {
  return apiRequest<ListResult<ReportScheduleView>>(schedulesPath, { query: { reportId, ...page } });
}

export function createSchedule(body: ReportScheduleCreate): Promise<ReportScheduleView> {
  return apiRequest<ReportScheduleView>(schedulesPath, { method: 'POST', body });
}

export function updateSchedule(id: string, body: ReportScheduleUpdate): Promise<ReportScheduleView> {
  return apiRequest<ReportScheduleView>(schedulePath(id), { method: 'PATCH', body });
}

export function deleteSchedule(id: string): Promise<void> {
  return apiRequest<void>(schedulePath(id), { method: 'DELETE' });
}

/** A schedule's runs, newest first. */
export function listRuns(id: string, page: PageArgs): Promise<ListResult<ReportScheduleRunView>> {
  return apiRequest<ListResult<ReportScheduleRunView>>(`${schedulePath(id)}/runs`, { query: { ...page } });
}

/** 立即执行: queues a run (also of a disabled schedule); the answer names the run the history will show. */
export function runScheduleNow(id: string): Promise<RunAccepted> {
  return apiRequest<RunAccepted>(`${schedulePath(id)}/run-now`, { method: 'POST' });
}

/** Where a run's file downloads (the browser sends the session cookie; the answer names the file). */
export const fileDownloadPath = (fileId: string) => `/api/files/${encodeURIComponent(fileId)}`;
