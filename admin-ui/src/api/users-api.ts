import type { MemberAccessUpdate, MemberView } from '@tessera/schemas';
import { apiRequest } from './api-request.ts';
import type { ListQuery, ListResult } from './list-result.ts';

export type { MemberAccessUpdate, MemberView } from '@tessera/schemas';

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export function listUsers(query: ListQuery): Promise<ListResult<MemberView>> {
  return apiRequest<ListResult<MemberView>>('/api/users', { query });
}

/** Roles, departments and scope attributes of one member. */
export function updateMemberAccess(id: string, body: MemberAccessUpdate): Promise<MemberView> {
  return apiRequest<MemberView>(userPath(id), { method: 'PATCH', body });
}

export function removeUser(id: string): Promise<void> {
  return apiRequest<void>(userPath(id), { method: 'DELETE' });
}
