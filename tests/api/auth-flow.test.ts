import type { SessionView } from '@tessera/schemas/auth';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { apiTokenClient, sessionCookieOf, signUpCompany, TestClient, uniqueEmail } from '../support/test-client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
});
afterAll(() => t.close());

describe('sign-up, sign-in, invitations and tenant switching over HTTP', () => {
  it('signs a company up, signs out and back in', async () => {
    const { client, session, email, password } = await signUpCompany(t.app, '苏州云帆贸易');
    expect(session.roles).toEqual(['owner']);
    expect(session.tenant.name).toBe('苏州云帆贸易');
    expect(session.tenant.timeZone).toBe('Asia/Shanghai');
    expect(session.tenant.currency).toBe('CNY');

    expect((await client.get('/api/auth/session')).json<SessionView>().user.email).toBe(email);
    expect((await client.post('/api/auth/sign-out')).statusCode).toBe(204);
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { login: email.toUpperCase(), password },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json<SessionView>().tenant.id).toBe(session.tenant.id);
  });

  it('answers a wrong password with 401 and locks the account after repeated failures', async () => {
    const { email, password } = await signUpCompany(t.app);
    const attempt = (pw: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { login: email, password: pw } });
    const first = await attempt('wrong-password');
    expect(first.statusCode).toBe(401);
    expect(first.headers['content-type']).toContain('application/problem+json');
    expect(first.json().code).toBe('invalid-credentials');
    for (let i = 0; i < 4; i++) expect((await attempt('wrong-password')).statusCode).toBe(401);
    const locked = await attempt(password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('sign-in-locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('does not tell an unknown account from a wrong password', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { login: uniqueEmail(), password: 'whatever-1' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('invalid-credentials');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const { client } = await signUpCompany(t.app);
    const withoutCsrf = new TestClient(t.app, { cookie: client.credentials.cookie });
    const response = await withoutCsrf.patch('/api/tenant', { name: '改名' });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf-token-invalid');
    const wrongCsrf = new TestClient(t.app, { cookie: client.credentials.cookie, csrfToken: 'x'.repeat(43) });
    expect((await wrongCsrf.patch('/api/tenant', { name: '改名' })).statusCode).toBe(403);
    expect((await client.get('/api/tenant')).json().name).not.toBe('改名');
  });

  it('invites a user who accepts, signs in and switches between two tenants', async () => {
    const inviter = await signUpCompany(t.app, '杭州分公司');
    const inviteeHome = await signUpCompany(t.app, '宁波总部');
    const invite = await inviter.client.post('/api/invitations', { email: inviteeHome.email, role: 'member' });
    expect(invite.statusCode).toBe(201);
    const { token } = invite.json<{ token: string }>();

    const preview = await t.app.inject({ method: 'GET', url: `/api/invitations/by-token/${token}` });
    expect(preview.json()).toMatchObject({ tenantName: '杭州分公司', role: 'member', roleName: '成员', hasAccount: true });

    const wrongPassword = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'not-the-password' },
    });
    expect(wrongPassword.statusCode).toBe(401);

    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: inviteeHome.password },
    });
    expect(accepted.statusCode).toBe(200);
    const acceptedView = accepted.json<SessionView>();
    expect(acceptedView.tenant.name).toBe('杭州分公司');
    expect(acceptedView.roles).toEqual(['member']);
    expect(acceptedView.tenants.map((x) => x.name).sort()).toEqual(['宁波总部', '杭州分公司'].sort());

    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: inviteeHome.password },
    });
    expect(reused.statusCode).toBe(404);
    expect(reused.json().code).toBe('invitation-invalid');

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { login: inviteeHome.email, password: inviteeHome.password },
    });
    expect(signIn.statusCode).toBe(200);
    const client = new TestClient(t.app, {
      cookie: sessionCookieOf(signIn),
      csrfToken: signIn.json<SessionView>().csrfToken,
    });
    expect(signIn.json<SessionView>().tenant.name).toBe('杭州分公司');

    const switched = await client.post('/api/auth/switch-tenant', { tenantId: inviteeHome.session.tenant.id });
    expect(switched.statusCode).toBe(200);
    expect(switched.json<SessionView>().roles).toEqual(['owner']);
    expect((await client.get('/api/tenant')).json().name).toBe('宁波总部');

    const inviterInbox = await inviter.client.get('/api/messages?category=system');
    expect(inviterInbox.json().items.some((m: { title: string }) => m.title === '新成员加入')).toBe(true);
  });

  it('creates an account for a new invitee and refuses a switch into a foreign tenant', async () => {
    const inviter = await signUpCompany(t.app);
    const stranger = await signUpCompany(t.app, '无关企业');
    const email = uniqueEmail('new');
    const { token } = (await inviter.client.post('/api/invitations', { email, role: 'admin' })).json<{
      token: string;
    }>();
    const missingName = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'brand-new-pass' },
    });
    expect(missingName.statusCode).toBe(400);
    expect(missingName.json().errors[0].pointer).toBe('/body/displayName');
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'brand-new-pass', displayName: '李四' },
    });
    expect(accepted.statusCode).toBe(200);
    const client = new TestClient(t.app, {
      cookie: sessionCookieOf(accepted),
      csrfToken: accepted.json<SessionView>().csrfToken,
    });
    expect(accepted.json<SessionView>().roles).toEqual(['admin']);
    const foreign = await client.post('/api/auth/switch-tenant', { tenantId: stranger.session.tenant.id });
    expect(foreign.statusCode).toBe(404);
  });

  it('puts a disabled user or an expired session out on the next request', async () => {
    const disabled = await signUpCompany(t.app);
    const expired = await signUpCompany(t.app);
    expect((await disabled.client.get('/api/tenant')).statusCode).toBe(200);
    const owner = new pg.Client({ connectionString: t.ownerUrl });
    await owner.connect();
    await owner.query('UPDATE users SET is_disabled = true WHERE id = $1', [disabled.session.user.id]);
    await owner.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      expired.session.user.id,
    ]);
    await owner.end();
    expect((await disabled.client.get('/api/tenant')).statusCode).toBe(401);
    expect((await expired.client.get('/api/tenant')).statusCode).toBe(401);
  });

  it('answers in the language the user picks in the profile', async () => {
    const { client } = await signUpCompany(t.app);
    expect((await client.patch('/api/tenant', { currency: 'rmb' })).json().title).toBe('提交的数据有误');
    const changed = await client.patch('/api/auth/profile', { locale: 'en-US', displayName: 'Manager Zhang' });
    expect(changed.json()).toMatchObject({ locale: 'en-US', displayName: 'Manager Zhang' });
    expect((await client.patch('/api/tenant', { currency: 'rmb' })).json().title).toBe('The submitted data is invalid');
    expect((await client.patch('/api/auth/profile', { locale: 'fr-FR' })).statusCode).toBe(400);
  });

  it('stops a revoked API token at once', async () => {
    const { client: owner } = await signUpCompany(t.app);
    const { client, id } = await apiTokenClient(owner);
    expect((await client.get('/api/tenant')).statusCode).toBe(200);
    expect((await owner.delete(`/api/api-tokens/${id}`)).statusCode).toBe(204);
    const after = await client.get('/api/tenant');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
    const listed = (await owner.get('/api/api-tokens')).json().items[0];
    expect(listed.revokedAt).not.toBeNull();
    expect(listed.lastUsedAt).not.toBeNull();
    // the list shows a prefix that tells tokens apart, never the secret
    expect(listed.prefix).toMatch(/^tsk_…[A-Za-z0-9_-]{6}$/);
    expect(client.credentials.token).toContain(listed.prefix.slice(5));
    expect(JSON.stringify((await owner.get('/api/api-tokens')).json())).not.toContain(client.credentials.token);
  });
});
