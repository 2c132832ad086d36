import type { MemberView } from '@tessera/schemas';
import { apiRequest } from './api-request.ts';
import type { ListQuery, ListResult } from './list-result.ts';

export type { MemberView } from '@tessera/schemas';

export function listUsers(query: ListQuery): Promise<ListResult<MemberView>> {
  return apiRequest<ListResult<MemberView>>('/api/users', { query });
}

export function removeUser(id: string): Promise<void> {
  return apiRequest<void>(`/api/users/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
