import type { ResourceView, UiExtensions } from '@tessera/schemas/resource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadsFixturePlugin } from '../fixtures/leads-plugin/index.ts';
import { createRole, inviteMember, updateMemberAccess } from '../support/members.ts';
import { enablePlugin } from '../support/plugins.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
const leads = '/api/p/fixture-leads/leads';

interface Lead {
  id: string;
  name: string;
  phone?: string;
  stage: string;
  budgetFen: number;
  ownerId: string;
  note?: string;
  createdAt: string;
}

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [leadsFixturePlugin]);
  owner = await signUpCompany(t.app);
});
afterAll(() => t.close());

const resourcesOf = async (client: TestClient) => (await client.get('/api/ui-extensions')).json<UiExtensions>().resources;
const leadResource = async (client: TestClient) => (await resourcesOf(client)).find((r) => r.name === 'leads') as ResourceView;
const listOf = async (client: TestClient, query = '') => {
  const response = await client.get(`${leads}${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Lead[]; total: number; page: number; pageSize: number }>();
};
const create = async (client: TestClient, body: Record<string, unknown>) => {
  const response = await client.post(leads, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Lead>();
};
const pointers = (body: { errors?: { pointer: string }[] }) => (body.errors ?? []).map((e) => e.pointer);

describe('a plugin resource', () => {
  it('is offered to the admin UI only once the company enables its plugin, described in the reader’s language', async () => {
    expect(await resourcesOf(owner.client)).toEqual([]);
    expect((await owner.client.get(leads)).json()).toMatchObject({ code: 'module-not-enabled' });
    await enablePlugin(owner.client, 'fixture-leads');

    const view = await leadResource(owner.client);
    expect(view).toMatchObject({
      plugin: 'fixture-leads',
      title: '线索',
      apiPath: leads,
      uiPath: '/m/fixture-leads/leads',
      columns: ['name', 'stage', 'budgetFen', 'createdAt'],
      sortable: ['name', 'budgetFen', 'createdAt'],
      defaultSort: '-createdAt',
      searchable: true,
      can: { create: true, update: true, delete: true },
      fieldTypes: { budgetFen: 'money', createdAt: 'date-time' },
      uiSchema: { note: { 'ui:widget': 'textarea', 'ui:help': '仅内部可见' } },
    });
    expect(view.filters).toEqual([
      { field: 'stage', kind: 'eq' },
      { field: 'budgetFen', kind: 'range' },
      { field: 'departmentId', kind: 'eq' },
      { field: 'createdAt', kind: 'range' },
    ]);
    const properties = view.schema['properties'] as Record<string, Record<string, unknown>>;
    expect(properties['name']?.['title']).toBe('名称');
    expect(properties['stage']?.['oneOf']).toContainEqual({ const: 'won', title: '赢单' });
    expect(properties['createdAt']?.['readOnly']).toBe(true);
    expect(properties['ownerId']?.['readOnly']).toBe(true);
    expect(view.actions).toEqual([
      { name: 'win', title: '赢单', when: { stage: ['new', 'contacted'] }, confirm: '确定标记为赢单？', danger: false },
    ]);

    expect((await owner.client.patch('/api/auth/profile', { locale: 'en-US' })).statusCode).toBe(200);
    const english = await leadResource(owner.client);
    expect(english.title).toBe('Leads');
    expect((english.schema['properties'] as Record<string, { title?: string }>)['budgetFen']?.title).toBe('Budget');
    expect((await owner.client.patch('/api/auth/profile', { locale: 'zh-CN' })).statusCode).toBe(200);
  });

  it('creates a record from a valid body: the owner is the creator, hooks shape values, the write is audited', async () => {
    const lead = await create(owner.client, { name: '  华联超市  ', stage: 'new', budgetFen: 500_000, phone: '13800000000' });
    expect(lead).toMatchObject({ name: '华联超市', stage: 'new', budgetFen: 500_000, ownerId: owner.session.user.id, note: '' });
    expect(Date.parse(lead.createdAt)).not.toBeNaN();
    expect((await owner.client.get(`${leads}/${lead.id}`)).json()).toEqual(lead);
    const audit = (await owner.client.get('/api/audit-log?pageSize=100')).json<{ items: { action: string; recordId: string }[] }>();
    expect(audit.items).toContainEqual(expect.objectContaining({ action: 'fixture-leads.leads.create', recordId: lead.id }));
  });

  it('refuses a bad body with the failing fields’ pointers and writes nothing', async () => {
    const before = (await listOf(owner.client)).total;
    const cases: [Record<string, unknown>, string][] = [
      [{ stage: 'new' }, '/body/name'],
      [{ name: '甲', stage: 'maybe' }, '/body/stage'],
      [{ name: '甲', stage: 'new', phone: '12345' }, '/body/phone'],
      [{ name: '甲', stage: 'new', budgetFen: -1 }, '/body/budgetFen'],
      [{ name: '甲', stage: 'new', budgetFen: 1.5 }, '/body/budgetFen'],
      [{ name: '甲', stage: 'new', ownerId: owner.session.user.id }, '/body/ownerId'],
      [{ name: '甲', stage: 'new', createdAt: '2020-01-01T00:00:00Z' }, '/body/createdAt'],
      [{ name: '甲', stage: 'new', tenantId: owner.session.tenant.id }, '/body/tenantId'],
    ];
    for (const [body, pointer] of cases) {
      const response = await owner.client.post(leads, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(pointers(response.json()), JSON.stringify(body)).toContain(pointer);
    }
    expect((await listOf(owner.client)).total).toBe(before);
  });

  it('lists with server-side pagination, sorting, filters and search', async () => {
    const stages = ['new', 'contacted', 'won', 'lost'];
    for (let i = 0; i < 24; i++) {
      await create(owner.client, { name: `客户${String(i).padStart(2, '0')}`, stage: stages[i % 4], budgetFen: i * 10_000, note: i === 7 ? '老客户转介绍' : '' });
    }
    const first = await listOf(owner.client, '?pageSize=10');
    expect(first).toMatchObject({ total: 25, page: 1, pageSize: 10 });
    expect(first.items).toHaveLength(10);
    const third = await listOf(owner.client, '?pageSize=10&page=3');
    expect(third.items).toHaveLength(5);
    const everyId = new Set([...first.items, ...(await listOf(owner.client, '?pageSize=10&page=2')).items, ...third.items].map((l) => l.id));
    expect(everyId.size).toBe(25);

    const byBudget = (await listOf(owner.client, '?sort=budgetFen&pageSize=100')).items.map((l) => l.budgetFen);
    expect(byBudget).toEqual([...byBudget].sort((a, b) => a - b));
    const byName = (await listOf(owner.client, '?sort=-name&pageSize=3')).items.map((l) => l.name);
    expect(byName).toEqual(['客户23', '客户22', '客户21']);

    const won = await listOf(owner.client, '?stage=won&pageSize=100');
    expect(won.total).toBe(6);
    expect(won.items.every((l) => l.stage === 'won')).toBe(true);
    const band = await listOf(owner.client, '?budgetFenFrom=50000&budgetFenTo=100000&pageSize=100');
    expect(band.items.map((l) => l.budgetFen).sort((a, b) => a - b)).toEqual([50_000, 60_000, 70_000, 80_000, 90_000, 100_000]);
    expect((await listOf(owner.client, `?createdAtFrom=${encodeURIComponent('2999-01-01T00:00:00Z')}`)).total).toBe(0);
    expect((await listOf(owner.client, `?search=${encodeURIComponent('转介绍')}`)).items.map((l) => l.name)).toEqual(['客户07']);
    expect((await listOf(owner.client, '?search=%25')).total).toBe(0);

    for (const query of ['?sort=phone', '?stage=maybe', '?budgetFenFrom=abc', '?phone=1', '?pageSize=1000', '?createdAtFrom=yesterday']) {
      const response = await owner.client.get(`${leads}${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code, query).toBe('validation-failed');
    }
  });

  it('updates only the fields sent, refuses read-only ones, deletes, and 404s what is gone', async () => {
    const lead = await create(owner.client, { name: '待修改', stage: 'new', budgetFen: 100, note: '原备注' });
    const changed = await owner.client.patch(`${leads}/${lead.id}`, { budgetFen: 200 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ name: '待修改', budgetFen: 200, note: '原备注' });
    for (const body of [{}, { createdAt: '2020-01-01T00:00:00Z' }, { ownerId: lead.ownerId }, { name: '' }]) {
      const refused = await owner.client.patch(`${leads}/${lead.id}`, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await owner.client.get(`${leads}/${lead.id}`)).json()).toMatchObject({ budgetFen: 200, name: '待修改' });
    expect((await owner.client.get(`${leads}/not-a-uuid`)).statusCode).toBe(400);

    expect((await owner.client.delete(`${leads}/${lead.id}`)).statusCode).toBe(204);
    for (const response of [
      await owner.client.get(`${leads}/${lead.id}`),
      await owner.client.patch(`${leads}/${lead.id}`, { budgetFen: 1 }),
      await owner.client.delete(`${leads}/${lead.id}`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not-found' });
    }
  });

  it('runs a record action only where it applies', async () => {
    const lead = await create(owner.client, { name: '意向客户', stage: 'contacted' });
    const won = await owner.client.post(`${leads}/${lead.id}/actions/win`);
    expect(won.statusCode, won.body).toBe(200);
    expect(won.json()).toMatchObject({ id: lead.id, stage: 'won' });
    const again = await owner.client.post(`${leads}/${lead.id}/actions/win`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'resource-action-unavailable' });
    expect(again.json().detail).toContain('赢单');
    expect((await owner.client.post(`${leads}/${lead.id}/actions/explode`)).statusCode).toBe(404);
  });
});

describe('a plugin resource under access control', () => {
  it('gives a member the default read grant and nothing more', async () => {
    const member = await inviteMember(owner.client, 'member');
    const view = await leadResource(member.client);
    expect(view.can).toEqual({ create: false, update: false, delete: false });
    expect(view.actions).toEqual([]);
    const [someLead] = (await listOf(member.client)).items;
    expect(someLead).toBeDefined();
    const id = someLead?.id ?? '';
    expect((await member.client.post(leads, { name: '越权', stage: 'new' })).statusCode).toBe(403);
    expect((await member.client.patch(`${leads}/${id}`, { name: '越权' })).statusCode).toBe(403);
    expect((await member.client.delete(`${leads}/${id}`)).statusCode).toBe(403);
    expect((await member.client.post(`${leads}/${id}/actions/win`)).statusCode).toBe(403);
    expect((await owner.client.get(`${leads}/${id}`)).json().name).toBe(someLead?.name);
  });

  it('keeps a role to its own records and hides fields a rule withholds, in lists, details, search and the schema', async () => {
    const fields = ['id', 'name', 'stage', 'budgetFen', 'ownerId', 'departmentId', 'note', 'createdAt'];
    await createRole(owner.client, 'lead-rep', [
      { action: 'read', subject: 'Lead', conditions: { ownerId: '${user.id}' }, fields },
      { action: 'create', subject: 'Lead' },
      { action: 'update', subject: 'Lead', conditions: { ownerId: '${user.id}' } },
    ]);
    const rep = await inviteMember(owner.client, 'member', '王五');
    await updateMemberAccess(owner.client, rep.userId, { roles: ['lead-rep'] });

    expect((await listOf(rep.client)).total).toBe(0);
    const mine = await create(rep.client, { name: '自己的线索', stage: 'new', phone: '13900000000' });
    expect(mine).not.toHaveProperty('phone');
    const list = await listOf(rep.client);
    expect(list.items.map((l) => l.id)).toEqual([mine.id]);
    expect(list.items[0]).not.toHaveProperty('phone');
    expect((await listOf(rep.client, '?search=13900000000')).total).toBe(0);

    const othersId = (await listOf(owner.client, '?sort=name&pageSize=1')).items[0]?.id ?? '';
    expect((await rep.client.get(`${leads}/${othersId}`)).statusCode).toBe(404);
    expect((await rep.client.patch(`${leads}/${othersId}`, { note: '改别人的' })).statusCode).toBe(404);

    const view = await leadResource(rep.client);
    expect(Object.keys(view.schema['properties'] as object)).not.toContain('phone');
    expect(view.can).toEqual({ create: true, update: true, delete: false });
    const sortByPhone = await rep.client.get(`${leads}?sort=phone`);
    expect(sortByPhone.statusCode).toBe(400);
  });

  it('isolates companies: another company neither lists nor reaches this one’s records', async () => {
    const other = await signUpCompany(t.app, '西南贸易有限公司');
    await enablePlugin(other.client, 'fixture-leads');
    expect((await listOf(other.client)).total).toBe(0);
    const theirs = await create(other.client, { name: '西南线索', stage: 'new' });
    const oursId = (await listOf(owner.client, '?pageSize=1')).items[0]?.id ?? '';
    expect((await other.client.get(`${leads}/${oursId}`)).statusCode).toBe(404);
    expect((await other.client.patch(`${leads}/${oursId}`, { name: '篡改' })).statusCode).toBe(404);
    expect((await other.client.delete(`${leads}/${oursId}`)).statusCode).toBe(404);
    expect((await other.client.post(`${leads}/${oursId}/actions/win`)).statusCode).toBe(404);
    expect((await owner.client.get(`${leads}/${theirs.id}`)).statusCode).toBe(404);
    expect((await listOf(owner.client, `?search=${encodeURIComponent('西南')}`)).total).toBe(0);
  });
});
