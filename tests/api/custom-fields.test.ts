import type { CustomFieldView } from '@tessera/schemas/custom-field';
import type { ResourceView, UiExtensions } from '@tessera/schemas/resource';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadsFixturePlugin } from '../fixtures/leads-plugin/index.ts';
import { notifyFixturePlugin } from '../fixtures/notify-plugin/index.ts';
import { createRole, inviteMember, updateMemberAccess } from '../support/members.ts';
import { enablePlugin } from '../support/plugins.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
const leads = '/api/p/fixture-leads/leads';
const fieldsUrl = '/api/custom-fields';
const resource = 'fixture-leads.leads';

interface Lead {
  id: string;
  name: string;
  custom?: Record<string, unknown>;
}
interface Problem {
  code: string;
  errors?: { pointer: string; code: string; message: string }[];
}

const pointers = (body: Problem) => (body.errors ?? []).map((e) => e.pointer);

async function addField(client: TestClient, body: Record<string, unknown>): Promise<CustomFieldView> {
  const response = await client.post(fieldsUrl, { resource, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CustomFieldView>();
}

async function createLead(client: TestClient, name: string, custom?: Record<string, unknown>): Promise<Lead> {
  const response = await client.post(leads, { name, stage: 'new', ...(custom ? { custom } : {}) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Lead>();
}

async function names(client: TestClient, query: string): Promise<string[]> {
  const response = await client.get(`${leads}?pageSize=100&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Lead[] }>().items.map((lead) => lead.name);
}

const leadView = async (client: TestClient) =>
  (await client.get('/api/ui-extensions')).json<UiExtensions>().resources.find((r) => r.name === 'leads') as ResourceView;

beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [leadsFixturePlugin, notifyFixturePlugin]);
  owner = await signUpCompany(t.app);
  await enablePlugin(owner.client, 'fixture-leads');
  await enablePlugin(owner.client, 'fixture-notify');
  expect((await owner.client.post('/api/option-sets', { key: 'lead-tags', name: { 'zh-CN': '线索标签' } })).statusCode).toBe(201);
  for (const [value, label] of [
    ['hot', '热门'],
    ['cold', '冷淡'],
    ['vip', '重要'],
  ]) {
    const option = await owner.client.post('/api/option-sets/lead-tags/options', { value, label: { 'zh-CN': label, 'en-US': value } });
    expect(option.statusCode, option.body).toBe(201);
  }
});
afterAll(() => t.close());

describe('custom fields (自定义字段)', () => {
  it('are offered for the resources of enabled modules that take them, and refuse settings that do not fit', async () => {
    const resources = (await owner.client.get(`${fieldsUrl}/resources`)).json<{ items: { resource: string; title: string }[] }>().items;
    // the tickets resource opted out of custom fields
    expect(resources).toEqual([expect.objectContaining({ resource, title: '线索', fieldCount: 0 })]);

    const cases: [Record<string, unknown>, number, string][] = [
      [{ key: 'Bad-Key', title: { 'zh-CN': '坏' }, type: 'text' }, 400, '/body/key'],
      [{ key: 'level', title: { 'zh-CN': '等级' }, type: 'option' }, 400, '/body/optionSet'],
      [{ key: 'level', title: { 'zh-CN': '等级' }, type: 'option', optionSet: 'no-such-set' }, 400, '/body/optionSet'],
      [{ key: 'shelf', title: { 'zh-CN': '货架' }, type: 'integer', constraints: { maxLength: 3 } }, 400, '/body/constraints/maxLength'],
      [{ key: 'shelf', title: { 'zh-CN': '货架' }, type: 'integer', constraints: { minimum: 5, maximum: 1 } }, 400, '/body/constraints/minimum'],
      [{ key: 'code', title: { 'zh-CN': '编码' }, type: 'text', constraints: { pattern: '(a)\\1' } }, 400, '/body/constraints/pattern'],
    ];
    for (const [body, status, pointer] of cases) {
      const response = await owner.client.post(fieldsUrl, { resource, ...body });
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(pointers(response.json<Problem>())).toContain(pointer);
    }
    const unknown = await owner.client.post(fieldsUrl, { resource: 'fixture-notify.tickets', key: 'x', title: { 'zh-CN': 'x' }, type: 'text' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<Problem>().code).toBe('custom-resource-unknown');
    expect((await owner.client.get(`${fieldsUrl}?resource=${resource}`)).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('validate record values with the merged schema, and filter and sort by them like built-in fields', async () => {
    await addField(owner.client, {
      key: 'wechatId',
      title: { 'zh-CN': '微信号', 'en-US': 'WeChat ID' },
      type: 'text',
      constraints: { pattern: '^[a-zA-Z][-_a-zA-Z0-9]{5,19}$' },
    });
    await addField(owner.client, { key: 'shelf', title: { 'zh-CN': '货架位置' }, type: 'integer', constraints: { minimum: 0, maximum: 1000 } });
    await addField(owner.client, { key: 'tags', title: { 'zh-CN': '标签' }, type: 'options', optionSet: 'lead-tags', inList: false });
    await addField(owner.client, { key: 'vip', title: { 'zh-CN': '重点客户' }, type: 'boolean' });
    await addField(owner.client, { key: 'visitOn', title: { 'zh-CN': '拜访日期' }, type: 'date' });
    const taken = await owner.client.post(fieldsUrl, { resource, key: 'shelf', title: { 'zh-CN': '重复' }, type: 'text' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<Problem>().code).toBe('custom-field-key-taken');

    const a = await createLead(owner.client, '甲', { wechatId: 'wx_alpha', shelf: 9, tags: ['hot'], vip: true, visitOn: '2026-03-01' });
    expect(a.custom).toEqual({ wechatId: 'wx_alpha', shelf: 9, tags: ['hot'], vip: true, visitOn: '2026-03-01' });
    await createLead(owner.client, '乙', { wechatId: 'wx_bravo', shelf: 100, tags: ['cold', 'vip'], vip: false });
    await createLead(owner.client, '丙', { shelf: 10, tags: ['hot', 'vip'] });
    await createLead(owner.client, '丁');

    const before = (await owner.client.get(`${leads}?pageSize=1`)).json<{ total: number }>().total;
    const bad = await owner.client.post(leads, {
      name: '坏',
      stage: 'new',
      custom: { wechatId: '1bad', shelf: '12', tags: ['warm'], nickname: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(pointers(bad.json<Problem>())).toEqual(
      expect.arrayContaining(['/body/custom/wechatId', '/body/custom/shelf', '/body/custom/tags/0', '/body/custom/nickname']),
    );
    expect((await owner.client.get(`${leads}?pageSize=1`)).json<{ total: number }>().total).toBe(before);

    expect(await names(owner.client, 'custom.wechatId=wx_bravo')).toEqual(['乙']);
    // numbers compare as numbers: 9 < 10 < 100
    expect(await names(owner.client, 'custom.shelfFrom=10&custom.shelfTo=99')).toEqual(['丙']);
    expect(await names(owner.client, 'custom.shelf=9')).toEqual(['甲']);
    expect((await names(owner.client, 'custom.tags=vip')).sort()).toEqual(['丙', '乙'].sort());
    expect(await names(owner.client, 'custom.vip=true')).toEqual(['甲']);
    expect(await names(owner.client, 'custom.visitOnFrom=2026-02-01&custom.visitOnTo=2026-03-31')).toEqual(['甲']);
    expect(await names(owner.client, 'sort=custom.shelf')).toEqual(['甲', '丙', '乙', '丁']);
    expect(await names(owner.client, 'sort=-custom.shelf')).toEqual(['乙', '丙', '甲', '丁']);
    // each custom sort is its own statement: one field's order is never reused for another's
    expect(await names(owner.client, 'sort=custom.wechatId')).toEqual(['甲', '乙', '丙', '丁']);
    expect((await names(owner.client, 'sort=-custom.wechatId')).slice(0, 2)).toEqual(['乙', '甲']);

    for (const query of ['custom.nope=1', 'custom.shelf=abc', 'custom.wechatIdFrom=a', 'sort=custom.tags', 'sort=custom.nope']) {
      const response = await owner.client.get(`${leads}?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('merge an update into the stored values: a null clears one, and a required field can be neither left out nor cleared', async () => {
    const lead = await createLead(owner.client, '戊', { wechatId: 'wx_echo1', shelf: 5 });
    const changed = await owner.client.patch(`${leads}/${lead.id}`, { custom: { shelf: 6, wechatId: null } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Lead>().custom).toEqual({ shelf: 6 });
    const renamed = await owner.client.patch(`${leads}/${lead.id}`, { name: '戊二' });
    expect(renamed.json<Lead>().custom).toEqual({ shelf: 6 });

    const required = await addField(owner.client, { key: 'region', title: { 'zh-CN': '区域' }, type: 'text', required: true });
    const missing = await owner.client.post(leads, { name: '无区域', stage: 'new', custom: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<Problem>().errors?.[0]).toMatchObject({ pointer: '/body/custom/region', code: 'required' });
    // records made before the field became required can still be changed; only clearing it is refused
    expect((await owner.client.patch(`${leads}/${lead.id}`, { custom: { shelf: 7 } })).statusCode).toBe(200);
    const withRegion = await createLead(owner.client, '有区域', { region: '华东' });
    const cleared = await owner.client.patch(`${leads}/${withRegion.id}`, { custom: { region: null } });
    expect(cleared.statusCode).toBe(400);
    expect(pointers(cleared.json<Problem>())).toEqual(['/body/custom/region']);
    expect((await owner.client.patch(`${fieldsUrl}/${required.id}`, { title: { 'zh-CN': '区域' }, required: false })).statusCode).toBe(200);
  });

  it('obey field rules: a role that may not see or change one custom field neither reads, queries nor writes it', async () => {
    const unknown = await owner.client.post('/api/roles', {
      key: 'typo-role',
      name: 'typo',
      rules: [{ action: 'read', subject: 'Lead', fields: ['custom.noSuchField'], inverted: true }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(pointers(unknown.json<Problem>())).toEqual(['/body/rules/0/fields/0']);

    await createRole(owner.client, 'lead-clerk', [
      { action: 'read', subject: 'Lead' },
      { action: 'update', subject: 'Lead' },
      { action: 'read', subject: 'Lead', fields: ['custom.wechatId'], inverted: true },
      { action: 'update', subject: 'Lead', fields: ['custom.wechatId'], inverted: true },
    ]);
    const clerk = await inviteMember(owner.client, 'member', '赵六');
    await updateMemberAccess(owner.client, clerk.userId, { roles: ['lead-clerk'] });
    const catalog = (await owner.client.get('/api/access/catalog')).json<{ subjects: { key: string; fields: { key: string; title: string }[] }[] }>();
    expect(catalog.subjects.find((s) => s.key === 'Lead')?.fields).toContainEqual({ key: 'custom.wechatId', title: '微信号', type: 'string' });

    const response = await clerk.client.get(`${leads}?pageSize=100&sort=name`);
    const alpha = response.json<{ items: Lead[] }>().items.find((lead) => lead.name === '甲');
    expect(alpha?.custom).toEqual({ shelf: 9, tags: ['hot'], vip: true, visitOn: '2026-03-01' });
    expect((await clerk.client.get(`${leads}/${alpha?.id}`)).json<Lead>().custom).not.toHaveProperty('wechatId');
    expect((await clerk.client.get(`${leads}?custom.wechatId=wx_alpha`)).statusCode).toBe(403);
    expect((await clerk.client.get(`${leads}?sort=custom.wechatId`)).statusCode).toBe(403);
    expect((await clerk.client.get(`${leads}?custom.shelf=9`)).json<{ total: number }>().total).toBe(1);

    const write = await clerk.client.patch(`${leads}/${alpha?.id}`, { custom: { wechatId: 'wx_hacked' } });
    expect(write.statusCode).toBe(403);
    expect(pointers(write.json<Problem>())).toEqual(['/body/custom.wechatId']);
    expect((await clerk.client.patch(`${leads}/${alpha?.id}`, { custom: { shelf: 11 } })).statusCode).toBe(200);
    expect((await owner.client.get(`${leads}/${alpha?.id}`)).json<Lead>().custom).toMatchObject({ wechatId: 'wx_alpha', shelf: 11 });

    const view = await leadView(clerk.client);
    const custom = (view.schema['properties'] as Record<string, { properties: Record<string, unknown> }>)['custom'];
    expect(Object.keys(custom?.properties ?? {})).not.toContain('wechatId');
    expect(view.columns).not.toContain('custom.wechatId');
    expect(view.filters.map((f) => f.field)).not.toContain('custom.wechatId');
  });

  it('are described to the admin UI: schema with option labels, columns, filters and sort keys', async () => {
    const view = await leadView(owner.client);
    const custom = (view.schema['properties'] as Record<string, Record<string, unknown>>)['custom'] as {
      title: string;
      properties: Record<string, Record<string, unknown>>;
    };
    expect(custom.title).toBe('自定义字段');
    expect(custom.properties['wechatId']).toMatchObject({ type: 'string', title: '微信号' });
    expect(custom.properties['tags']?.['items']).toMatchObject({ oneOf: expect.arrayContaining([{ const: 'hot', title: '热门' }]) });
    expect(view.columns).toEqual(expect.arrayContaining(['custom.wechatId', 'custom.shelf']));
    expect(view.columns).not.toContain('custom.tags');
    expect(view.filters).toContainEqual({ field: 'custom.shelf', kind: 'range' });
    expect(view.filters).toContainEqual({ field: 'custom.tags', kind: 'eq' });
    expect(view.sortable).toContain('custom.shelf');
    expect(view.sortable).not.toContain('custom.tags');
  });

  it('keep options, sets and fields that records use from deletion, and hide a disabled field without losing its values', async () => {
    const option = await owner.client.delete('/api/option-sets/lead-tags/options/vip');
    expect(option.statusCode).toBe(409);
    expect(option.json<Problem & { detail: string }>().detail).toContain('自定义字段');
    expect((await owner.client.delete('/api/option-sets/lead-tags')).statusCode).toBe(409);

    const fields = (await owner.client.get(`${fieldsUrl}?resource=${resource}`)).json<{ items: CustomFieldView[] }>().items;
    const shelf = fields.find((field) => field.key === 'shelf');
    const inUse = await owner.client.delete(`${fieldsUrl}/${shelf?.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json<Problem>().code).toBe('custom-field-in-use');

    expect((await owner.client.patch(`${fieldsUrl}/${shelf?.id}`, { disabled: true })).statusCode).toBe(200);
    const [alpha] = (await owner.client.get(`${leads}?search=甲`)).json<{ items: Lead[] }>().items;
    expect(alpha?.custom).not.toHaveProperty('shelf');
    expect((await owner.client.patch(`${leads}/${alpha?.id}`, { custom: { shelf: 3 } })).statusCode).toBe(400);
    expect((await owner.client.get(`${leads}?custom.shelf=11`)).statusCode).toBe(400);
    expect((await owner.client.patch(`${fieldsUrl}/${shelf?.id}`, { disabled: false })).statusCode).toBe(200);
    expect((await owner.client.get(`${leads}/${alpha?.id}`)).json<Lead>().custom).toMatchObject({ shelf: 11 });

    const visitOn = fields.find((field) => field.key === 'visitOn');
    const [holder] = (await owner.client.get(`${leads}?custom.visitOnFrom=2000-01-01`)).json<{ items: Lead[] }>().items;
    expect((await owner.client.patch(`${leads}/${holder?.id}`, { custom: { visitOn: null } })).statusCode).toBe(200);
    expect((await owner.client.delete(`${fieldsUrl}/${visitOn?.id}`)).statusCode).toBe(204);
  });

  it('belong to one company: another company neither sees them nor may store values in them', async () => {
    const other = await signUpCompany(t.app, '西北商贸有限公司');
    await enablePlugin(other.client, 'fixture-leads');
    expect((await other.client.get(`${fieldsUrl}?resource=${resource}`)).json<{ items: unknown[] }>().items).toEqual([]);
    const stored = await other.client.post(leads, { name: '越界', stage: 'new', custom: { wechatId: 'wx_other1' } });
    expect(stored.statusCode).toBe(400);
    expect(pointers(stored.json<Problem>())).toEqual(['/body/custom/wechatId']);
    const ours = (await owner.client.get(`${fieldsUrl}?resource=${resource}`)).json<{ items: CustomFieldView[] }>().items[0];
    expect((await other.client.patch(`${fieldsUrl}/${ours?.id}`, { disabled: true })).statusCode).toBe(404);
    expect((await other.client.delete(`${fieldsUrl}/${ours?.id}`)).statusCode).toBe(404);
  });
});
