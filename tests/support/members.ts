import type { AccessRule } from '@tessera/schemas/access';
import type { SessionView } from '@tessera/schemas/auth';
import { TestClient, uniqueEmail } from './test-client.ts';

export interface InvitedMember {
  client: TestClient;
  userId: string;
}

/** Invites someone as `role` through the owner's session and returns their signed-in client and user id. */
export async function inviteMember(owner: TestClient, role: string, displayName = '李四'): Promise<InvitedMember> {
  const invite = await owner.post('/api/invitations', { email: uniqueEmail('staff'), role });
  if (invite.statusCode !== 201) throw new Error(`invitation failed: ${invite.statusCode} ${invite.body}`);
  const accepted = await owner.app.inject({
    method: 'POST',
    url: '/api/invitations/accept',
    payload: { token: invite.json().token, password: 'staff-password-1', displayName },
  });
  if (accepted.statusCode !== 200) throw new Error(`accepting failed: ${accepted.statusCode} ${accepted.body}`);
  const cookie = `tessera_session=${accepted.cookies.find((c) => c.name === 'tessera_session')?.value}`;
  const session = accepted.json<SessionView>();
  return { client: new TestClient(owner.app, { cookie, csrfToken: session.csrfToken }), userId: session.user.id };
}

/** Creates a custom role through the API and returns its key. */
export async function createRole(owner: TestClient, key: string, rules: readonly AccessRule[]): Promise<string> {
  const response = await owner.post('/api/roles', { key, name: key, rules });
  if (response.statusCode !== 201) throw new Error(`role ${key} not created: ${response.statusCode} ${response.body}`);
  return key;
}

/** Sets a member's roles, departments or scope attributes through the API. */
export async function updateMemberAccess(
  owner: TestClient,
  userId: string,
  change: { roles?: string[]; departmentIds?: string[]; attributes?: Record<string, string[]> },
): Promise<void> {
  const response = await owner.patch(`/api/users/${userId}`, change);
  if (response.statusCode !== 200) throw new Error(`member access not changed: ${response.statusCode} ${response.body}`);
}
