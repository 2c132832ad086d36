import type { AuditEntryView } from '@tessera/schemas/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesFixturePlugin } from '../fixtures/sales-plugin/index.ts';
import { SalesSeeder } from '../fixtures/sales-plugin/seed.ts';
import { createRole, type InvitedMember, inviteMember, updateMemberAccess } from '../support/members.ts';
import { enablePlugin } from '../support/plugins.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

type Row = Record<string, unknown>;
const orders = '/api/p/fixture-sales/orders';
const hidden = ['costFen', 'remark', 'channel'];

let t: TestApp;
let owner: SignedUp;
let rep: InvitedMember;
let orderIds: string[];

async function items(client: TestClient, query = ''): Promise<Row[]> {
  const response = await client.get(`${orders}?pageSize=100${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Row[] }>().items;
}

async function refused(client: TestClient, url: string, field: string): Promise<void> {
  const response = await client.get(url);
  expect(response.statusCode, url).toBe(403);
  expect(response.json()).toMatchObject({ code: 'field-forbidden' });
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(JSON.stringify(response.json().errors)).toContain(field);
}

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [salesFixturePlugin]);
  owner = await signUpCompany(t.app);
  await enablePlugin(owner.client, 'fixture-sales');
  const seeder = new SalesSeeder(t.ownerUrl, owner.session.tenant.id);
  const vip = await seeder.group('VIP 客户', 15);
  const regular = await seeder.group('普通客户', 5);
  const alice = await seeder.customer('上海百联', '13800000001', vip);
  const bob = await seeder.customer('杭州银泰', '13800000002', regular);
  const ownerId = owner.session.user.id;
  orderIds = await seeder.orders([
    { code: 'A-1', ownerId, amountFen: 10_000, costFen: 7_777, remark: '底价成交，勿外传', channel: 'dealer', customerId: alice },
    { code: 'A-2', ownerId, amountFen: 20_000, costFen: 1_111, remark: '', channel: 'online', customerId: bob },
    { code: 'A-3', ownerId, amountFen: 30_000, costFen: 4_444, remark: '', channel: 'store', customerId: null },
  ]);
  await createRole(owner.client, 'sales-rep', [
    { action: 'read', subject: 'SalesOrder' },
    { action: 'read', subject: 'SalesOrder', fields: hidden, inverted: true },
    { action: 'export', subject: 'SalesOrder' },
    { action: 'create', subject: 'SalesOrder', fields: ['code', 'amountFen', 'status', 'departmentId'] },
    { action: 'update', subject: 'SalesOrder', fields: ['status', 'amountFen'] },
    { action: 'read', subject: 'Customer' },
    { action: 'read', subject: 'Customer', fields: ['phone'], inverted: true },
    { action: 'read', subject: 'CustomerGroup', conditions: { discountPercent: { $lte: 10 } } },
  ]);
  rep = await inviteMember(owner.client, 'member');
  await updateMemberAccess(owner.client, rep.userId, { roles: ['sales-rep'] });
});
afterAll(() => t.close());

describe('a forbidden field', () => {
  it('is absent from the list, the detail and the export, and present for the owner', async () => {
    for (const row of await items(rep.client)) for (const field of hidden) expect(row).not.toHaveProperty(field);
    expect((await items(owner.client))[0]).toHaveProperty('costFen');

    const detail = await rep.client.get(`${orders}/${orderIds[0]}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ code: 'A-1', amountFen: 10_000 });
    for (const field of hidden) expect(detail.json()).not.toHaveProperty(field);

    const csv = await rep.client.get(`${orders}/export`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header] = csv.body.replace(/^\uFEFF/, '').split('\n');
    expect(header?.split(',')).toContain('amountFen');
    for (const field of hidden) expect(header?.split(',')).not.toContain(field);
    expect(csv.body).not.toContain('7777');
    expect(csv.body).not.toContain('底价');
    expect((await owner.client.get(`${orders}/export`)).body).toContain('7777');
  });

  it('cannot be written: 403 naming the field, and nothing changes', async () => {
    const patch = await rep.client.patch(`${orders}/${orderIds[0]}`, { status: 'shipped', costFen: 1 });
    expect(patch.statusCode).toBe(403);
    expect(patch.json()).toMatchObject({ code: 'field-forbidden' });
    expect(patch.json().errors).toEqual([expect.objectContaining({ pointer: '/body/costFen' })]);
    expect(patch.json().detail).toBe('您不能编辑「订单」的字段「成本」。');
    const unchanged = (await owner.client.get(`${orders}/${orderIds[0]}`)).json();
    expect(unchanged).toMatchObject({ status: 'confirmed', costFen: 7_777 });

    const create = await rep.client.post(orders, { code: 'NEW-1', amountFen: 5, remark: '改价' });
    expect(create.statusCode).toBe(403);
    expect(create.json().errors).toEqual([expect.objectContaining({ pointer: '/body/remark' })]);
    expect((await items(owner.client)).map((o) => o.code)).not.toContain('NEW-1');

    const allowed = await rep.client.patch(`${orders}/${orderIds[0]}`, { status: 'shipped' });
    expect(allowed.statusCode, allowed.body).toBe(200);
    expect(allowed.json()).not.toHaveProperty('costFen');

    const audit = (await owner.client.get('/api/audit-log?pageSize=100')).json<{ items: AuditEntryView[] }>().items;
    expect(audit.find((e) => e.action === 'sales-order.update')?.changes).toEqual({
      status: { before: 'confirmed', after: 'shipped' },
    });
    expect(audit.filter((e) => e.outcome === 'denied' && e.subject === 'SalesOrder').length).toBeGreaterThanOrEqual(2);
  });

  it('cannot be filtered, sorted, searched, grouped or totalled by', async () => {
    await refused(rep.client, `${orders}?costFenMin=5000`, 'costFen');
    await refused(rep.client, `${orders}/count?costFenMin=5000`, 'costFen');
    await refused(rep.client, `${orders}?sort=-costFen`, 'costFen');
    await refused(rep.client, `${orders}?search=底价&searchIn=remark`, 'remark');
    await refused(rep.client, `${orders}/aggregate?groupBy=channel`, 'channel');
    await refused(rep.client, `${orders}/aggregate?sum=costFen`, 'costFen');
    await refused(rep.client, `${orders}?channel=dealer`, 'channel');
  });

  it('is left out of a default search, which then reveals nothing about it', async () => {
    expect((await items(owner.client, '&search=底价')).map((o) => o.code)).toEqual(['A-1']);
    expect(await items(rep.client, '&search=底价')).toEqual([]);
    expect((await items(rep.client, '&search=a-2')).map((o) => o.code)).toEqual(['A-2']);
  });
});

describe('a field rule with conditions', () => {
  it('shows the field only on the rows it covers and keeps it out of queries', async () => {
    const ownerId = owner.session.user.id;
    await createRole(owner.client, 'own-cost', [
      { action: 'read', subject: 'SalesOrder', fields: ['id', 'code', 'ownerId', 'amountFen', 'status'] },
      { action: 'read', subject: 'SalesOrder', fields: ['costFen'], conditions: { ownerId: '${user.id}' } },
      { action: 'create', subject: 'SalesOrder' },
    ]);
    const seller = await inviteMember(owner.client, 'member');
    await updateMemberAccess(owner.client, seller.userId, { roles: ['own-cost'] });
    const created = await seller.client.post(orders, { code: 'MINE-1', amountFen: 900, costFen: 600 });
    expect(created.statusCode, created.body).toBe(201);
    // its default sort (creation time) is not readable for this role
    await refused(seller.client, orders, 'createdAt');
    const rows = await items(seller.client, '&sort=code');
    expect(rows.find((o) => o.code === 'MINE-1')).toMatchObject({ costFen: 600 });
    for (const row of rows.filter((o) => o.ownerId === ownerId)) expect(row).not.toHaveProperty('costFen');
    for (const row of rows) expect(row).not.toHaveProperty('remark');
    await refused(seller.client, `${orders}?sort=costFen`, 'costFen');
  });
});

describe('relation expansion', () => {
  it('checks each hop against the related subject’s own rules', async () => {
    const byCode = Object.fromEntries((await items(rep.client, '&expand=customer.group')).map((o) => [o.code, o]));
    // hop 1: customers readable, their phone hidden
    expect(byCode['A-1']?.customer).toEqual({ id: expect.any(String), name: '上海百联', groupId: expect.any(String) });
    // hop 2: only groups inside the rep's scope (discount ≤ 10%) are attached
    expect(byCode['A-1']?.customer).not.toHaveProperty('group');
    expect(byCode['A-2']?.customer).toMatchObject({ name: '杭州银泰', group: { name: '普通客户', discountPercent: 5 } });
    expect(byCode['A-3']?.customer).toBeNull();

    const detail = (await rep.client.get(`${orders}/${orderIds[1]}?expand=customer`)).json();
    expect(detail.customer).toEqual({ id: expect.any(String), name: '杭州银泰', groupId: expect.any(String) });

    const ownerView = (await owner.client.get(`${orders}/${orderIds[0]}?expand=customer.group`)).json();
    expect(ownerView.customer).toMatchObject({ phone: '13800000001', group: { name: 'VIP 客户', discountPercent: 15 } });
  });

  it('expands nothing for a principal without the related subject, or without the linking field', async () => {
    await createRole(owner.client, 'orders-only', [{ action: 'read', subject: 'SalesOrder' }]);
    await createRole(owner.client, 'no-links', [
      { action: 'read', subject: 'SalesOrder' },
      { action: 'read', subject: 'SalesOrder', fields: ['customerId'], inverted: true },
      { action: 'read', subject: 'Customer' },
    ]);
    for (const role of ['orders-only', 'no-links']) {
      const reader = await inviteMember(owner.client, 'member');
      await updateMemberAccess(owner.client, reader.userId, { roles: [role] });
      const rows = await items(reader.client, '&expand=customer');
      expect(rows.find((o) => o.code === 'A-1'), role).not.toHaveProperty('customer');
    }
  });
});
