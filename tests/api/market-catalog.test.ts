import type { MarketListingDetail, MarketListingView, MyModuleView } from '@tessera/schemas/market';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/marketplace/clock.ts';
import { marketPlugins } from '../fixtures/market-plugins/index.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { signUpCompany, type TestClient } from '../support/test-client.ts';

const clock = new ManualClock(new Date('2026-11-24T02:00:00Z'));
let t: TestApp;
let owner: pg.Client;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, marketPlugins, { clock });
  owner = new pg.Client({ connectionString: t.ownerUrl });
  await owner.connect();
  await owner.query(`INSERT INTO market_listings (plugin, hidden, included, price_overrides) VALUES
    ('market-crm', false, false, '{"yearly": 88800}'), ('market-secret', true, false, '{}'), ('market-tags', false, true, '{}')`);
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

const listings = async (client: TestClient, query = '') =>
  (await client.get(`/api/market/listings${query}`)).json<{ items: MarketListingView[] }>().items;

describe('the module market', () => {
  it('lists every module the operator did not hide, with plans at effective prices, in the reader’s language', async () => {
    const company = await signUpCompany(t.app);
    const items = await listings(company.client);
    expect(items.map((item) => item.name)).toEqual(marketPlugins.map((p) => p.name).filter((name) => name !== 'market-secret'));
    expect(items.find((item) => item.name === 'market-crm')).toEqual({
      name: 'market-crm',
      title: '客户跟进',
      description: '跟进客户与商机',
      category: 'customers',
      icon: 'TeamOutlined',
      version: '1.0.0',
      requires: [],
      plans: [
        { key: 'monthly', title: '月付', priceFen: 9900, currency: 'CNY', period: 'month', trialDays: 14 },
        { key: 'yearly', title: '年付', priceFen: 88800, currency: 'CNY', period: 'year', trialDays: 0 },
      ],
      trialDays: 14,
      included: false,
      screenshots: [
        { url: 'https://example.com/crm-board.png', caption: '跟进看板' },
        { url: '/static/crm-list.png', caption: null },
      ],
      entitlement: null,
      trialUsed: false,
      enabled: false,
      readOnlyUntil: null,
    });
    expect(items.find((item) => item.name === 'market-reports')?.requires).toEqual([{ name: 'market-crm', title: '客户跟进' }]);
    expect(items.find((item) => item.name === 'market-tags')).toMatchObject({ included: true });
    expect(items.find((item) => item.name === 'market-help')).toMatchObject({ plans: [], trialDays: 0 });

    expect((await company.client.patch('/api/auth/profile', { locale: 'en-US' })).statusCode).toBe(200);
    const inEnglish = await listings(company.client, '?search=FOLLOW-UP');
    expect(inEnglish.map((item) => [item.name, item.title, item.screenshots[0]?.caption])).toEqual([['market-crm', 'Customer follow-up', 'Follow-up board']]);
  });

  it('filters by category and by search in names, titles and descriptions', async () => {
    const company = await signUpCompany(t.app);
    expect((await listings(company.client, '?category=customers')).map((item) => item.name)).toEqual(['market-crm', 'market-tags']);
    expect((await listings(company.client, `?search=${encodeURIComponent('报表')}`)).map((item) => item.name)).toEqual(['market-reports']);
    expect((await listings(company.client, '?search=secret')).map((item) => item.name)).toEqual([]);
    for (const query of ['?category=toys', '?search=', `?search=${'x'.repeat(61)}`, '?sort=name']) {
      const response = await company.client.get(`/api/market/listings${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors[0].pointer).toMatch(/^\/query\//);
    }
  });

  it('shows one listing with the modules that need it, and hides what the operator hid (404)', async () => {
    const company = await signUpCompany(t.app);
    const crm = (await company.client.get('/api/market/listings/market-crm')).json<MarketListingDetail>();
    expect(crm.requiredBy).toEqual([{ name: 'market-reports', title: '客户报表' }]);
    for (const name of ['market-secret', 'no-such-module']) {
      const response = await company.client.get(`/api/market/listings/${name}`);
      expect(response.statusCode, name).toBe(404);
      expect(response.json().code).toBe('not-found');
    }
    expect((await company.client.get('/api/market/listings/Not_A_Name')).statusCode).toBe(400);
  });

  it('shows the company’s own state: entitlement, trial taken, enabled, read-only', async () => {
    const company = await signUpCompany(t.app);
    const tenantId = company.session.tenant.id;
    const endsAt = new Date('2026-12-01T00:00:00Z');
    await owner.query(`INSERT INTO entitlements (tenant_id, plugin, source, starts_at, ends_at, updated_at) VALUES ($1, 'market-crm', 'trial', $2, $3, $2)`, [
      tenantId,
      clock.now(),
      endsAt,
    ]);
    await owner.query(`INSERT INTO module_trials (tenant_id, plugin, started_at) VALUES ($1, 'market-crm', $2)`, [tenantId, clock.now()]);
    await owner.query(`INSERT INTO tenant_plugins (tenant_id, plugin, enabled, enabled_at, read_only_until) VALUES ($1, 'market-crm', true, now(), $2)`, [
      tenantId,
      new Date('2026-12-08T00:00:00Z'),
    ]);
    const crm = (await company.client.get('/api/market/listings/market-crm')).json<MarketListingDetail>();
    expect(crm).toMatchObject({
      entitlement: { source: 'trial', startsAt: clock.now().toISOString(), endsAt: endsAt.toISOString(), active: true },
      trialUsed: true,
      enabled: true,
      readOnlyUntil: '2026-12-08T00:00:00.000Z',
    });
    const other = await signUpCompany(t.app);
    expect((await other.client.get('/api/market/listings/market-crm')).json()).toMatchObject({ entitlement: null, trialUsed: false, enabled: false });

    const mine = (await company.client.get('/api/market/my-modules')).json<{ items: MyModuleView[] }>().items;
    expect(mine).toEqual([
      {
        name: 'market-crm',
        title: '客户跟进',
        enabled: true,
        included: false,
        entitlement: { source: 'trial', startsAt: clock.now().toISOString(), endsAt: endsAt.toISOString(), active: true },
        readOnlyUntil: '2026-12-08T00:00:00.000Z',
        lastPlan: null,
      },
      { name: 'market-tags', title: '标签', enabled: false, included: true, entitlement: null, readOnlyUntil: null, lastPlan: null },
    ]);
  });
});
