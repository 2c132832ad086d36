import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../core/marketplace/clock.ts';
import { marketPlugins } from '../fixtures/market-plugins/index.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let company: SignedUp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, marketPlugins, { clock: new ManualClock(new Date('2026-11-24T02:00:00Z')) });
  company = await signUpCompany(t.app);
});
afterAll(() => t.close());

const buyWithKey = (key: string, body: object) =>
  company.client.request('POST', '/api/market/orders', body, { 'idempotency-key': key });
const orderCount = async () => (await company.client.get('/api/market/orders')).json<{ total: number }>().total;

it('answers a retried order with the order it already made, and refuses the key for another order', async () => {
  const first = await buyWithKey('order-7f3a', { plugin: 'market-sms', plan: 'monthly' });
  expect(first.statusCode, first.body).toBe(201);
  const again = await buyWithKey('order-7f3a', { plugin: 'market-sms', plan: 'monthly' });
  expect(again.statusCode).toBe(200);
  expect(again.headers['idempotent-replayed']).toBe('true');
  expect(again.json().id).toBe(first.json().id);
  expect(await orderCount()).toBe(1);

  const reused = await buyWithKey('order-7f3a', { plugin: 'market-calendar', plan: 'monthly' });
  expect(reused.statusCode).toBe(409);
  expect(reused.json()).toMatchObject({ code: 'idempotency-key-reused' });
  const bad = await buyWithKey('含中文的键', { plugin: 'market-calendar', plan: 'monthly' });
  expect(bad.statusCode).toBe(400);
  expect(bad.json().errors[0].pointer).toBe('/headers/idempotency-key');
  expect(await orderCount()).toBe(1);

  const other = await signUpCompany(t.app, '另一家');
  const theirs = await other.client.request('POST', '/api/market/orders', { plugin: 'market-sms', plan: 'monthly' }, { 'idempotency-key': 'order-7f3a' });
  expect(theirs.statusCode).toBe(201);
  expect(theirs.json().id).not.toBe(first.json().id);
});
