import type { PluginNames } from './plugin-names.ts';

/** `support`: the repo's tests/support folder, relative to the generated test/ folder. */
export function pluginTestTemplate(n: PluginNames, support: string): string {
  return `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteMember } from '${support}/members.ts';
import { enablePlugin } from '${support}/plugins.ts';
import { createTestApp, type TestApp } from '${support}/test-app.ts';
import { type SignedUp, signUpCompany } from '${support}/test-client.ts';
import plugin from '../index.ts';

const items = '/api/p/${n.name}/items';
const summary = '/api/p/${n.name}/summary';

interface Item {
  id: string;
  title: string;
  status: string;
  amountFen: number;
  ownerId: string;
  createdAt: string;
}

let t: TestApp;
let owner: SignedUp;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [plugin]);
  owner = await signUpCompany(t.app);
});
afterAll(() => t.close());

describe('${n.name}', () => {
  it('answers only once the company enables it, then creates and lists records', async () => {
    expect((await owner.client.get(items)).json()).toMatchObject({ code: 'module-not-enabled' });
    await enablePlugin(owner.client, '${n.name}');

    const created = await owner.client.post(items, { title: '第一条记录', amountFen: 12_345 });
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json<Item>();
    expect(item).toMatchObject({ title: '第一条记录', status: 'draft', amountFen: 12_345, ownerId: owner.session.user.id });

    const list = await owner.client.get(\`\${items}?search=\${encodeURIComponent('第一条')}\`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json<{ items: Item[]; total: number }>()).toMatchObject({ total: 1, items: [{ id: item.id }] });
  });

  it('refuses a bad body with a pointer to the field and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ amountFen: 100 }, '/body/title'],
      [{ title: '甲', status: 'maybe' }, '/body/status'],
      [{ title: '甲', amountFen: 1.5 }, '/body/amountFen'],
      [{ title: '甲', ownerId: owner.session.user.id }, '/body/ownerId'],
    ];
    for (const [body, pointer] of cases) {
      const response = await owner.client.post(items, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toContain(pointer);
    }
    expect((await owner.client.get(items)).json()).toMatchObject({ total: 1 });
  });

  it('lets a member read (the default grant) but not create', async () => {
    const member = await inviteMember(owner.client, 'member');
    expect((await member.client.get(items)).json()).toMatchObject({ total: 1 });
    expect((await member.client.post(items, { title: '越权' })).statusCode).toBe(403);
  });

  it('counts records in its summary route', async () => {
    expect((await owner.client.post(items, { title: '进行中的记录', status: 'active' })).statusCode).toBe(201);
    const response = await owner.client.get(summary);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ total: 2, byStatus: { draft: 1, active: 1, archived: 0 } });
  });

  it('keeps companies apart: another company neither lists nor reaches these records', async () => {
    const other = await signUpCompany(t.app, '西南贸易有限公司');
    await enablePlugin(other.client, '${n.name}');
    const ours = (await owner.client.get(items)).json<{ items: Item[] }>().items[0]?.id ?? '';
    expect((await other.client.get(items)).json()).toMatchObject({ total: 0 });
    expect((await other.client.get(\`\${items}/\${ours}\`)).statusCode).toBe(404);
    expect((await other.client.get(summary)).json()).toMatchObject({ total: 0 });
  });
});
`;
}
