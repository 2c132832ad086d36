import type { ApiTokenCreate, ApiTokenIssued, ApiTokenView } from '@tessera/schemas';
import { apiRequest } from './api-request.ts';
import type { ListQuery, ListResult } from './list-result.ts';

export type { ApiTokenIssued, ApiTokenView } from '@tessera/schemas';
export type TokenRole = ApiTokenView['role'];

export function listApiTokens(query: ListQuery): Promise<ListResult<ApiTokenView>> {
  return apiRequest<ListResult<ApiTokenView>>('/api/api-tokens', { query });
}

export function createApiToken(body: ApiTokenCreate): Promise<ApiTokenIssued> {
  return apiRequest<ApiTokenIssued>('/api/api-tokens', { method: 'POST', body });
}

export function revokeApiToken(id: string): Promise<void> {
  return apiRequest<void>(`/api/api-tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
