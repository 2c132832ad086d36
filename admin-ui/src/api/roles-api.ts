import type { RoleCreate, RoleUpdate, RoleView } from '@tessera/schemas';
import { apiRequest } from './api-request.ts';
import type { ListQuery, ListResult } from './list-result.ts';

export type { RoleCreate, RoleUpdate, RoleView } from '@tessera/schemas';

const rolePath = (id: string) => `/api/roles/${encodeURIComponent(id)}`;

export function listRoles(query: ListQuery): Promise<ListResult<RoleView>> {
  return apiRequest<ListResult<RoleView>>('/api/roles', { query });
}

export function fetchRole(id: string): Promise<RoleView> {
  return apiRequest<RoleView>(rolePath(id));
}

export function createRole(body: RoleCreate): Promise<RoleView> {
  return apiRequest<RoleView>('/api/roles', { method: 'POST', body });
}

export function updateRole(id: string, body: RoleUpdate): Promise<RoleView> {
  return apiRequest<RoleView>(rolePath(id), { method: 'PATCH', body });
}

export function deleteRole(id: string): Promise<void> {
  return apiRequest<void>(rolePath(id), { method: 'DELETE' });
}
