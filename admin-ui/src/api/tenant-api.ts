import type { TenantUpdate, TenantView } from '@tessera/schemas';
import { apiRequest } from './api-request.ts';

export type { TenantUpdate, TenantView } from '@tessera/schemas';

export function fetchTenant(): Promise<TenantView> {
  return apiRequest<TenantView>('/api/tenant');
}

export function updateTenant(body: TenantUpdate): Promise<TenantView> {
  return apiRequest<TenantView>('/api/tenant', { method: 'PATCH', body });
}
