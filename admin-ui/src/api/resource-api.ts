import { apiRequest, type QueryValue } from './api-request.ts';
import type { ListResult } from './list-result.ts';

/**
 * A record of a plugin resource: its `id` and the fields the user may read. The fields are only known at
 * run time, from the resource's schema (`ResourceView.schema`).
 */
export interface ResourceRecord {
  id: string;
  [field: string]: unknown;
}

const recordPath = (apiPath: string, id: string) => `${apiPath}/${encodeURIComponent(id)}`;

/** `page`, `pageSize`, `sort`, `search` and the resource's filters (`<field>`, `<field>From`, `<field>To`). */
export function listRecords(apiPath: string, query: Record<string, QueryValue>): Promise<ListResult<ResourceRecord>> {
  return apiRequest<ListResult<ResourceRecord>>(apiPath, { query });
}

export function getRecord(apiPath: string, id: string): Promise<ResourceRecord> {
  return apiRequest<ResourceRecord>(recordPath(apiPath, id));
}

export function createRecord(apiPath: string, body: Record<string, unknown>): Promise<ResourceRecord> {
  return apiRequest<ResourceRecord>(apiPath, { method: 'POST', body });
}

/** Sends only the changed writable fields. */
export function updateRecord(apiPath: string, id: string, changes: Record<string, unknown>): Promise<ResourceRecord> {
  return apiRequest<ResourceRecord>(recordPath(apiPath, id), { method: 'PATCH', body: changes });
}

export function deleteRecord(apiPath: string, id: string): Promise<void> {
  return apiRequest<void>(recordPath(apiPath, id), { method: 'DELETE' });
}

/** Runs one of the resource's `actions` on a record; the answer is the record as it is now. */
export function runRecordAction(apiPath: string, id: string, action: string): Promise<ResourceRecord> {
  return apiRequest<ResourceRecord>(`${recordPath(apiPath, id)}/actions/${encodeURIComponent(action)}`, {
    method: 'POST',
  });
}
