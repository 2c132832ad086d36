import type { ModuleOrderDetail } from '@tessera/schemas/market';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPaidOrder } from '../../core/marketplace/apply-paid-order.ts';
import { ManualClock } from '../../core/marketplace/clock.ts';
import { marketPlugins } from '../fixtures/market-plugins/index.ts';
import { createRole, inviteMember } from '../support/members.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

// 10:00 on 24 November in Shanghai, the companies' time zone
const clock = new ManualClock(new Date('2026-11-24T02:00:00Z'));
const bank = { TESSERA_BANK_ACCOUNT_NAME: '泰瑟拉科技有限公司', TESSERA_BANK_NAME: '招商银行上海分行', TESSERA_BANK_ACCOUNT: '6214 8888 0000 1234' };
let t: TestApp;
let owner: pg.Client;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename, bank, marketPlugins, { clock });
  owner = new pg.Client({ connectionString: t.ownerUrl });
  await owner.connect();
  // the operator's settings (their API is tested on its own): a price override, a hidden and an included listing
  await owner.query(`INSERT INTO market_listings (plugin, hidden, included, price_overrides) VALUES
    ('market-sms', false, false, '{"monthly": 2500}'), ('market-secret', true, false, '{}'), ('market-tags', false, true, '{}')`);
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

const buy = (client: TestClient, body: object) => client.post('/api/market/orders', body);
const order = async (client: TestClient, id: string) => (await client.get(`/api/market/orders/${id}`)).json<ModuleOrderDetail>();
const entitlementOf = async (client: TestClient, plugin: string) =>
  (await client.get(`/api/market/listings/${plugin}`)).json<{ entitlement: { source: string; endsAt: string | null; active: boolean } | null }>().entitlement;
/** What the operator console does on a confirmed transfer: in a transaction bound to the order's company. */
const confirmTransfer = (company: SignedUp, orderId: string) =>
  t.db.transaction({ tenantId: company.session.tenant.id, userId: null }, (em) =>
    applyPaidOrder(em, { tenantId: company.session.tenant.id, orderId }, 'operator:test', clock.now()),
  );

describe('buying a module', () => {
  it('pays a zero-price order at once and grants the entitlement in the same request', async () => {
    const company = await signUpCompany(t.app);
    const response = await buy(company.client, { plugin: 'market-notes', plan: 'free' });
    expect(response.statusCode, response.body).toBe(201);
    const placed = response.json<ModuleOrderDetail>();
    expect(placed).toMatchObject({
      number: 'MO-20261124-0001',
      status: 'paid',
      provider: 'free',
      amountFen: 0,
      currency: 'CNY',
      paidAt: clock.now().toISOString(),
      instructions: null,
      lines: [{ plugin: 'market-notes', title: '便签', planKey: 'free', planTitle: '免费版', period: 'year', amountFen: 0 }],
    });
    expect(placed.events.map((e) => [e.status, e.actor])).toEqual([
      ['pending', `user:${company.session.user.id}`],
      ['paid', `user:${company.session.user.id}`],
    ]);
    expect(await entitlementOf(company.client, 'market-notes')).toEqual({
      source: 'paid',
      startsAt: clock.now().toISOString(),
      endsAt: '2027-11-24T02:00:00.000Z',
      active: true,
    });
    expect((await company.client.post('/api/plugins/market-notes/enable', {})).statusCode).toBe(200);
    const audit = (await company.client.get('/api/audit-log?subject=Plugin&pageSize=50')).json<{ items: { action: string; recordId: string }[] }>();
    expect(audit.items.filter((e) => e.recordId === placed.id).map((e) => e.action).sort()).toEqual(['market.order.create', 'market.order.paid']);
  });

  it('leaves a priced order pending with bank-transfer instructions quoting its number, and grants nothing yet', async () => {
    const company = await signUpCompany(t.app);
    const response = await buy(company.client, { plugin: 'market-crm', plan: 'yearly' });
    expect(response.statusCode, response.body).toBe(201);
    const placed = response.json<ModuleOrderDetail>();
    expect(placed).toMatchObject({ status: 'pending', provider: 'manual', amountFen: 99000, paidAt: null });
    expect(placed.instructions).toMatchObject({ ...{ accountName: bank.TESSERA_BANK_ACCOUNT_NAME, bankName: bank.TESSERA_BANK_NAME }, reference: placed.number, amountFen: 99000, configured: true });
    expect(placed.instructions?.text).toContain('¥990.00');
    expect(placed.instructions?.text).toContain(placed.number);
    expect(await order(company.client, placed.id)).toMatchObject({ instructions: { reference: placed.number } });
    expect(await entitlementOf(company.client, 'market-crm')).toBeNull();
    expect((await company.client.post('/api/plugins/market-crm/enable', {})).statusCode).toBe(402);

    const second = (await buy(company.client, { plugin: 'market-notes', plan: 'pro' })).json<ModuleOrderDetail>();
    expect(second.number).toBe('MO-20261124-0002');
  });

  it('lets no tenant route mark an order paid: only the operator’s confirmation grants the module', async () => {
    const company = await signUpCompany(t.app);
    const placed = (await buy(company.client, { plugin: 'market-crm', plan: 'monthly' })).json<ModuleOrderDetail>();
    const forged = { status: 'paid', paidAt: clock.now().toISOString(), provider: 'free', amountFen: 0 };
    expect((await company.client.patch(`/api/market/orders/${placed.id}`, forged)).statusCode).toBe(404);
    for (const path of ['pay', 'confirm', 'paid']) expect((await company.client.post(`/api/market/orders/${placed.id}/${path}`, forged)).statusCode).toBe(404);
    const smuggled = await buy(company.client, { plugin: 'market-crm', plan: 'monthly', status: 'paid', provider: 'free' });
    expect(smuggled.statusCode).toBe(400);
    expect(smuggled.json().errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(['/body/provider', '/body/status']);
    // every write route of the market and the modules, with the order's id and a forged body
    const writes = t.app.routeTable.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && /^\/api\/(market|plugins)\//.test(r.url));
    expect(writes.length).toBeGreaterThan(3);
    for (const route of writes) {
      const url = route.url.replace(':id', placed.id).replace(/:(plugin|name)/, 'market-crm');
      await company.client.request(route.method as 'POST', url, forged);
    }
    const after = await order(company.client, placed.id);
    expect(after.status).not.toBe('paid');
    expect(after.events.map((e) => e.status)).not.toContain('paid');
    expect((await entitlementOf(company.client, 'market-crm'))?.source ?? null).not.toBe('paid');

    const another = (await buy(company.client, { plugin: 'market-crm', plan: 'monthly' })).json<ModuleOrderDetail>();
    expect(await confirmTransfer(company, another.id)).toBe(true);
    expect(await order(company.client, another.id)).toMatchObject({ status: 'paid', instructions: null });
    expect(await entitlementOf(company.client, 'market-crm')).toMatchObject({ source: 'paid', active: true });
  });

  it('offers a missing requirement’s plans (409) and buys it in the same order once chosen', async () => {
    const company = await signUpCompany(t.app);
    const refused = await buy(company.client, { plugin: 'market-reports', plan: 'monthly' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'module-requirement-plans-missing' });
    expect(refused.json().detail).toContain('客户跟进 (market-crm)');
    expect(refused.json().errors).toEqual([{ pointer: '/body/requirementPlans/market-crm', code: 'plan-required', message: expect.stringContaining('monthly') }]);
    expect(refused.json().errors[0].message).toContain('¥99.00');
    expect((await company.client.get('/api/market/orders')).json().total).toBe(0);

    const response = await buy(company.client, { plugin: 'market-reports', plan: 'monthly', requirementPlans: { 'market-crm': 'yearly' } });
    expect(response.statusCode, response.body).toBe(201);
    const placed = response.json<ModuleOrderDetail>();
    expect(placed.lines.map((l) => [l.plugin, l.planKey, l.amountFen])).toEqual([
      ['market-crm', 'yearly', 99000],
      ['market-reports', 'monthly', 19900],
    ]);
    expect(placed.amountFen).toBe(118900);
    await confirmTransfer(company, placed.id);
    expect(await entitlementOf(company.client, 'market-crm')).toMatchObject({ endsAt: '2027-11-24T02:00:00.000Z', active: true });
    // the requirement is held now: a second order has only the module's line
    const again = (await buy(company.client, { plugin: 'market-reports', plan: 'monthly' })).json<ModuleOrderDetail>();
    expect(again.lines.map((l) => l.plugin)).toEqual(['market-reports']);
  });

  it('puts a requirement’s zero-price plan in the order by itself, and needs no line for an included or unpriced one', async () => {
    const company = await signUpCompany(t.app);
    const placed = (await buy(company.client, { plugin: 'market-calendar', plan: 'monthly' })).json<ModuleOrderDetail>();
    expect(placed.lines.map((l) => [l.plugin, l.planKey, l.amountFen])).toEqual([
      ['market-notes', 'free', 0],
      ['market-calendar', 'monthly', 500],
    ]);
    expect(placed.amountFen).toBe(500);
  });

  it('charges the operator’s price override', async () => {
    const company = await signUpCompany(t.app);
    const listing = (await company.client.get('/api/market/listings/market-sms')).json();
    expect(listing.plans).toEqual([expect.objectContaining({ key: 'monthly', priceFen: 2500 })]);
    const placed = (await buy(company.client, { plugin: 'market-sms', plan: 'monthly' })).json<ModuleOrderDetail>();
    expect(placed.amountFen).toBe(2500);
    expect(placed.lines[0]?.amountFen).toBe(2500);
  });

  it('renews from the current end, and the company’s modules name the plan to renew', async () => {
    const company = await signUpCompany(t.app);
    const first = (await buy(company.client, { plugin: 'market-crm', plan: 'monthly' })).json<ModuleOrderDetail>();
    await confirmTransfer(company, first.id);
    expect((await entitlementOf(company.client, 'market-crm'))?.endsAt).toBe('2026-12-24T02:00:00.000Z');
    clock.advanceDays(10);
    const renewal = (await buy(company.client, { plugin: 'market-crm', plan: 'monthly' })).json<ModuleOrderDetail>();
    expect(renewal.lines).toHaveLength(1);
    await confirmTransfer(company, renewal.id);
    expect((await entitlementOf(company.client, 'market-crm'))?.endsAt).toBe('2027-01-24T02:00:00.000Z');
    const mine = (await company.client.get('/api/market/my-modules')).json<{ items: { name: string; lastPlan: { key: string } | null }[] }>();
    expect(mine.items.find((m) => m.name === 'market-crm')?.lastPlan).toMatchObject({ key: 'monthly', priceFen: 9900, period: 'month' });
  });

  it('refuses unknown modules and plans (400 with pointers), what needs no purchase and what is owned for good (409)', async () => {
    const company = await signUpCompany(t.app);
    const problem = async (body: object) => {
      const response = await buy(company.client, body);
      return { status: response.statusCode, code: response.json().code, pointers: (response.json().errors ?? []).map((e: { pointer: string }) => e.pointer) };
    };
    expect(await problem({ plugin: 'market-crm', plan: 'weekly' })).toEqual({ status: 400, code: 'validation-failed', pointers: ['/body/plan'] });
    expect(await problem({ plugin: 'no-such-module', plan: 'monthly' })).toMatchObject({ status: 400, pointers: ['/body/plugin'] });
    expect(await problem({ plugin: 'market-secret', plan: 'monthly' })).toMatchObject({ status: 400, pointers: ['/body/plugin'] });
    expect(await problem({ plugin: 'market-reports', plan: 'monthly', requirementPlans: { 'market-crm': 'weekly' } })).toMatchObject({
      status: 400,
      pointers: ['/body/requirementPlans/market-crm'],
    });
    expect(await problem({ plugin: 'market-crm', plan: 'monthly', requirementPlans: { 'market-notes': 'free' } })).toMatchObject({
      status: 400,
      pointers: ['/body/requirementPlans/market-notes'],
    });
    expect(await problem({ plugin: 'Bad Name', plan: 'monthly' })).toMatchObject({ status: 400, pointers: ['/body/plugin'] });
    expect(await problem({ plugin: 'market-crm' })).toMatchObject({ status: 400, pointers: ['/body/plan'] });
    expect(await problem({ plugin: 'market-help', plan: 'monthly' })).toMatchObject({ status: 409, code: 'module-purchase-not-needed' });
    expect(await problem({ plugin: 'market-tags', plan: 'monthly' })).toMatchObject({ status: 409, code: 'module-purchase-not-needed' });

    const perpetual = (await buy(company.client, { plugin: 'market-archive', plan: 'perpetual' })).json<ModuleOrderDetail>();
    await confirmTransfer(company, perpetual.id);
    expect(await entitlementOf(company.client, 'market-archive')).toMatchObject({ endsAt: null, active: true });
    expect(await problem({ plugin: 'market-archive', plan: 'perpetual' })).toMatchObject({ status: 409, code: 'module-already-owned' });
    for (const query of ['status=bogus', 'pageSize=1000', 'page=0']) {
      expect((await company.client.get(`/api/market/orders?${query}`)).statusCode, query).toBe(400);
    }
    expect((await company.client.get('/api/market/orders/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('orders afterwards', () => {
  it('lists the company’s orders newest first, by status, a page at a time', async () => {
    const company = await signUpCompany(t.app);
    const numbers: string[] = [];
    for (const plugin of ['market-crm', 'market-sms', 'market-notes']) {
      clock.advanceDays(1);
      numbers.push((await buy(company.client, { plugin, plan: plugin === 'market-notes' ? 'free' : 'monthly' })).json().number);
    }
    const page = (await company.client.get('/api/market/orders?page=1&pageSize=2')).json();
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.items.map((o: { number: string }) => o.number)).toEqual([numbers[2], numbers[1]]);
    expect(page.items[0].lines).toEqual([expect.objectContaining({ plugin: 'market-notes' })]);
    const pending = (await company.client.get('/api/market/orders?status=pending')).json();
    expect(pending.items.map((o: { number: string }) => o.number)).toEqual([numbers[1], numbers[0]]);
  });

  it('cancels only a pending order, and keeps the change', async () => {
    const company = await signUpCompany(t.app);
    const placed = (await buy(company.client, { plugin: 'market-crm', plan: 'monthly' })).json<ModuleOrderDetail>();
    const cancelled = await company.client.post(`/api/market/orders/${placed.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelledAt: clock.now().toISOString(), instructions: null });
    expect(cancelled.json().events.map((e: { status: string }) => e.status)).toEqual(['pending', 'cancelled']);
    const again = await company.client.post(`/api/market/orders/${placed.id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'module-order-not-pending' });
    expect(await confirmTransfer(company, placed.id)).toBe(false);
    const free = (await buy(company.client, { plugin: 'market-notes', plan: 'free' })).json<ModuleOrderDetail>();
    expect((await company.client.post(`/api/market/orders/${free.id}/cancel`)).json()).toMatchObject({ code: 'module-order-not-pending' });
  });

  it('prints a receipt: escaped, self-contained, in the reader’s language, with exact ¥ amounts', async () => {
    const hostile = '<script>alert(1)</script>&"\'<img src=x onerror=alert(2)>';
    const company = await signUpCompany(t.app, hostile);
    const placed = (await buy(company.client, { plugin: 'market-archive', plan: 'perpetual' })).json<ModuleOrderDetail>();
    await confirmTransfer(company, placed.id);
    const receipt = await company.client.get(`/api/market/orders/${placed.id}/receipt`);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(receipt.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-eval/);
    expect(receipt.headers['x-content-type-options']).toBe('nosniff');
    const html = receipt.body;
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).toContain('¥1,234,567.89');
    expect(html).toContain(placed.number);
    expect(html).toContain('模块订单收据');
    expect(html).toContain('已付款');
    expect(html).toContain('2026-');

    expect((await company.client.patch('/api/auth/profile', { locale: 'en-US' })).statusCode).toBe(200);
    const english = (await company.client.get(`/api/market/orders/${placed.id}/receipt`)).body;
    expect(english).toContain('Module order receipt');
    expect(english).toContain('¥1,234,567.89');
    const pending = (await buy(company.client, { plugin: 'market-sms', plan: 'monthly' })).json<ModuleOrderDetail>();
    const unpaid = (await company.client.get(`/api/market/orders/${pending.id}/receipt`)).body;
    expect(unpaid).toContain('¥25.00');
    expect(unpaid).toContain('not a proof of payment');
  });
});

describe('who may see and buy', () => {
  it('keeps a company’s orders and entitlements from every other company (404)', async () => {
    const a = await signUpCompany(t.app, '甲公司');
    const b = await signUpCompany(t.app, '乙公司');
    const placed = (await buy(a.client, { plugin: 'market-crm', plan: 'monthly' })).json<ModuleOrderDetail>();
    await confirmTransfer(a, placed.id);
    const pending = (await buy(a.client, { plugin: 'market-sms', plan: 'monthly' })).json<ModuleOrderDetail>();
    for (const id of [placed.id, pending.id]) {
      for (const url of [`/api/market/orders/${id}`, `/api/market/orders/${id}/receipt`]) {
        const response = await b.client.get(url);
        expect(response.statusCode, url).toBe(404);
        expect(response.json().code).toBe('not-found');
      }
      expect((await b.client.post(`/api/market/orders/${id}/cancel`)).statusCode).toBe(404);
    }
    expect((await order(a.client, pending.id)).status).toBe('pending');
    expect((await b.client.get('/api/market/orders')).json()).toMatchObject({ items: [], total: 0 });
    expect(await entitlementOf(b.client, 'market-crm')).toBeNull();
    const bModules = (await b.client.get('/api/market/my-modules')).json<{ items: { name: string }[] }>();
    expect(bModules.items.map((m) => m.name)).toEqual(['market-tags']);
    // B's own numbering starts at its first order of the day
    expect((await buy(b.client, { plugin: 'market-crm', plan: 'monthly' })).json().number).toMatch(/-0001$/);
  });

  it('lets only those who may change modules buy or cancel (403); reading needs read on modules', async () => {
    const company = await signUpCompany(t.app);
    const placed = (await buy(company.client, { plugin: 'market-crm', plan: 'monthly' })).json<ModuleOrderDetail>();
    const member = await inviteMember(company.client, 'member');
    for (const url of ['/api/market/listings', '/api/market/orders', '/api/market/my-modules', `/api/market/orders/${placed.id}/receipt`]) {
      expect((await member.client.get(url)).statusCode, url).toBe(403);
    }
    await createRole(company.client, 'module-viewer', [{ action: 'read', subject: 'Plugin' }]);
    const viewer = await inviteMember(company.client, 'module-viewer');
    expect((await viewer.client.get('/api/market/orders')).json().total).toBe(1);
    for (const client of [member.client, viewer.client]) {
      const refused = await buy(client, { plugin: 'market-sms', plan: 'monthly' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('forbidden');
      expect((await client.post(`/api/market/orders/${placed.id}/cancel`)).statusCode).toBe(403);
    }
    expect((await company.client.get('/api/market/orders')).json().total).toBe(1);
  });
});
