import type {
  formCreate,
  formPage,
  formSettings,
  formUpdate,
  formVersionView,
  formView,
  submissionEventList,
  submissionReview,
  submissionView,
} from '@tessera/schemas/form';
import type { FromSchema } from 'json-schema-to-ts';
import { apiDownload, apiRequest, type DownloadedFile } from '../../api/api-request.ts';
import type { ListQuery, ListResult } from '../../api/list-result.ts';

export type FormView = FromSchema<typeof formView>;
export type FormSummary = FromSchema<typeof formPage>['items'][number];
export type FormCreate = FromSchema<typeof formCreate>;
export type FormUpdate = FromSchema<typeof formUpdate>;
export type FormSettings = FromSchema<typeof formSettings>;
export type FormVersionView = FromSchema<typeof formVersionView>;
export type SubmissionView = FromSchema<typeof submissionView>;
export type SubmissionStatus = SubmissionView['status'];
export type SubmissionReview = FromSchema<typeof submissionReview>;
export type SubmissionEvent = FromSchema<typeof submissionEventList>['items'][number];

const formPath = (id: string) => `/api/forms/${encodeURIComponent(id)}`;
const submissionPath = (formId: string, id: string) => `${formPath(formId)}/submissions/${encodeURIComponent(id)}`;

export function listForms(query: ListQuery): Promise<ListResult<FormSummary>> {
  return apiRequest<ListResult<FormSummary>>('/api/forms', { query });
}

/** The form with its draft, `latestVersion` and whether the draft differs from it. */
export function fetchForm(id: string): Promise<FormView> {
  return apiRequest<FormView>(formPath(id));
}

export function createForm(body: FormCreate): Promise<FormView> {
  return apiRequest<FormView>('/api/forms', { method: 'POST', body });
}

export function updateForm(id: string, body: FormUpdate): Promise<FormView> {
  return apiRequest<FormView>(formPath(id), { method: 'PATCH', body });
}

/** Freezes the draft as the next version; `409 form-unchanged` when it equals the latest one. */
export function publishForm(id: string): Promise<FormVersionView> {
  return apiRequest<FormVersionView>(`${formPath(id)}/publish`, { method: 'POST' });
}

/** A published version, its option-set fields expanded to `oneOf` in the reader's language. */
export function fetchFormVersion(id: string, version: number): Promise<FormVersionView> {
  return apiRequest<FormVersionView>(`${formPath(id)}/versions/${version}`);
}

export function submitForm(id: string, data: Record<string, unknown>): Promise<SubmissionView> {
  return apiRequest<SubmissionView>(`${formPath(id)}/submissions`, { method: 'POST', body: { data } });
}

export function listSubmissions(formId: string, query: ListQuery): Promise<ListResult<SubmissionView>> {
  return apiRequest<ListResult<SubmissionView>>(`${formPath(formId)}/submissions`, { query });
}

export function fetchSubmission(formId: string, id: string): Promise<SubmissionView> {
  return apiRequest<SubmissionView>(submissionPath(formId, id));
}

export function fetchSubmissionEvents(formId: string, id: string): Promise<SubmissionEvent[]> {
  return apiRequest<{ items: SubmissionEvent[] }>(`${submissionPath(formId, id)}/events`).then((list) => list.items);
}

export function reviewSubmission(formId: string, id: string, body: SubmissionReview): Promise<SubmissionView> {
  return apiRequest<SubmissionView>(`${submissionPath(formId, id)}/review`, { method: 'POST', body });
}

export function updateSubmission(formId: string, id: string, data: Record<string, unknown>): Promise<SubmissionView> {
  return apiRequest<SubmissionView>(submissionPath(formId, id), { method: 'PATCH', body: { data } });
}

export function deleteSubmission(formId: string, id: string): Promise<void> {
  return apiRequest<void>(submissionPath(formId, id), { method: 'DELETE' });
}

export function exportSubmissions(
  formId: string,
  format: 'csv' | 'xlsx',
  status: SubmissionStatus | undefined,
): Promise<DownloadedFile> {
  return apiDownload(`${formPath(formId)}/submissions/export`, `submissions.${format}`, { query: { format, status } });
}
