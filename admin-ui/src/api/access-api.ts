import type { AccessCatalog, AccessPreview } from '@tessera/schemas';
import { apiRequest } from './api-request.ts';

export type { AccessCatalog, AccessPreview, AccessRule, SubjectView } from '@tessera/schemas';
export type PreviewCell = AccessPreview['cells'][number];
export type ScopeAttribute = AccessCatalog['attributes'][number];

/** Subjects, actions, fields and data scopes the role editor offers, titled in the caller's language. */
export function fetchAccessCatalog(): Promise<AccessCatalog> {
  return apiRequest<AccessCatalog>('/api/access/catalog');
}

/** What one member may do, cell by cell ("test as user"). */
export function fetchAccessPreview(userId: string): Promise<AccessPreview> {
  return apiRequest<AccessPreview>('/api/access/preview', { query: { userId } });
}
