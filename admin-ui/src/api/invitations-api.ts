import type {
  InvitationAccept,
  InvitationCreate,
  InvitationIssued,
  InvitationPreview,
  InvitationView,
  SessionView,
} from '@tessera/schemas';
import { apiRequest } from './api-request.ts';
import type { ListQuery, ListResult } from './list-result.ts';

export type { InvitationIssued, InvitationPreview, InvitationView } from '@tessera/schemas';
export type InvitationStatus = InvitationView['status'];
export type InviteRole = InvitationView['role'];

export function listInvitations(query: ListQuery): Promise<ListResult<InvitationView>> {
  return apiRequest<ListResult<InvitationView>>('/api/invitations', { query });
}

export function createInvitation(body: InvitationCreate): Promise<InvitationIssued> {
  return apiRequest<InvitationIssued>('/api/invitations', { method: 'POST', body });
}

export function revokeInvitation(id: string): Promise<void> {
  return apiRequest<void>(`/api/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function fetchInvitationByToken(token: string): Promise<InvitationPreview> {
  return apiRequest<InvitationPreview>(`/api/invitations/by-token/${encodeURIComponent(token)}`, {
    redirectOn401: false,
  });
}

export function acceptInvitation(body: InvitationAccept): Promise<SessionView> {
  return apiRequest<SessionView>('/api/invitations/accept', { method: 'POST', body, redirectOn401: false });
}
