import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOperatorsCommand } from '../../core/cli/operators-command.ts';
import { ManualClock } from '../../core/marketplace/clock.ts';
import { opCrmInsights } from '../fixtures/operator-plugins/op-crm-insights.ts';
import { opCrm } from '../fixtures/operator-plugins/op-crm.ts';
import { createOperatorAccount, signedInOperator, signInOperator, type SignedInOperator } from '../support/operators.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { apiTokenClient, signUpCompany, TestClient } from '../support/test-client.ts';

const clock = new ManualClock(new Date('2027-03-15T04:00:00Z'));
const placeholderId = '00000000-0000-4000-8000-000000000000';
let t: TestApp;
let owner: pg.Client;
let operator: SignedInOperator;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [opCrm, opCrmInsights], { clock });
  owner = new pg.Client({ connectionString: t.ownerUrl });
  await owner.connect();
  operator = await signedInOperator(t.app, t.ownerUrl);
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

const signIn = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/operator/auth/sign-in', payload: { email, password } });
const auditActions = async (operatorId: string) =>
  (await owner.query<{ action: string }>('SELECT action FROM operator_audit_log WHERE operator_id = $1 ORDER BY created_at, id', [operatorId])).rows.map((r) => r.action);

describe('operator accounts and sessions', () => {
  it('creates, lists and disables accounts from the command line, printing the password once', async () => {
    const lines: string[] = [];
    const print = (line: string) => lines.push(line);
    expect(await runOperatorsCommand(owner, 'create', ['Ops.Lead@Example.com', '--name', '运营主管'], print)).toBe(0);
    expect(lines[0]).toBe('created operator ops.lead@example.com (运营主管)');
    const password = /^password \(shown only now\): (\S+)$/.exec(lines[1] ?? '')?.[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect((await owner.query('SELECT password_hash FROM operators WHERE email = $1', ['ops.lead@example.com'])).rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(await runOperatorsCommand(owner, 'create', ['ops.lead@example.com'], print)).toBe(1);
    expect(lines.at(-1)).toBe('an operator with the e-mail ops.lead@example.com exists already');
    expect(await runOperatorsCommand(owner, 'create', ['not-an-address'], print)).toBe(1);

    const session = await signIn('ops.lead@example.com', password);
    expect(session.statusCode, session.body).toBe(200);
    const cookie = `tessera_operator=${session.cookies.find((c) => c.name === 'tessera_operator')?.value}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/operator/tenants', headers: { cookie } })).statusCode).toBe(200);

    lines.length = 0;
    expect(await runOperatorsCommand(owner, 'list', [], print)).toBe(0);
    expect(lines.some((line) => line.startsWith('ops.lead@example.com  运营主管') && line.endsWith('active'))).toBe(true);
    expect(await runOperatorsCommand(owner, 'disable', ['ops.lead@example.com'], print)).toBe(0);
    expect(await runOperatorsCommand(owner, 'disable', ['nobody@example.com'], print)).toBe(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/operator/tenants', headers: { cookie } })).statusCode).toBe(401);
    expect((await signIn('ops.lead@example.com', password)).statusCode).toBe(401);
    const created = await owner.query<{ via: string }>(
      `SELECT detail->>'via' AS via FROM operator_audit_log WHERE action IN ('operator.create', 'operator.disable') AND target = 'ops.lead@example.com'`,
    );
    expect(created.rows.map((r) => r.via)).toEqual(['cli', 'cli']);
  });

  it('signs in with a strict, http-only cookie of its own, asks for the CSRF token on writes, and signs out', async () => {
    const account = await createOperatorAccount(t.ownerUrl, '值班运营');
    const response = await signIn(account.email, account.password);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ operator: { id: account.id, email: account.email, displayName: '值班运营' }, csrfToken: expect.any(String) });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^tessera_operator=/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/api/operator');
    expect(setCookie).not.toContain('tessera_session');

    const signedIn = await signInOperator(t.app, account);
    const session = await signedIn.client.get('/api/operator/auth/session');
    expect(session.json()).toEqual({ operator: { id: account.id, email: account.email, displayName: '值班运营' }, csrfToken: signedIn.client.credentials.csrfToken });
    const withoutCsrf = new TestClient(t.app, { cookie: signedIn.client.credentials.cookie ?? '' });
    expect((await withoutCsrf.patch('/api/operator/listings/op-crm', { hidden: false })).json().code).toBe('csrf-token-invalid');
    expect((await t.app.inject({ method: 'GET', url: '/api/tenant', headers: { cookie: signedIn.client.credentials.cookie ?? '' } })).statusCode).toBe(401);

    expect((await signedIn.client.post('/api/operator/auth/sign-out')).statusCode).toBe(204);
    expect((await signedIn.client.get('/api/operator/auth/session')).statusCode).toBe(401);
    expect(await auditActions(account.id)).toEqual(['operator.sign-in', 'operator.sign-in', 'operator.sign-out']);

    const expiring = await signInOperator(t.app, account);
    const { rows } = await owner.query<{ hours: number }>(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM operator_sessions WHERE operator_id = $1`,
      [account.id],
    );
    expect(rows.map((r) => r.hours)).toEqual([12, 12]);
    await owner.query(`UPDATE operator_sessions SET expires_at = now() - interval '1 second' WHERE operator_id = $1`, [account.id]);
    expect((await expiring.client.get('/api/operator/auth/session')).statusCode).toBe(401);
  });

  it('answers an unknown e-mail and a wrong password alike, and locks an account after five failures', async () => {
    const account = await createOperatorAccount(t.ownerUrl);
    const unknown = await signIn('no-such-operator@example.com', account.password);
    const wrong = await signIn(account.email, 'wrong-password');
    expect([unknown.statusCode, wrong.statusCode]).toEqual([401, 401]);
    expect(unknown.json().code).toBe('invalid-credentials');
    expect(wrong.json()).toMatchObject({ code: unknown.json().code, title: unknown.json().title, detail: unknown.json().detail });
    for (let i = 0; i < 4; i++) expect((await signIn(account.email, `wrong-${i}`)).statusCode).toBe(401);
    const locked = await signIn(account.email, account.password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('sign-in-locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await auditActions(account.id)).filter((a) => a === 'operator.sign-in-failed')).toHaveLength(5);
  });

  it('lets no tenant principal or credential-less caller reach any operator route, and gives tenants no way to pay or grant', async () => {
    const company = await signUpCompany(t.app);
    const token = (await apiTokenClient(company.client, 'admin')).client;
    const routes = t.app.routeTable.filter((r) => r.access === 'operator' && r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThanOrEqual(15);
    for (const route of routes) {
      const url = route.url.replace(/:[A-Za-z]+/g, placeholderId);
      for (const client of [company.client, token, new TestClient(t.app)]) {
        const response = await client.request(route.method as 'GET', url, route.method === 'GET' ? undefined : {});
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      }
    }
    const tenantRoutes = t.app.routeTable.filter((r) => r.access !== 'operator' && r.url.startsWith('/api/')).map((r) => r.url);
    expect(tenantRoutes.filter((url) => /confirm|grant/i.test(url))).toEqual([]);
  });
});

describe('manual payments', () => {
  it('confirms a pending order: the module can then be enabled, the admins are told, and the audit log has it', async () => {
    const company = await signUpCompany(t.app, '待确认付款公司');
    const ordered = await company.client.post('/api/market/orders', { plugin: 'op-crm', plan: 'yearly' });
    expect(ordered.statusCode, ordered.body).toBe(201);
    const order = ordered.json<{ id: string; number: string; status: string }>();
    expect(order.status).toBe('pending');
    expect((await company.client.post('/api/plugins/op-crm/enable', {})).statusCode).toBe(402);

    const pending = (await operator.client.get(`/api/operator/orders?status=pending&tenantId=${company.session.tenant.id}`)).json();
    expect(pending).toMatchObject({ total: 1, items: [{ id: order.id, number: order.number, companyName: '待确认付款公司', amountFen: 99000, provider: 'manual' }] });
    expect(pending.items[0].lines).toEqual([{ plugin: 'op-crm', planKey: 'yearly', period: 'year', amountFen: 99000 }]);

    const url = `/api/operator/orders/${company.session.tenant.id}/${order.id}/confirm`;
    const confirmed = await operator.client.post(url, { note: '工行回单 20270315-01' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toEqual({
      tenantId: company.session.tenant.id,
      orderId: order.id,
      number: order.number,
      status: 'paid',
      amountFen: 99000,
      entitlements: [{ plugin: 'op-crm', endsAt: '2028-03-15T04:00:00.000Z' }],
    });
    expect((await operator.client.post(url, {})).json()).toMatchObject({ status: 409, code: 'module-order-settled' });
    expect((await company.client.post('/api/plugins/op-crm/enable', {})).statusCode).toBe(200);

    const messages = (await company.client.get('/api/messages?category=marketplace')).json<{ items: { title: string; body: string; link: string }[] }>();
    expect(messages.items).toEqual([expect.objectContaining({ title: `订单 ${order.number} 已确认付款`, link: '/market/my-modules' })]);
    expect(messages.items[0]?.body).toContain('客户管理（运营测试）');
    const events = (await company.client.get(`/api/market/orders/${order.id}`)).json<{ events: { status: string; actor: string; note: string }[] }>().events;
    expect(events.at(-1)).toEqual(expect.objectContaining({ status: 'paid', actor: `operator:${operator.id}`, note: '工行回单 20270315-01' }));

    const audit = (await operator.client.get(`/api/operator/audit-log?action=order.confirm&tenantId=${company.session.tenant.id}`)).json();
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: 'order.confirm',
        operator: { id: operator.id, email: operator.email, displayName: '平台运营' },
        via: 'session',
        companyName: '待确认付款公司',
        target: order.number,
        reason: '工行回单 20270315-01',
        detail: { orderId: order.id, amountFen: 99000, plugins: ['op-crm'] },
      }),
    ]);
  });

  it('rejects a pending order with a reason, which the company sees in the order and its messages', async () => {
    const company = await signUpCompany(t.app);
    const order = (await company.client.post('/api/market/orders', { plugin: 'op-crm', plan: 'monthly' })).json<{ id: string; number: string }>();
    const url = `/api/operator/orders/${company.session.tenant.id}/${order.id}/reject`;
    expect((await operator.client.post(url, {})).json().errors).toEqual([expect.objectContaining({ pointer: '/body/reason', code: 'required' })]);
    expect((await operator.client.post(url, { reason: '   ' })).json().errors).toEqual([expect.objectContaining({ pointer: '/body/reason' })]);
    expect((await operator.client.post(url, { reason: 'x'.repeat(501) })).json().errors).toEqual([expect.objectContaining({ pointer: '/body/reason', code: 'max-length' })]);
    const rejected = await operator.client.post(url, { reason: '30 天内未收到转账' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'cancelled', entitlements: [] });
    expect((await operator.client.post(url.replace('/reject', '/confirm'), {})).json().code).toBe('module-order-settled');
    const detail = (await company.client.get(`/api/market/orders/${order.id}`)).json<{ status: string; events: { status: string; note: string }[] }>();
    expect(detail.status).toBe('cancelled');
    expect(detail.events.at(-1)).toMatchObject({ status: 'cancelled', note: '30 天内未收到转账' });
    const messages = (await company.client.get('/api/messages?category=marketplace')).json<{ items: { title: string; body: string }[] }>().items;
    expect(messages[0]?.body).toContain('原因：30 天内未收到转账');
    expect((await company.client.post('/api/plugins/op-crm/enable', {})).statusCode).toBe(402);
  });

  it('answers unknown companies and orders with 404 and malformed ids with 400', async () => {
    const company = await signUpCompany(t.app);
    const order = (await company.client.post('/api/market/orders', { plugin: 'op-crm', plan: 'monthly' })).json<{ id: string }>();
    const other = await signUpCompany(t.app);
    const confirm = (tenantId: string, orderId: string) => operator.client.post(`/api/operator/orders/${tenantId}/${orderId}/confirm`, {});
    expect((await confirm(placeholderId, order.id)).json()).toMatchObject({ status: 404, code: 'not-found' });
    expect((await confirm(company.session.tenant.id, placeholderId)).json()).toMatchObject({ status: 404, code: 'not-found' });
    // another company's id with this order: its RLS shows no such order
    expect((await confirm(other.session.tenant.id, order.id)).statusCode).toBe(404);
    expect((await confirm('not-a-uuid', order.id)).json().errors).toEqual([expect.objectContaining({ pointer: '/params/tenantId' })]);
    expect((await operator.client.post(`/api/operator/orders/${company.session.tenant.id}/${order.id}/confirm`, { note: 1, extra: true })).statusCode).toBe(400);
    const pending = await owner.query(`SELECT status FROM module_orders WHERE id = $1`, [order.id]);
    expect(pending.rows[0].status).toBe('pending');
  });
});
