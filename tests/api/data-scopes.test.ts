import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesFixturePlugin } from '../fixtures/sales-plugin/index.ts';
import { SalesSeeder } from '../fixtures/sales-plugin/seed.ts';
import { createRole, type InvitedMember, inviteMember, updateMemberAccess } from '../support/members.ts';
import { enablePlugin } from '../support/plugins.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, TestClient, type TestClient as Client } from '../support/test-client.ts';

interface OrderRow {
  id: string;
  code: string;
  departmentId?: string | null;
  status?: string;
  amountFen?: number;
}
interface OrderPage {
  items: OrderRow[];
  total: number;
}
interface Groups {
  groups: { key: string | null; count: number; sum: Record<string, number> }[];
}

const orders = '/api/p/fixture-sales/orders';
const departmentScope = { departmentId: { $in: '${user.departmentIds}' } };

let t: TestApp;
let owner: SignedUp;
let seeder: SalesSeeder;
const departments: Record<'east' | 'south' | 'north', string> = { east: '', south: '', north: '' };
const staff: Partial<Record<'east' | 'south' | 'north', InvitedMember>> = {};

async function list(client: Client, query = ''): Promise<OrderPage> {
  const response = await client.get(`${orders}?pageSize=100${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<OrderPage>();
}

function member(key: keyof typeof departments): InvitedMember {
  const found = staff[key];
  if (!found) throw new Error(`no member in ${key}`);
  return found;
}

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [salesFixturePlugin]);
  owner = await signUpCompany(t.app);
  await enablePlugin(owner.client, 'fixture-sales');
  seeder = new SalesSeeder(t.ownerUrl, owner.session.tenant.id);
  for (const [key, name] of [['east', '华东大区'], ['south', '华南大区'], ['north', '华北大区']] as const) {
    const created = await owner.client.post('/api/departments', { name });
    expect(created.statusCode).toBe(201);
    departments[key] = created.json().id;
  }
  await createRole(owner.client, 'dept-sales', [
    { action: 'read', subject: 'SalesOrder', conditions: departmentScope },
    { action: 'export', subject: 'SalesOrder' },
  ]);
  for (const key of ['east', 'south', 'north'] as const) {
    const invited = await inviteMember(owner.client, 'member');
    await updateMemberAccess(owner.client, invited.userId, { roles: ['dept-sales'], departmentIds: [departments[key]] });
    staff[key] = invited;
  }
  const ownerId = owner.session.user.id;
  let n = 0;
  const inDepartment = (key: keyof typeof departments, count: number, amountFen: number) =>
    Array.from({ length: count }, () => ({ code: `SO-${++n}`, ownerId, departmentId: departments[key], amountFen: amountFen + n }));
  await seeder.orders([
    ...inDepartment('east', 5, 10_000),
    ...inDepartment('south', 3, 20_000),
    ...inDepartment('north', 2, 30_000),
    { code: 'SO-HQ', ownerId, departmentId: null, amountFen: 99_900 },
  ]);
});
afterAll(() => t.close());

describe('a department data scope', () => {
  it('lists only the member’s own department’s orders, and count and aggregates agree with the list', async () => {
    for (const [key, expected] of [['east', 5], ['south', 3], ['north', 2]] as const) {
      const client = member(key).client;
      const page = await list(client);
      expect(page.total).toBe(expected);
      expect(page.items).toHaveLength(expected);
      expect(new Set(page.items.map((o) => o.departmentId))).toEqual(new Set([departments[key]]));

      const count = (await client.get(`${orders}/count`)).json<{ count: number }>().count;
      expect(count).toBe(expected);

      const totals = (await client.get(`${orders}/aggregate?sum=amountFen`)).json<Groups>().groups;
      const listed = page.items.reduce((sum, o) => sum + (o.amountFen ?? 0), 0);
      expect(totals).toEqual([{ key: null, count: expected, sum: { amountFen: listed } }]);

      const byDepartment = (await client.get(`${orders}/aggregate?groupBy=departmentId`)).json<Groups>().groups;
      expect(byDepartment).toEqual([{ key: departments[key], count: expected, sum: {} }]);
    }
    const everything = await list(owner.client);
    expect(everything.total).toBe(11);
    // filter values are compared as themselves, whatever they are (here: the number list SQL uses inside)
    expect((await list(owner.client, '&amountFenMin=987654321')).total).toBe(0);
    expect((await list(owner.client, '&amountFenMin=30000')).total).toBe(3);
  });

  it('keeps filters inside the scope: asking for another department’s rows finds none', async () => {
    const east = member('east').client;
    const page = await list(east, `&departmentId=${departments.south}`);
    expect(page).toMatchObject({ total: 0, items: [] });
    expect((await east.get(`${orders}/count?departmentId=${departments.south}`)).json().count).toBe(0);
  });

  it('answers 404 for a row outside the scope, as if it did not exist', async () => {
    const southOrder = (await list(member('south').client)).items[0];
    const response = await member('east').client.get(`${orders}/${southOrder?.id}`);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('follows a department change on the very next request', async () => {
    const mover = await inviteMember(owner.client, 'member');
    await updateMemberAccess(owner.client, mover.userId, { roles: ['dept-sales'], departmentIds: [departments.east] });
    expect((await list(mover.client)).total).toBe(5);
    await updateMemberAccess(owner.client, mover.userId, { departmentIds: [departments.north] });
    const after = await list(mover.client);
    expect(after.total).toBe(2);
    expect(new Set(after.items.map((o) => o.departmentId))).toEqual(new Set([departments.north]));
    await updateMemberAccess(owner.client, mover.userId, { departmentIds: [] });
    expect((await list(mover.client)).total).toBe(0);
  });

  it('covers the departments below with the department-and-children scope', async () => {
    const child = await owner.client.post('/api/departments', { name: '上海办事处', parentId: departments.east });
    const childId = child.json().id;
    await seeder.orders([{ code: 'SO-SH-1', ownerId: owner.session.user.id, departmentId: childId, amountFen: 500 }]);
    await createRole(owner.client, 'regional-head', [
      { action: 'read', subject: 'SalesOrder', conditions: { departmentId: { $in: '${user.departmentTreeIds}' } } },
    ]);
    const head = await inviteMember(owner.client, 'member');
    await updateMemberAccess(owner.client, head.userId, { roles: ['regional-head'], departmentIds: [departments.east] });
    const page = await list(head.client);
    expect(page.total).toBe(6);
    expect(page.items.map((o) => o.code)).toContain('SO-SH-1');
    // the east department's own members do not see the child office's order
    expect((await list(member('east').client)).items.map((o) => o.code)).not.toContain('SO-SH-1');
  });
});

describe('an own-rows scope', () => {
  it('shows a member only the orders they created', async () => {
    await createRole(owner.client, 'own-sales', [
      { action: 'read', subject: 'SalesOrder', conditions: { ownerId: '${user.id}' } },
      { action: 'create', subject: 'SalesOrder' },
    ]);
    const rep = await inviteMember(owner.client, 'member');
    await updateMemberAccess(owner.client, rep.userId, { roles: ['own-sales'] });
    expect((await list(rep.client)).total).toBe(0);
    for (const code of ['MY-1', 'MY-2']) {
      const created = await rep.client.post(orders, { code, amountFen: 12_300, ownerId: owner.session.user.id });
      // the owner is never taken from the body
      expect(created.statusCode).toBe(400);
      const ok = await rep.client.post(orders, { code, amountFen: 12_300 });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().ownerId).toBe(rep.userId);
    }
    const page = await list(rep.client);
    expect(page.items.map((o) => o.code).sort()).toEqual(['MY-1', 'MY-2']);
    expect((await rep.client.get(`${orders}/count`)).json().count).toBe(2);
  });
});

describe('an attribute scope', () => {
  it('matches rows to the member’s scope attribute values, and follows changes to them', async () => {
    const ownerId = owner.session.user.id;
    await seeder.orders([
      { code: 'R-E1', ownerId, regionId: 'cn-east', amountFen: 100 },
      { code: 'R-E2', ownerId, regionId: 'cn-east', amountFen: 200 },
      { code: 'R-W1', ownerId, regionId: 'cn-west', amountFen: 300 },
    ]);
    await createRole(owner.client, 'region-sales', [
      { action: 'read', subject: 'SalesOrder', conditions: { regionId: { $in: '${user.attributes.regionIds}' } } },
    ]);
    const rep = await inviteMember(owner.client, 'member');
    await updateMemberAccess(owner.client, rep.userId, { roles: ['region-sales'], attributes: { regionIds: ['cn-east'] } });
    expect((await list(rep.client)).items.map((o) => o.code).sort()).toEqual(['R-E1', 'R-E2']);
    await updateMemberAccess(owner.client, rep.userId, { attributes: { regionIds: ['cn-east', 'cn-west'] } });
    expect((await list(rep.client)).total).toBe(3);
  });
});

describe('inverted rules', () => {
  it('take rows out of a broader grant, in the list, the count and the totals alike', async () => {
    const ownerId = owner.session.user.id;
    await seeder.orders([
      { code: 'D-1', ownerId, departmentId: departments.south, status: 'draft', amountFen: 1 },
      { code: 'D-2', ownerId, departmentId: departments.south, status: 'draft', amountFen: 2 },
    ]);
    await createRole(owner.client, 'no-drafts', [
      { action: 'read', subject: 'SalesOrder' },
      { action: 'read', subject: 'SalesOrder', conditions: { status: 'draft' }, inverted: true },
    ]);
    const reader = await inviteMember(owner.client, 'member');
    await updateMemberAccess(owner.client, reader.userId, { roles: ['no-drafts'] });
    const everything = await list(owner.client);
    const page = await list(reader.client);
    expect(page.items.map((o) => o.code)).not.toContain('D-1');
    expect(page.total).toBe(everything.items.filter((o) => o.status !== 'draft').length);
    expect(page.total).toBeLessThan(everything.total - 1);
    expect((await reader.client.get(`${orders}/count`)).json().count).toBe(page.total);
    expect((await reader.client.get(`${orders}/count?status=draft`)).json().count).toBe(0);
    const totals = (await reader.client.get(`${orders}/aggregate?groupBy=status`)).json<Groups>().groups;
    expect(totals.map((g) => g.key)).not.toContain('draft');
  });
});

describe('a member with no role', () => {
  it('gets 403 from every plugin route', async () => {
    const nobody = await inviteMember(owner.client, 'member');
    await updateMemberAccess(owner.client, nobody.userId, { roles: [] });
    for (const url of [orders, `${orders}/count`, `${orders}/aggregate`, `${orders}/export`]) {
      expect((await nobody.client.get(url)).statusCode, url).toBe(403);
    }
    expect((await nobody.client.post(orders, { code: 'X-1', amountFen: 1 })).statusCode).toBe(403);
    expect((await nobody.client.get('/api/auth/session')).statusCode).toBe(200);
  });
});

describe('an API token', () => {
  it('gets the same answers as a member holding the same role and departments', async () => {
    await updateMemberAccess(owner.client, owner.session.user.id, { departmentIds: [departments.east] });
    const created = await owner.client.post('/api/api-tokens', { name: 'east-sync', role: 'dept-sales' });
    expect(created.statusCode, created.body).toBe(201);
    const token = new TestClient(t.app, { token: created.json().token });
    const bySession = await list(member('east').client, '&sort=code');
    const byToken = await list(token, '&sort=code');
    expect(byToken.items.map((o) => o.id)).toEqual(bySession.items.map((o) => o.id));
    expect((await token.get(`${orders}/count`)).json().count).toBe(bySession.total);
    expect((await token.post(orders, { code: 'T-1', amountFen: 1 })).statusCode).toBe(403);
    // and follows its user’s department change like a session does
    await updateMemberAccess(owner.client, owner.session.user.id, { departmentIds: [departments.north] });
    expect((await list(token)).total).toBe(2);
  });
});

describe('the access catalog', () => {
  it('offers a plugin’s subjects under the plugin’s name, with the data scopes its fields allow', async () => {
    const catalog = (await owner.client.get('/api/access/catalog')).json<{
      subjects: { key: string; groupTitle: string; rowScoped: boolean; fieldScoped: boolean; scopes: { key: string }[] }[];
      attributes: { key: string }[];
    }>();
    const order = catalog.subjects.find((s) => s.key === 'SalesOrder');
    expect(order).toMatchObject({ groupTitle: '销售（测试）', rowScoped: true, fieldScoped: true });
    expect(order?.scopes.map((s) => s.key)).toEqual(['all', 'own', 'department', 'department-tree', 'attribute:regionIds']);
    expect(catalog.subjects.find((s) => s.key === 'Member')).toMatchObject({
      groupTitle: '系统',
      rowScoped: false,
      fieldScoped: false,
    });
    expect(catalog.attributes.map((a) => a.key)).toContain('regionIds');
  });
});
