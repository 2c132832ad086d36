import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { apiTokenClient, signUpCompany, TestClient, uniqueEmail } from '../support/test-client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
});
afterAll(() => t.close());

const placeholderId = '00000000-0000-4000-8000-000000000000';
const concreteUrl = (url: string) => url.replace(/:[A-Za-z]+/g, placeholderId);

describe('every route is private unless marked public', () => {
  it('walks the route table', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(15);
    const publicRoutes = t.app.routeTable.filter(
      (r) =>
        r.access === 'public' && r.method !== 'HEAD' && r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    );
    expect(publicRoutes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /api/invitations/by-token/:token',
      'POST /api/auth/sign-in',
      'POST /api/auth/sign-up',
      'POST /api/invitations/accept',
      'POST /api/operator/auth/sign-in',
    ]);
  });

  it('answers 401 without credentials on every private route', async () => {
    const privateRoutes = t.app.routeTable.filter((r) => r.access !== 'public' && r.access !== 'operator');
    expect(privateRoutes.length).toBeGreaterThan(10);
    for (const route of privateRoutes) {
      const response = await t.app.inject({ method: route.method as 'GET', url: concreteUrl(route.url) });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      if (route.method !== 'HEAD') expect(response.json().code).toBe('unauthenticated');
    }
  });

  it('answers 401 on every operator route to no credentials, any bearer token and a tenant session, with no operator token configured', async () => {
    const operatorRoutes = t.app.routeTable.filter((r) => r.access === 'operator' && r.method !== 'HEAD');
    expect(operatorRoutes.length).toBeGreaterThan(10);
    const company = await signUpCompany(t.app);
    const probes = [
      {},
      { authorization: 'Bearer tsk_nope' },
      { authorization: 'Bearer ' + 'x'.repeat(40) },
      { cookie: company.client.credentials.cookie ?? '', 'x-csrf-token': company.client.credentials.csrfToken ?? '' },
      { cookie: 'tessera_operator=forged-operator-session' },
    ];
    for (const route of operatorRoutes) {
      for (const headers of probes) {
        const response = await t.app.inject({ method: route.method as 'GET', url: concreteUrl(route.url), headers });
        expect(response.statusCode, `${route.method} ${route.url} ${Object.keys(headers).join(',')}`).toBe(401);
        expect(response.json().code).toBe('unauthenticated');
      }
    }
  });

  it('answers 401 to a garbage bearer token and to a forged session cookie', async () => {
    for (const headers of [
      { authorization: 'Bearer tsk_nope' },
      { authorization: 'Basic YWxhZGRpbjpvcGVuc2VzYW1l' },
      { cookie: 'tessera_session=forged-session-value' },
    ]) {
      const response = await t.app.inject({ method: 'GET', url: '/api/tenant', headers });
      expect(response.statusCode).toBe(401);
    }
  });
});

describe('an API token is checked exactly like a session', () => {
  it('gives a member token and a member session the same answers', async () => {
    const owner = await signUpCompany(t.app);
    const memberToken = (await apiTokenClient(owner.client, 'member')).client;
    const email = uniqueEmail('member');
    const { token } = (await owner.client.post('/api/invitations', { email, role: 'member' })).json<{
      token: string;
    }>();
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, password: 'member-pass-1', displayName: '王五' },
    });
    const cookie = `tessera_session=${accepted.cookies.find((c) => c.name === 'tessera_session')?.value}`;
    const memberSession = new TestClient(t.app, { cookie, csrfToken: accepted.json().csrfToken });

    const probes: [string, (c: TestClient) => ReturnType<TestClient['get']>][] = [
      ['read tenant', (c) => c.get('/api/tenant')],
      ['update tenant', (c) => c.patch('/api/tenant', { name: '成员改名' })],
      ['list users', (c) => c.get('/api/users')],
      ['list invitations', (c) => c.get('/api/invitations')],
      ['invite', (c) => c.post('/api/invitations', { email: uniqueEmail(), role: 'member' })],
      ['create token', (c) => c.post('/api/api-tokens', { name: 'x', role: 'member' })],
      ['remove owner', (c) => c.delete(`/api/users/${owner.session.user.id}`)],
    ];
    for (const [name, probe] of probes) {
      const viaToken = await probe(memberToken);
      const viaSession = await probe(memberSession);
      expect(viaToken.statusCode, name).toBe(viaSession.statusCode);
    }
    expect((await memberToken.patch('/api/tenant', { name: '成员改名' })).statusCode).toBe(403);
    expect((await owner.client.get('/api/tenant')).json().name).not.toBe('成员改名');
  });

  it('does not let an admin token mint a token above its role or act as a browser session', async () => {
    const owner = await signUpCompany(t.app);
    const adminToken = (await apiTokenClient(owner.client, 'admin')).client;
    expect((await adminToken.post('/api/api-tokens', { name: 'x', role: 'admin' })).statusCode).toBe(201);
    const memberToken = (await apiTokenClient(owner.client, 'member')).client;
    expect((await memberToken.post('/api/api-tokens', { name: 'x', role: 'member' })).statusCode).toBe(403);
    const switched = await adminToken.post('/api/auth/switch-tenant', { tenantId: owner.session.tenant.id });
    expect(switched.statusCode).toBe(403);
    expect(switched.json().code).toBe('session-required');
  });

  it('keeps the last owner', async () => {
    const owner = await signUpCompany(t.app);
    const response = await owner.client.delete(`/api/users/${owner.session.user.id}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('last-owner');
    expect((await owner.client.get('/api/users')).json().total).toBe(1);
  });
});
