import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiblingApp, createTestApp, type TestApp } from '../support/test-app.ts';
import { apiTokenClient, sessionCookieOf, signUpCompany, TestClient, uniqueEmail } from '../support/test-client.ts';

let t: TestApp;
let sibling: { app: FastifyInstance; close: () => Promise<void> };

/** Polls until the condition holds or the deadline passes; change notices arrive asynchronously. */
async function eventually(condition: () => Promise<boolean>, deadlineMs = 3_000): Promise<boolean> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return condition();
}

beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
  sibling = await createSiblingApp(t);
  expect(await eventually(async () => t.app.tokenCache.listening && sibling.app.tokenCache.listening)).toBe(true);
});
afterAll(async () => {
  await sibling.close();
  await t.close();
});

function onSibling(token: string) {
  return new TestClient(sibling.app, { token });
}

describe('API tokens cached in one process stop working when another process revokes them', () => {
  it('revocation through another process', async () => {
    const owner = await signUpCompany(t.app);
    const { client, id } = await apiTokenClient(owner.client);
    const other = onSibling(client.credentials.token ?? '');
    expect((await other.get('/api/tenant')).statusCode).toBe(200);
    expect((await other.get('/api/tenant')).statusCode).toBe(200);

    expect((await owner.client.delete(`/api/api-tokens/${id}`)).statusCode).toBe(204);
    expect((await client.get('/api/tenant')).statusCode).toBe(401);
    expect(await eventually(async () => (await other.get('/api/tenant')).statusCode === 401)).toBe(true);
  });

  it('removal of the member who created the token', async () => {
    const owner = await signUpCompany(t.app);
    const email = uniqueEmail('admin');
    const { token: invite } = (await owner.client.post('/api/invitations', { email, role: 'admin' })).json<{ token: string }>();
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token: invite, password: 'admin-pass-1', displayName: '赵六' },
    });
    const admin = new TestClient(t.app, { cookie: sessionCookieOf(accepted), csrfToken: accepted.json().csrfToken });
    const { client } = await apiTokenClient(admin, 'member');
    const other = onSibling(client.credentials.token ?? '');
    expect((await other.get('/api/tenant')).statusCode).toBe(200);

    expect((await owner.client.delete(`/api/users/${accepted.json().user.id}`)).statusCode).toBe(204);
    expect(await eventually(async () => (await other.get('/api/tenant')).statusCode === 401)).toBe(true);
    expect((await admin.get('/api/tenant')).statusCode).toBe(401);
  });
});
