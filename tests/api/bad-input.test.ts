import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename, { BODY_LIMIT_BYTES: '4096' });
  owner = await signUpCompany(t.app, '原名');
});
afterAll(() => t.close());

async function tenantName(): Promise<string> {
  return (await owner.client.get('/api/tenant')).json().name;
}

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  expect(response.json()).toMatchObject({ status, code, type: `urn:tessera:problem:${code}` });
}

describe('bad input gets a 4xx problem and writes nothing', () => {
  it('malformed JSON', async () => {
    const response = await owner.client.request('PATCH', '/api/tenant', '{"name": "新名', {
      'content-type': 'application/json',
    });
    expectProblem(response, 400, 'malformed-body');
    expect(await tenantName()).toBe('原名');
  });

  it('wrong types, listing every failing field as a JSON pointer', async () => {
    const response = await owner.client.patch('/api/tenant', { name: 42, timeZone: 'Mars/Olympus', currency: 'yuan' });
    expectProblem(response, 400, 'validation-failed');
    const pointers = (response.json() as { errors: { pointer: string }[] }).errors.map((e) => e.pointer).sort();
    expect(pointers).toEqual(['/body/currency', '/body/name', '/body/timeZone']);
    expect(await tenantName()).toBe('原名');
  });

  it('unknown fields', async () => {
    const response = await owner.client.patch('/api/tenant', { name: '新名', isVip: true });
    expectProblem(response, 400, 'validation-failed');
    expect((response.json() as { errors: { pointer: string; code: string }[] }).errors).toContainEqual(
      expect.objectContaining({ pointer: '/body/isVip', code: 'additional-property' }),
    );
    expect(await tenantName()).toBe('原名');
  });

  it('oversized bodies', async () => {
    const response = await owner.client.patch('/api/tenant', { address: 'x'.repeat(5000) });
    expectProblem(response, 413, 'body-too-large');
    expect(await tenantName()).toBe('原名');
  });

  it('a wrong content type', async () => {
    const response = await owner.client.request('PATCH', '/api/tenant', 'name=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expectProblem(response, 415, 'unsupported-media-type');
  });

  it('bad query parameters', async () => {
    expectProblem(await owner.client.get('/api/users?pageSize=1000'), 400, 'validation-failed');
    expectProblem(await owner.client.get('/api/users?sort=password_hash'), 400, 'validation-failed');
    expectProblem(await owner.client.get('/api/messages?status=deleted'), 400, 'validation-failed');
    const pointer = (await owner.client.get('/api/users?page=0')).json().errors[0].pointer;
    expect(pointer).toBe('/query/page');
  });

  it('a malformed id in the path', async () => {
    expectProblem(await owner.client.delete("/api/messages/1' OR '1'='1"), 400, 'validation-failed');
  });

  it('SQL-looking strings are stored and searched as plain text', async () => {
    const evil = "'; DROP TABLE tenants; --";
    const response = await owner.client.patch('/api/tenant', { name: evil });
    expect(response.statusCode).toBe(200);
    expect(await tenantName()).toBe(evil);
    const search = await owner.client.get(`/api/users?q=${encodeURIComponent("%' OR 1=1 --")}`);
    expect(search.statusCode).toBe(200);
    expect(search.json().total).toBe(0);
    await owner.client.patch('/api/tenant', { name: '原名' });
  });

  it('answers in the caller’s language', async () => {
    const zh = await t.app.inject({ method: 'GET', url: '/api/tenant' });
    expect(zh.json().title).toBe('请先登录');
    const en = await t.app.inject({
      method: 'GET',
      url: '/api/tenant',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.json().title).toBe('Sign-in required');
  });

  it('unknown routes are problem+json 404s', async () => {
    expectProblem(await owner.client.get('/api/no-such-thing'), 404, 'route-not-found');
  });
});

describe('server-owned fields cannot be set from a body', () => {
  it('rejects tenant_id, id and role in writes', async () => {
    const other = await signUpCompany(t.app, '别家');
    for (const body of [
      { tenant_id: other.session.tenant.id, name: 'x' },
      { tenantId: other.session.tenant.id, name: 'x' },
      { id: other.session.tenant.id },
      { slug: 'taken' },
    ]) {
      expectProblem(await owner.client.patch('/api/tenant', body), 400, 'validation-failed');
    }
    const invite = await owner.client.post('/api/invitations', {
      email: 'x@example.com',
      role: 'member',
      tenantId: other.session.tenant.id,
    });
    expectProblem(invite, 400, 'validation-failed');
    const ownerInvite = await owner.client.post('/api/invitations', { email: 'x@example.com', role: 'owner' });
    expectProblem(ownerInvite, 403, 'role-not-grantable');
    expect((await other.client.get('/api/invitations')).json().total).toBe(0);
    expect((await owner.client.get('/api/invitations')).json().total).toBe(0);
    expect((await other.client.get('/api/tenant')).json().name).toBe('别家');
  });
});
