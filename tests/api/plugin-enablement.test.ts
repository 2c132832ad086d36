import type { PluginView } from '@tessera/schemas/plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { miniAuditTrail } from '../fixtures/mini-plugins/audit-trail.ts';
import { miniCatalog } from '../fixtures/mini-plugins/catalog.ts';
import { miniOrders } from '../fixtures/mini-plugins/orders.ts';
import { inviteMember, updateMemberAccess } from '../support/members.ts';
import { createSiblingApp, createTestApp, type TestApp } from '../support/test-app.ts';
import { apiTokenClient, type SignedUp, signUpCompany, TestClient } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [miniCatalog, miniOrders, miniAuditTrail]);
  owner = await signUpCompany(t.app);
});
afterAll(() => t.close());

const items = '/api/p/mini-catalog/items';
const listed = async (client: TestClient) => (await client.get('/api/plugins')).json<{ items: PluginView[] }>().items;

describe('per-company modules', () => {
  it('answers module-not-enabled on every route of a module the company has not enabled', async () => {
    for (const url of [items, '/api/p/mini-orders/ping']) {
      const response = await owner.client.get(url);
      expect(response.statusCode, url).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'module-not-enabled' });
    }
    expect((await owner.client.post(items, { name: '茶叶' })).statusCode).toBe(403);
    expect((await listed(owner.client)).map((p) => [p.name, p.enabled])).toEqual([
      ['mini-catalog', false],
      ['mini-orders', false],
      ['mini-audit-trail', false],
    ]);
  });

  it('offers to enable what a module requires, and enables it in one step only when asked', async () => {
    const refused = await owner.client.post('/api/plugins/mini-orders/enable', {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'plugin-requirements-disabled' });
    expect(refused.json().detail).toContain('mini-catalog');
    expect((await listed(owner.client)).every((p) => !p.enabled)).toBe(true);

    const enabled = await owner.client.post('/api/plugins/mini-orders/enable', { withRequirements: true });
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json()).toEqual({ enabled: ['mini-catalog', 'mini-orders'] });
    expect((await owner.client.post(items, { name: '茶叶' })).statusCode).toBe(201);
    expect((await owner.client.get('/api/p/mini-orders/ping')).json()).toEqual({ pong: true });
    expect((await owner.client.get('/api/auth/session')).json().enabledPlugins).toEqual(['mini-catalog', 'mini-orders']);
    const catalog = (await listed(owner.client)).find((p) => p.name === 'mini-catalog');
    expect(catalog).toMatchObject({ enabled: true, requiredBy: ['mini-orders'], title: '迷你商品' });
  });

  it('refuses to disable a module an enabled module requires, naming it; disabling keeps the data', async () => {
    const refused = await owner.client.post('/api/plugins/mini-catalog/disable');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'plugin-required' });
    expect(refused.json().detail).toContain('mini-orders');

    expect((await owner.client.post('/api/plugins/mini-orders/disable')).statusCode).toBe(204);
    expect((await owner.client.post('/api/plugins/mini-catalog/disable')).statusCode).toBe(204);
    expect((await owner.client.get(items)).json().code).toBe('module-not-enabled');
    expect((await owner.client.post('/api/plugins/mini-catalog/enable', {})).statusCode).toBe(200);
    expect((await owner.client.get(items)).json()).toEqual({ items: ['茶叶'] });

    const audit = (await owner.client.get('/api/audit-log?subject=Plugin&pageSize=50')).json<{ items: { action: string }[] }>();
    expect(audit.items.map((e) => e.action)).toEqual(expect.arrayContaining(['plugin.enable', 'plugin.disable']));
  });

  it('is per company: another company does not get the module, nor see the first one’s data', async () => {
    const other = await signUpCompany(t.app, '另一家公司');
    expect((await other.client.get(items)).json().code).toBe('module-not-enabled');
    expect((await other.client.post('/api/plugins/mini-catalog/enable', {})).statusCode).toBe(200);
    expect((await other.client.get(items)).json()).toEqual({ items: [] });
  });

  it('gives the built-in roles the default grants of an enabled module, and only while it is enabled', async () => {
    const member = await inviteMember(owner.client, 'member');
    expect((await member.client.get(items)).statusCode).toBe(200);
    const session = (await member.client.get('/api/auth/session')).json();
    expect(session.rules).toEqual(expect.arrayContaining([{ action: 'read', subject: 'MiniItem' }]));
    // the grant is read, not create
    expect((await member.client.post(items, { name: '咖啡' })).statusCode).toBe(403);
    await updateMemberAccess(owner.client, member.userId, { roles: [] });
    expect((await member.client.get(items)).statusCode).toBe(403);
  });

  it('lets only those who may change modules enable them, and refuses unknown modules', async () => {
    const member = await inviteMember(owner.client, 'member');
    expect((await member.client.post('/api/plugins/mini-orders/enable', {})).statusCode).toBe(403);
    expect((await owner.client.post('/api/plugins/no-such-module/enable', {})).statusCode).toBe(404);
    expect((await owner.client.post('/api/plugins/Bad_Name/enable', {})).statusCode).toBe(400);
  });

  it('reaches every server process on its next request, API tokens included', async () => {
    const sibling = await createSiblingApp(t);
    try {
      const company = await signUpCompany(t.app, '多进程公司');
      const { client: token } = await apiTokenClient(company.client, 'admin');
      const onSibling = new TestClient(sibling.app, token.credentials);
      const sessionOnSibling = new TestClient(sibling.app, company.client.credentials);
      expect((await onSibling.get(items)).json().code).toBe('module-not-enabled');
      expect((await company.client.post('/api/plugins/mini-catalog/enable', {})).statusCode).toBe(200);
      await expect.poll(async () => (await onSibling.get(items)).statusCode, { timeout: 5000 }).toBe(200);
      expect((await sessionOnSibling.get(items)).statusCode).toBe(200);
      expect((await company.client.post('/api/plugins/mini-catalog/disable')).statusCode).toBe(204);
      await expect.poll(async () => (await onSibling.get(items)).statusCode, { timeout: 5000 }).toBe(403);
      expect((await sessionOnSibling.get(items)).statusCode).toBe(403);
    } finally {
      await sibling.close();
    }
  });
});

describe('plugins working together', () => {
  it('use each other only through provided services and events, delivered after commit to enabled subscribers', async () => {
    const company = await signUpCompany(t.app, '联动公司');
    expect((await company.client.post('/api/plugins/mini-orders/enable', { withRequirements: true })).statusCode).toBe(200);
    const orders = '/api/p/mini-orders/orders';
    const sales = '/api/p/mini-catalog/sales';

    // the catalog's service says the item is unknown: nothing is ordered, no event
    const unknown = await company.client.post(orders, { item: '普洱' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ pointer: '/body/item', code: 'not-in-catalog' })]);

    expect((await company.client.post(items, { name: '普洱' })).statusCode).toBe(201);
    expect((await company.client.post(orders, { item: '普洱' })).statusCode).toBe(201);
    expect((await company.client.get(sales)).json()).toEqual({ sales: ['普洱'] });

    // an event of a request that rolls back is never delivered
    expect((await company.client.post(items, { name: '龙井' })).statusCode).toBe(201);
    expect((await company.client.post(orders, { item: '龙井', failAfterEmitting: true })).statusCode).toBe(400);
    expect((await company.client.get(sales)).json()).toEqual({ sales: ['普洱'] });

    // other companies' subscribers never see this company's events
    const other = await signUpCompany(t.app, '旁观公司');
    await other.client.post('/api/plugins/mini-catalog/enable', {});
    expect((await other.client.get(sales)).json()).toEqual({ sales: [] });
  });

  it('skip a subscriber the company has not enabled, and run enable and disable hooks in the change', async () => {
    const company = await signUpCompany(t.app, '留痕公司');
    expect((await company.client.post('/api/plugins/mini-orders/enable', { withRequirements: true })).statusCode).toBe(200);
    expect((await company.client.post(items, { name: '红茶' })).statusCode).toBe(201);
    expect((await company.client.post('/api/p/mini-orders/orders', { item: '红茶' })).statusCode).toBe(201);
    const trail = async () => (await company.client.get('/api/p/mini-audit-trail/entries')).json().entries;

    expect((await company.client.post('/api/plugins/mini-audit-trail/enable', {})).statusCode).toBe(200);
    expect(await trail()).toEqual(['enabled']);
    expect((await company.client.post('/api/p/mini-orders/orders', { item: '红茶' })).statusCode).toBe(201);
    expect(await trail()).toEqual(['enabled', 'placed 红茶']);
    expect((await company.client.post('/api/plugins/mini-audit-trail/disable')).statusCode).toBe(204);
    expect((await company.client.post('/api/p/mini-orders/orders', { item: '红茶' })).statusCode).toBe(201);
    expect((await company.client.post('/api/plugins/mini-audit-trail/enable', {})).statusCode).toBe(200);
    expect(await trail()).toEqual(['enabled', 'placed 红茶', 'disabled', 'enabled']);
  });

  it('commit a write before answering, also when a route sends its answer itself', async () => {
    const company = await signUpCompany(t.app, '直发公司');
    await company.client.post('/api/plugins/mini-catalog/enable', {});
    const sent = await company.client.post(`${items}/sent-directly`, { name: '白茶' });
    expect(sent.statusCode).toBe(201);
    expect((await company.client.get(items)).json()).toEqual({ items: ['白茶'] });
  });
});

describe('a module’s settings', () => {
  it('are per company, checked against the module’s schema, with its defaults, and seen by the module', async () => {
    const company = await signUpCompany(t.app, '设置公司');
    const settings = '/api/plugins/mini-catalog/settings';
    expect((await company.client.request('PUT', settings, { lowStockAlert: 3 })).json().code).toBe('module-not-enabled');
    await company.client.post('/api/plugins/mini-catalog/enable', {});
    expect((await company.client.get(settings)).json().values).toEqual({ currency: 'CNY', lowStockAlert: 5 });

    const wrong = await company.client.request('PUT', settings, { lowStockAlert: -1, colour: 'red', currency: 5 });
    expect(wrong.statusCode).toBe(400);
    expect([...new Set(wrong.json().errors.map((e: { pointer: string }) => e.pointer))].sort()).toEqual([
      '/body/colour',
      '/body/currency',
      '/body/lowStockAlert',
    ]);
    expect((await company.client.get('/api/p/mini-catalog/config')).json()).toEqual({ currency: 'CNY', lowStockAlert: 5 });

    const saved = await company.client.request('PUT', settings, { lowStockAlert: 12 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().values).toEqual({ currency: 'CNY', lowStockAlert: 12 });
    expect((await company.client.get('/api/p/mini-catalog/config')).json()).toEqual({ currency: 'CNY', lowStockAlert: 12 });
    // another company keeps the defaults
    expect((await owner.client.get(settings)).json().values).toEqual({ currency: 'CNY', lowStockAlert: 5 });
  });
});
