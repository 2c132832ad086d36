import type { ProfileUpdate, SessionView, SignInBody, SignUpBody, UserView } from '@tessera/schemas';
import { apiRequest } from './api-request.ts';

// Shapes come from the server's JSON Schemas (schemas/), the one definition of each request and view.
export type { SessionView, SignUpBody } from '@tessera/schemas';
export type UserLocale = SessionView['user']['locale'];

export function fetchSession(): Promise<SessionView> {
  return apiRequest<SessionView>('/api/auth/session', { redirectOn401: false });
}

export function signIn(body: SignInBody): Promise<SessionView> {
  return apiRequest<SessionView>('/api/auth/sign-in', { method: 'POST', body, redirectOn401: false });
}

export function signUp(body: SignUpBody): Promise<SessionView> {
  return apiRequest<SessionView>('/api/auth/sign-up', { method: 'POST', body, redirectOn401: false });
}

export function signOut(): Promise<void> {
  return apiRequest<void>('/api/auth/sign-out', { method: 'POST', redirectOn401: false });
}

export function switchTenant(tenantId: string): Promise<SessionView> {
  return apiRequest<SessionView>('/api/auth/switch-tenant', { method: 'POST', body: { tenantId } });
}

export function updateProfile(body: ProfileUpdate): Promise<UserView> {
  return apiRequest<UserView>('/api/auth/profile', { method: 'PATCH', body, redirectOn401: false });
}
