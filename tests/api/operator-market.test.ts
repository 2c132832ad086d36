import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/marketplace/clock.ts';
import { opCrmInsights } from '../fixtures/operator-plugins/op-crm-insights.ts';
import { opCrm } from '../fixtures/operator-plugins/op-crm.ts';
import { signedInOperator, type SignedInOperator } from '../support/operators.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, TestClient } from '../support/test-client.ts';

const operatorToken = 'op-console-0123456789abcdef0123456789';
const clock = new ManualClock(new Date('2027-01-10T02:00:00Z'));
const day = 86_400_000;
let t: TestApp;
let owner: pg.Client;
let operator: SignedInOperator;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, { TESSERA_OPERATOR_TOKEN: operatorToken }, [opCrm, opCrmInsights], { clock });
  owner = new pg.Client({ connectionString: t.ownerUrl });
  await owner.connect();
  operator = await signedInOperator(t.app, t.ownerUrl);
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

const inDays = (days: number) => new Date(clock.now().getTime() + days * day).toISOString();
const grant = (body: object) => operator.client.post('/api/operator/entitlements/grant', body);
const extend = (body: object) => operator.client.post('/api/operator/entitlements/extend', body);
const revoke = (body: object) => operator.client.post('/api/operator/entitlements/revoke', body);
const entitlementsOf = async (company: SignedUp) =>
  (await operator.client.get(`/api/operator/entitlements?tenantId=${company.session.tenant.id}`)).json<{ items: { plugin: string; endsAt: string | null; source: string }[] }>().items;
const enabledOf = async (company: SignedUp) => (await company.client.get('/api/auth/session')).json<{ enabledPlugins: string[] }>().enabledPlugins.sort();

describe('entitlements by the operator', () => {
  it('grants, extends and revokes with a reason; revoking disables the module and what needs it, keeping the data; another company is untouched', async () => {
    const a = await signUpCompany(t.app, '甲公司');
    const b = await signUpCompany(t.app, '乙公司');
    const tenantId = a.session.tenant.id;
    for (const company of [a, b]) {
      const granted = await grant({ tenantId: company.session.tenant.id, plugin: 'op-crm', days: 30, reason: '渠道合作赠送' });
      expect(granted.statusCode, granted.body).toBe(200);
      expect(granted.json()).toEqual({ tenantId: company.session.tenant.id, plugin: 'op-crm', source: 'granted', endsAt: inDays(30), active: true, disabled: [] });
    }
    expect((await grant({ tenantId, plugin: 'op-crm-insights', perpetual: true, reason: '试点客户' })).json()).toMatchObject({ endsAt: null, active: true });
    expect((await a.client.post('/api/plugins/op-crm-insights/enable', { withRequirements: true })).statusCode).toBe(200);
    expect((await b.client.post('/api/plugins/op-crm/enable', {})).statusCode).toBe(200);
    await owner.query(`INSERT INTO op_crm_contacts (tenant_id, name) VALUES ($1, '王总')`, [tenantId]);

    expect((await grant({ tenantId, plugin: 'op-crm', days: 7, reason: '缩短' })).json()).toMatchObject({ status: 409, code: 'entitlement-runs-longer' });
    const extended = await extend({ tenantId, plugin: 'op-crm', days: 10, reason: '补偿故障停机' });
    expect(extended.json()).toMatchObject({ endsAt: inDays(40), source: 'granted', active: true });
    expect((await extend({ tenantId, plugin: 'op-crm-insights', days: 10, reason: '永久的' })).json().code).toBe('entitlement-perpetual');
    expect((await extend({ tenantId: b.session.tenant.id, plugin: 'op-crm-insights', days: 10, reason: '没有' })).json()).toMatchObject({ status: 404 });

    const revoked = await revoke({ tenantId, plugin: 'op-crm', reason: '合同终止' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toEqual({ tenantId, plugin: 'op-crm', source: null, endsAt: null, active: false, disabled: ['op-crm', 'op-crm-insights'] });
    expect(await enabledOf(a)).toEqual([]);
    expect((await a.client.post('/api/plugins/op-crm/enable', {})).statusCode).toBe(402);
    expect((await owner.query('SELECT name FROM op_crm_contacts WHERE tenant_id = $1', [tenantId])).rows).toEqual([{ name: '王总' }]);
    expect((await entitlementsOf(a)).map((e) => e.plugin)).toEqual(['op-crm-insights']);
    expect((await revoke({ tenantId, plugin: 'op-crm', reason: '再撤一次' })).statusCode).toBe(404);

    expect(await enabledOf(b)).toEqual(['op-crm']);
    expect(await entitlementsOf(b)).toEqual([expect.objectContaining({ plugin: 'op-crm', source: 'granted', endsAt: inDays(30) })]);

    const history = await owner.query<{ kind: string; reason: string; actor: string }>(
      `SELECT kind, reason, actor FROM entitlement_events WHERE tenant_id = $1 AND plugin = 'op-crm' ORDER BY seq`,
      [tenantId],
    );
    expect(history.rows).toEqual([
      { kind: 'granted', reason: '渠道合作赠送', actor: `operator:${operator.id}` },
      { kind: 'extended', reason: '补偿故障停机', actor: `operator:${operator.id}` },
      { kind: 'revoked', reason: '合同终止', actor: `operator:${operator.id}` },
    ]);
    const audit = (await operator.client.get(`/api/operator/audit-log?tenantId=${tenantId}`)).json<{ items: { action: string; reason: string; target: string }[] }>();
    expect(audit.items.map((i) => [i.action, i.target, i.reason])).toEqual([
      ['entitlement.revoke', 'op-crm', '合同终止'],
      ['entitlement.extend', 'op-crm', '补偿故障停机'],
      ['entitlement.grant', 'op-crm-insights', '试点客户'],
      ['entitlement.grant', 'op-crm', '渠道合作赠送'],
    ]);
  });

  it('takes a grant until a date, also from the operator token, which the audit log names', async () => {
    const company = await signUpCompany(t.app);
    const automation = new TestClient(t.app, { token: operatorToken });
    const endsAt = inDays(90);
    const granted = await automation.post('/api/operator/entitlements/grant', { tenantId: company.session.tenant.id, plugin: 'op-crm', endsAt, reason: '批量开通' });
    expect(granted.json()).toMatchObject({ endsAt, source: 'granted' });
    const audit = (await automation.get(`/api/operator/audit-log?tenantId=${company.session.tenant.id}`)).json();
    expect(audit.items).toEqual([expect.objectContaining({ action: 'entitlement.grant', operator: null, via: 'token', reason: '批量开通' })]);
    const actor = await owner.query(`SELECT actor FROM entitlement_events WHERE tenant_id = $1`, [company.session.tenant.id]);
    expect(actor.rows).toEqual([{ actor: 'operator:token' }]);
    expect((await automation.get('/api/operator/auth/session')).json()).toMatchObject({ status: 403, code: 'session-required' });
    const openApi = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(openApi.paths)).toEqual(expect.arrayContaining(['/api/operator/entitlements/grant', '/api/operator/orders/{tenantId}/{orderId}/confirm']));
  });

  it('answers bad bodies with 400 and pointers, and unknown companies and modules with 404', async () => {
    const company = await signUpCompany(t.app);
    const tenantId = company.session.tenant.id;
    const pointers = async (body: object) => (await grant(body)).json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer);
    expect(await pointers({ tenantId, plugin: 'op-crm', days: 5 })).toContain('/body/reason');
    expect(await pointers({ tenantId, plugin: 'op-crm', reason: '缺期限' })).toEqual(expect.arrayContaining(['/body/days', '/body/endsAt', '/body/perpetual']));
    expect((await grant({ tenantId, plugin: 'op-crm', days: 5, perpetual: true, reason: '两个期限' })).statusCode).toBe(400);
    expect(await pointers({ tenantId, plugin: 'op-crm', days: 0, reason: 'x' })).toContain('/body/days');
    expect(await pointers({ tenantId, plugin: 'op-crm', days: 5, reason: 'x', source: 'paid' })).toContain('/body/source');
    expect(await pointers({ tenantId, plugin: 'op-crm', endsAt: inDays(-1), reason: '过去' })).toEqual(['/body/endsAt']);
    expect(await pointers({ tenantId: 'nope', plugin: 'op-crm', days: 5, reason: 'x' })).toEqual(['/body/tenantId']);
    expect((await grant({ tenantId: '00000000-0000-4000-8000-000000000000', plugin: 'op-crm', days: 5, reason: 'x' })).json()).toMatchObject({ status: 404 });
    expect((await grant({ tenantId, plugin: 'no-such-module', days: 5, reason: 'x' })).json()).toMatchObject({ status: 404 });
    expect((await extend({ tenantId, plugin: 'op-crm', days: 5 })).statusCode).toBe(400);
    expect((await revoke({ tenantId, plugin: 'op-crm', reason: '' })).statusCode).toBe(400);
    expect(await entitlementsOf(company)).toEqual([]);
  });
});

describe('listings', () => {
  it('shows every served module with its plans; overrides change what companies are charged, hidden ones leave the market', async () => {
    const listing = (await operator.client.get('/api/operator/listings')).json<{ items: { plugin: string }[] }>().items.find((i) => i.plugin === 'op-crm');
    expect(listing).toMatchObject({ hidden: false, included: false, priceOverrides: {}, updatedAt: null, plans: [{ key: 'monthly', listPriceFen: 9900, priceFen: 9900 }, { key: 'yearly' }] });

    const patched = await operator.client.patch('/api/operator/listings/op-crm', { priceOverrides: { monthly: 8800 } });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ priceOverrides: { monthly: 8800 }, plans: [{ key: 'monthly', listPriceFen: 9900, priceFen: 8800 }, { key: 'yearly', priceFen: 99000 }] });
    const company = await signUpCompany(t.app);
    const market = (await company.client.get('/api/market/listings/op-crm')).json<{ plans: { key: string; priceFen: number }[] }>();
    expect(market.plans.map((p) => [p.key, p.priceFen])).toEqual([['monthly', 8800], ['yearly', 99000]]);
    const order = (await company.client.post('/api/market/orders', { plugin: 'op-crm', plan: 'monthly' })).json<{ amountFen: number }>();
    expect(order.amountFen).toBe(8800);

    const bad = await operator.client.patch('/api/operator/listings/op-crm', { priceOverrides: { monthly: 100, nope: 5 } });
    expect(bad.json()).toMatchObject({ status: 400, errors: [{ pointer: '/body/priceOverrides/nope', code: 'unknown-plan' }] });
    expect((await operator.client.patch('/api/operator/listings/op-crm', { priceOverrides: { monthly: -1 } })).json().errors).toEqual([expect.objectContaining({ pointer: '/body/priceOverrides/monthly' })]);
    expect((await operator.client.patch('/api/operator/listings/op-crm', { priceOverrides: { monthly: 9.5 } })).statusCode).toBe(400);
    expect((await operator.client.patch('/api/operator/listings/op-crm', {})).statusCode).toBe(400);
    expect((await operator.client.patch('/api/operator/listings/no-such-module', { hidden: true })).statusCode).toBe(404);

    expect((await operator.client.patch('/api/operator/listings/op-crm', { hidden: true })).json()).toMatchObject({ hidden: true, priceOverrides: { monthly: 8800 } });
    expect((await company.client.get('/api/market/listings/op-crm')).statusCode).toBe(404);
    await operator.client.patch('/api/operator/listings/op-crm', { hidden: false, priceOverrides: {} });
    const audit = (await operator.client.get('/api/operator/audit-log?action=listing.update')).json<{ items: { detail: { before: object; after: object } }[] }>();
    expect(audit.items).toHaveLength(3);
    expect(audit.items[2]?.detail).toEqual({ before: { hidden: false, included: false, priceOverrides: {} }, after: { hidden: false, included: false, priceOverrides: { monthly: 8800 } } });
  });
});

describe('companies and revenue', () => {
  it('lists companies with members, enabled modules and active entitlements, searchable', async () => {
    const company = await signUpCompany(t.app, '丙字号贸易');
    await grant({ tenantId: company.session.tenant.id, plugin: 'op-crm', days: 3, reason: '演示' });
    await company.client.post('/api/plugins/op-crm/enable', {});
    const found = (await operator.client.get(`/api/operator/tenants?search=${encodeURIComponent('丙字号')}`)).json();
    expect(found).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(found.items).toEqual([
      { id: company.session.tenant.id, name: '丙字号贸易', slug: company.session.tenant.slug, createdAt: expect.any(String), memberCount: 1, enabledModules: ['op-crm'], activeEntitlements: 1 },
    ]);
    expect((await operator.client.get('/api/operator/tenants?search=%25')).json().total).toBe(0);
    expect((await operator.client.get('/api/operator/tenants?page=1000')).json()).toMatchObject({ items: [], total: expect.any(Number) });
    expect((await operator.client.get('/api/operator/tenants?pageSize=500')).statusCode).toBe(400);
  });

  it('sums paid order lines by module and month, the month taken in Asia/Shanghai', async () => {
    const company = await signUpCompany(t.app);
    const paid = async (paidAt: string, lines: [string, number][], status = 'paid') => {
      const { rows } = await owner.query<{ id: string }>(
        `INSERT INTO module_orders (tenant_id, id, number, status, provider, amount_fen, created_by, created_at, paid_at)
         VALUES ($1, gen_random_uuid(), 'R' || floor(random() * 1e9)::text, $2, 'manual', $3, $4, $5, CASE WHEN $2 = 'paid' THEN $5::timestamptz END) RETURNING id`,
        [company.session.tenant.id, status, lines.reduce((sum, [, fen]) => sum + fen, 0), company.session.user.id, paidAt],
      );
      for (const [plugin, fen] of lines) {
        await owner.query(`INSERT INTO module_order_lines (tenant_id, order_id, plugin, plan_key, period, amount_fen) VALUES ($1, $2, $3, 'p', 'month', $4)`, [
          company.session.tenant.id,
          rows[0]?.id,
          plugin,
          fen,
        ]);
      }
    };
    await paid('2026-10-31T15:30:00Z', [['op-crm', 9900]]); // 23:30 on 31 October in Shanghai
    await paid('2026-10-31T16:30:00Z', [['op-crm', 8800], ['op-crm-insights', 50000]]); // 00:30 on 1 November
    await paid('2026-11-20T08:00:00Z', [['op-crm', 8800]]);
    await paid('2026-11-21T08:00:00Z', [['op-crm', 7700]], 'pending');
    await paid('2026-12-01T08:00:00Z', [['op-crm', 6600]]);
    const revenue = await operator.client.get('/api/operator/revenue?from=2026-10&to=2026-11');
    expect(revenue.statusCode, revenue.body).toBe(200);
    expect(revenue.json()).toEqual({
      from: '2026-10',
      to: '2026-11',
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      items: [
        { month: '2026-10', plugin: 'op-crm', amountFen: 9900, count: 1 },
        { month: '2026-11', plugin: 'op-crm', amountFen: 17600, count: 2 },
        { month: '2026-11', plugin: 'op-crm-insights', amountFen: 50000, count: 1 },
      ],
      totalFen: 77500,
    });
    expect((await operator.client.get('/api/operator/revenue')).json()).toMatchObject({ from: '2026-02', to: '2027-01' });
    expect((await operator.client.get('/api/operator/revenue?from=2026-12&to=2026-11')).json().errors).toEqual([expect.objectContaining({ pointer: '/query/from' })]);
    expect((await operator.client.get('/api/operator/revenue?from=2026-13')).json().errors).toEqual([expect.objectContaining({ pointer: '/query/from' })]);
  });
});
