import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPaidOrder } from '../../core/marketplace/apply-paid-order.ts';
import { ManualClock } from '../../core/marketplace/clock.ts';
import { runEntitlementExpiry } from '../../core/marketplace/entitlement-expiry.ts';
import { pricedPlugin } from '../fixtures/priced-plugin.ts';
import { inviteMember } from '../support/members.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

const clock = new ManualClock(new Date('2026-12-01T02:00:00Z'));
let t: TestApp;
let owner: pg.Client;
let company: SignedUp;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [pricedPlugin], { clock });
  owner = new pg.Client({ connectionString: t.ownerUrl });
  await owner.connect();
  company = await signUpCompany(t.app);
});
afterAll(async () => {
  await owner.end();
  await t.close();
});

const notes = '/api/p/fixture-priced/notes';
const trial = '/api/market/listings/fixture-priced/trial';
const enable = (client: TestClient) => client.post('/api/plugins/fixture-priced/enable', {});
const runJob = () => runEntitlementExpiry(t.app, t.ownerUrl, clock.now());
const messages = async (client: TestClient) =>
  (await client.get('/api/messages?category=marketplace&pageSize=50')).json<{ items: { title: string }[] }>().items.map((m) => m.title);

describe('a module with a price', () => {
  it('cannot be enabled without a trial or a purchase: 402 saying what to do', async () => {
    const refused = await enable(company.client);
    expect(refused.statusCode).toBe(402);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'entitlement-required', title: '模块未购买' });
    expect(refused.json().detail).toContain('付费模块（测试）');
    expect(refused.json().detail).toContain('免费试用 14 天');
    expect((await company.client.get('/api/auth/session')).json().enabledPlugins).toEqual([]);
  });

  it('lets only those who may change modules start the trial, once', async () => {
    const member = await inviteMember(company.client, 'member');
    expect((await member.client.post(trial)).statusCode).toBe(403);
    const started = await company.client.post(trial);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toEqual({ plugin: 'fixture-priced', endsAt: '2026-12-15T02:00:00.000Z' });
    expect((await company.client.post(trial)).json()).toMatchObject({ code: 'trial-unavailable' });
    expect((await enable(company.client)).statusCode).toBe(200);
    expect((await company.client.post(notes, { text: '试用期笔记' })).statusCode).toBe(201);
  });

  it('reminds the admins a week and a day before the end', async () => {
    clock.advanceDays(7);
    await runJob();
    expect(await messages(company.client)).toEqual(['「付费模块（测试）」将在 7 天后到期']);
    await runJob();
    expect(await messages(company.client)).toHaveLength(1);
    clock.advanceDays(6.5);
    await runJob();
    expect((await messages(company.client))[0]).toBe('「付费模块（测试）」将在 1 天后到期');
  });

  it('turns read-only when the trial ends: reads work, writes answer 402 saying until when', async () => {
    clock.advanceDays(1);
    await runJob();
    expect((await company.client.get(notes)).json()).toEqual({ notes: ['试用期笔记'] });
    const write = await company.client.post(notes, { text: '到期后' });
    expect(write.statusCode).toBe(402);
    expect(write.json()).toMatchObject({ code: 'entitlement-expired' });
    expect(write.json().detail).toContain('2026-12-22');
    expect((await messages(company.client))[0]).toBe('「付费模块（测试）」已转为只读');
  });

  it('is turned off after the grace period, its data kept; the trial cannot be taken again', async () => {
    clock.advanceDays(7);
    await runJob();
    expect((await company.client.get(notes)).json()).toMatchObject({ code: 'module-not-enabled' });
    expect((await messages(company.client))[0]).toBe('「付费模块（测试）」已停用');
    expect((await company.client.post(trial)).json()).toMatchObject({ code: 'trial-used' });
    const refused = await enable(company.client);
    expect(refused.statusCode).toBe(402);
    expect(refused.json().detail).toContain('购买套餐');
    const { rows } = await owner.query('SELECT text FROM fixture_priced_notes WHERE tenant_id = $1', [company.session.tenant.id]);
    expect(rows).toEqual([{ text: '试用期笔记' }]);
  });

  it('comes back with its data once a paid order is confirmed', async () => {
    const orderId = '01900000-0000-7000-8000-000000000001';
    const tenantId = company.session.tenant.id;
    await owner.query(
      `INSERT INTO module_orders (tenant_id, id, number, status, provider, amount_fen, created_by, created_at)
       VALUES ($1, $2, 'MO-TEST-1', 'pending', 'manual', 19900, $3, $4)`,
      [tenantId, orderId, company.session.user.id, clock.now()],
    );
    await owner.query(
      `INSERT INTO module_order_lines (tenant_id, order_id, plugin, plan_key, period, amount_fen) VALUES ($1, $2, 'fixture-priced', 'monthly', 'month', 19900)`,
      [tenantId, orderId],
    );
    expect((await enable(company.client)).statusCode).toBe(402);
    await t.app.db.transaction({ tenantId, userId: null }, (em) => applyPaidOrder(em, { tenantId, orderId }, 'operator:test', clock.now()));
    expect((await enable(company.client)).statusCode).toBe(200);
    expect((await company.client.get(notes)).json()).toEqual({ notes: ['试用期笔记'] });
    expect((await company.client.post(notes, { text: '付费后' })).statusCode).toBe(201);
  });
});

describe('entitlements across companies', () => {
  it('never carry over: another company still needs its own, and an included listing needs none', async () => {
    const other = await signUpCompany(t.app, '另一家企业');
    expect((await enable(other.client)).statusCode).toBe(402);
    expect((await other.client.post(trial)).statusCode).toBe(201);
    expect((await other.client.post('/api/plugins/fixture-priced/disable')).statusCode).toBe(204);

    const third = await signUpCompany(t.app, '第三家企业');
    await owner.query(`INSERT INTO market_listings (plugin, included) VALUES ('fixture-priced', true)`);
    try {
      expect((await enable(third.client)).statusCode).toBe(200);
    } finally {
      await owner.query(`DELETE FROM market_listings WHERE plugin = 'fixture-priced'`);
    }
  });
});
