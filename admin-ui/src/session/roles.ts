import type { SessionView } from '../api/auth-api.ts';

/** Owners and admins manage the company: settings, members, invitations and API tokens. */
export function canManageTenant(session: SessionView): boolean {
  return session.role === 'owner' || session.role === 'admin';
}
