import type {
  OptionCreate,
  OptionSetCreate,
  OptionSetImport,
  OptionSetImportResult,
  OptionSetSummary,
  OptionSetUpdate,
  OptionSetView,
  OptionUpdate,
  OptionView,
} from '@tessera/schemas/option-set';
import { apiDownload, apiRequest, type DownloadedFile } from './api-request.ts';
import type { ListQuery, ListResult } from './list-result.ts';

export type { OptionSetFile, OptionSetImport, OptionSetImportResult, OptionSetSummary, OptionSetView, OptionView } from '@tessera/schemas/option-set';

const setPath = (key: string) => `/api/option-sets/${encodeURIComponent(key)}`;
const optionPath = (key: string, value: string) => `${setPath(key)}/options/${encodeURIComponent(value)}`;

export function listOptionSets(query: ListQuery): Promise<ListResult<OptionSetSummary>> {
  return apiRequest<ListResult<OptionSetSummary>>('/api/option-sets', { query });
}

/** The set with its options, parents before children, siblings in order. */
export function fetchOptionSet(key: string): Promise<OptionSetView> {
  return apiRequest<OptionSetView>(setPath(key));
}

export function createOptionSet(body: OptionSetCreate): Promise<OptionSetView> {
  return apiRequest<OptionSetView>('/api/option-sets', { method: 'POST', body });
}

export function updateOptionSet(key: string, body: OptionSetUpdate): Promise<OptionSetView> {
  return apiRequest<OptionSetView>(setPath(key), { method: 'PATCH', body });
}

/** Refused (409) while records or forms use the set, or while the module that declared it is installed. */
export function deleteOptionSet(key: string): Promise<void> {
  return apiRequest<void>(setPath(key), { method: 'DELETE' });
}

export function createOption(key: string, body: OptionCreate): Promise<OptionView> {
  return apiRequest<OptionView>(`${setPath(key)}/options`, { method: 'POST', body });
}

export function updateOption(key: string, value: string, body: OptionUpdate): Promise<OptionView> {
  return apiRequest<OptionView>(optionPath(key, value), { method: 'PATCH', body });
}

/** Deletes the option and its sub-options; refused (409, with the count) while records use any of them. */
export function deleteOption(key: string, value: string): Promise<void> {
  return apiRequest<void>(optionPath(key, value), { method: 'DELETE' });
}

/** `values` is every child of `parentValue` (null: the top level) in their new order. */
export function reorderOptions(key: string, parentValue: string | null, values: string[]): Promise<OptionSetView> {
  return apiRequest<OptionSetView>(`${setPath(key)}/reorder`, { method: 'POST', body: { parentValue, values } });
}

export function exportOptionSet(key: string, format: 'json' | 'xlsx'): Promise<DownloadedFile> {
  return apiDownload(`${setPath(key)}/export`, `${key}.${format}`, { query: { format } });
}

export function importOptionSet(key: string, body: OptionSetImport): Promise<OptionSetImportResult> {
  return apiRequest<OptionSetImportResult>(`${setPath(key)}/import`, { method: 'POST', body });
}
