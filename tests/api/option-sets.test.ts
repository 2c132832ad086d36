import type { OptionSetView } from '@tessera/schemas/option-set';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OptionUsageCounter } from '../../core/taxonomy/option-usage.ts';
import { optionSetsPlugin } from '../fixtures/option-sets-plugin.ts';
import { inviteMember } from '../support/members.ts';
import { enablePlugin } from '../support/plugins.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { apiTokenClient, type SignedUp, signUpCompany, type TestClient } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename, {}, [optionSetsPlugin]);
  owner = await signUpCompany(t.app);
});
afterAll(() => t.close());

const sets = '/api/option-sets';
const label = (zh: string, en?: string) => ({ 'zh-CN': zh, ...(en ? { 'en-US': en } : {}) });
const getSet = async (client: TestClient, key: string) => (await client.get(`${sets}/${key}`)).json<OptionSetView>();
const tree = (set: OptionSetView) => set.options.map((o) => `${'  '.repeat(o.depth)}${o.value}`);

async function createSet(client: TestClient, key: string, options: { value: string; parentValue?: string; zh: string }[] = []) {
  expect((await client.post(sets, { key, name: label(`${key} 分类`, key) })).statusCode).toBe(201);
  for (const o of options) {
    const response = await client.post(`${sets}/${key}/options`, { value: o.value, parentValue: o.parentValue, label: label(o.zh) });
    expect(response.statusCode, response.body).toBe(201);
  }
}

/** Records "holding" option values, per company: what a forms counter would find in submissions. */
const held = new Map<string, Map<string, number>>();
const testCounter: OptionUsageCounter = {
  key: 'test.records',
  title: { 'zh-CN': '测试记录', 'en-US': 'test records' },
  countValues: async ({ tenantId }, setKey, values) =>
    values.reduce((sum, value) => sum + (held.get(tenantId)?.get(`${setKey}/${value}`) ?? 0), 0),
  countSet: async ({ tenantId }, setKey) =>
    [...(held.get(tenantId)?.entries() ?? [])].filter(([key]) => key.startsWith(`${setKey}/`)).reduce((sum, [, n]) => sum + n, 0),
};

describe('option sets', () => {
  it('creates a set with a tree of options, listed parents first with their depth', async () => {
    await createSet(owner.client, 'customer-tags', [
      { value: 'vip', zh: '重要客户' },
      { value: 'vip-gold', parentValue: 'vip', zh: '金卡' },
      { value: 'vip-silver', parentValue: 'vip', zh: '银卡' },
      { value: 'new', zh: '新客户' },
    ]);
    const set = await getSet(owner.client, 'customer-tags');
    expect(tree(set)).toEqual(['vip', '  vip-gold', '  vip-silver', 'new']);
    expect(set).toMatchObject({ key: 'customer-tags', plugin: null, builtIn: false, optionCount: 4 });
    expect(set.options[1]).toEqual({
      value: 'vip-gold',
      parentValue: 'vip',
      label: { 'zh-CN': '金卡', 'en-US': '' },
      color: null,
      sortOrder: 0,
      disabled: false,
      declared: false,
      depth: 1,
    });

    const renamed = await owner.client.patch(`${sets}/customer-tags`, { name: label('客户标签', 'Customer tags') });
    expect(renamed.json().name).toEqual({ 'zh-CN': '客户标签', 'en-US': 'Customer tags' });
    const page = (await owner.client.get(`${sets}?q=${encodeURIComponent('客户')}&pageSize=5`)).json();
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 5, items: [{ key: 'customer-tags', optionCount: 4 }] });
  });

  it('relabels, recolors, moves, reorders and disables an option without touching its value', async () => {
    const option = `${sets}/customer-tags/options/vip-gold`;
    const relabelled = await owner.client.patch(option, { label: label('黄金会员', 'Gold'), color: '#FFD700' });
    expect(relabelled.statusCode).toBe(200);
    expect(relabelled.json()).toMatchObject({ value: 'vip-gold', label: { 'zh-CN': '黄金会员', 'en-US': 'Gold' }, color: '#ffd700' });

    expect((await owner.client.patch(option, { disabled: true })).json()).toMatchObject({ value: 'vip-gold', disabled: true });
    expect((await owner.client.patch(option, { parentValue: 'new' })).json()).toMatchObject({ parentValue: 'new', depth: 1 });
    expect((await owner.client.patch(option, { parentValue: null })).json()).toMatchObject({ parentValue: null, depth: 0 });
    const reordered = await owner.client.post(`${sets}/customer-tags/reorder`, { parentValue: null, values: ['new', 'vip-gold', 'vip'] });
    expect(reordered.statusCode).toBe(200);
    expect(tree(reordered.json())).toEqual(['new', 'vip-gold', 'vip', '  vip-silver']);
    expect((await owner.client.patch(option, { parentValue: 'vip' })).statusCode).toBe(200);

    // a Chinese value travels in the path
    await owner.client.post(`${sets}/customer-tags/options`, { value: '红色', label: label('红色') });
    const red = await owner.client.patch(`${sets}/customer-tags/options/${encodeURIComponent('红色')}`, { color: '#ff0000' });
    expect(red.json()).toMatchObject({ value: '红色', color: '#ff0000' });

    const audit = (await owner.client.get('/api/audit-log?subject=OptionSet&pageSize=100')).json<{ items: { action: string; recordId: string }[] }>();
    expect(audit.items.map((e) => e.action)).toEqual(expect.arrayContaining(['option-set.create', 'option.create', 'option.update', 'option-set.reorder']));
    expect(audit.items.find((e) => e.action === 'option.update')?.recordId).toMatch(/^customer-tags\//);
  });

  it('refuses unknown parents, loops, taken values, bad colors and incomplete orders, with pointers', async () => {
    const options = `${sets}/customer-tags/options`;
    const cases: [string, Promise<{ statusCode: number; json: () => { code: string; errors?: { pointer: string }[] } }>, number, string, string][] = [
      ['unknown parent', owner.client.post(options, { value: 'x', parentValue: 'nope', label: label('某') }), 400, 'unknown-parent-option', '/body/parentValue'],
      ['duplicate', owner.client.post(options, { value: 'vip', label: label('重复') }), 409, 'option-value-taken', '/body/value'],
      ['bad color', owner.client.post(options, { value: 'y', label: label('某'), color: 'red' }), 400, 'validation-failed', '/body/color'],
      ['cycle', owner.client.patch(`${options}/vip`, { parentValue: 'vip-silver' }), 409, 'option-cycle', '/body/parentValue'],
      ['self parent', owner.client.patch(`${options}/vip`, { parentValue: 'vip' }), 409, 'option-cycle', '/body/parentValue'],
      ['value change', owner.client.patch(`${options}/vip`, { value: 'vip2' }), 400, 'validation-failed', '/body/value'],
      ['formula value', owner.client.post(options, { value: '=cmd', label: label('某') }), 400, 'validation-failed', '/body/value'],
      ['reorder', owner.client.post(`${sets}/customer-tags/reorder`, { parentValue: 'vip', values: ['vip-silver'] }), 400, 'option-reorder-mismatch', '/body/values'],
      ['dotted own key', owner.client.post(sets, { key: 'fixture-opts.x', name: label('某') }), 400, 'validation-failed', '/body/key'],
      ['key taken', owner.client.post(sets, { key: 'customer-tags', name: label('某') }), 409, 'option-set-key-taken', '/body/key'],
    ];
    for (const [name, pending, status, code, pointer] of cases) {
      const response = await pending;
      expect(response.statusCode, name).toBe(status);
      expect(response.json().code, name).toBe(code);
      expect(response.json().errors?.map((e) => e.pointer), name).toContain(pointer);
    }
    expect((await owner.client.get(`${sets}/customer-tags/options`)).statusCode).toBe(404);
    expect((await owner.client.get(`${sets}/no-such-set`)).statusCode).toBe(404);
    expect((await owner.client.patch(`${sets}/customer-tags/options/nope`, { disabled: true })).statusCode).toBe(404);
  });

  it('refuses to delete an option or a set that records use, with the count; unused ones go', async () => {
    const unregister = t.app.optionUsage.register(testCounter);
    try {
      const tenantId = owner.session.tenant.id;
      held.set(tenantId, new Map([['customer-tags/vip-gold', 3]]));
      const refused = await owner.client.delete(`${sets}/customer-tags/options/vip`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'option-in-use' });
      expect(refused.json().detail).toContain('3');
      expect(refused.json().detail).toContain('测试记录');
      expect((await owner.client.delete(`${sets}/customer-tags/options/vip-gold`)).json().code).toBe('option-in-use');

      const setRefused = await owner.client.delete(`${sets}/customer-tags`);
      expect(setRefused.statusCode).toBe(409);
      expect(setRefused.json()).toMatchObject({ code: 'option-set-in-use' });
      expect(setRefused.json().detail).toContain('3');

      // what no record uses can go, with its sub-options
      await owner.client.post(`${sets}/customer-tags/options`, { value: 'new-online', parentValue: 'new', label: label('线上') });
      expect((await owner.client.delete(`${sets}/customer-tags/options/new`)).statusCode).toBe(204);
      expect(tree(await getSet(owner.client, 'customer-tags'))).not.toContain('new-online');

      held.set(tenantId, new Map());
      expect((await owner.client.delete(`${sets}/customer-tags/options/vip`)).statusCode).toBe(204);
      expect(tree(await getSet(owner.client, 'customer-tags'))).toEqual(['红色']);
      expect((await owner.client.delete(`${sets}/customer-tags`)).statusCode).toBe(204);
      expect((await owner.client.get(`${sets}/customer-tags`)).statusCode).toBe(404);
    } finally {
      unregister();
    }
  });
});

describe('option sets a module declares', () => {
  const statusSet = `${sets}/fixture-opts.order-status`;

  it('appear when the company enables the module and cannot be deleted while it is installed', async () => {
    expect((await owner.client.get(statusSet)).statusCode).toBe(404);
    await enablePlugin(owner.client, 'fixture-opts');
    const set = await getSet(owner.client, 'fixture-opts.order-status');
    expect(set).toMatchObject({ plugin: 'fixture-opts', pluginTitle: '订单状态（测试）', builtIn: true });
    expect(tree(set)).toEqual(['open', '  pending-review', '  shipped', 'closed']);
    expect(set.options[0]).toMatchObject({ color: '#1677ff', declared: true });
    const listed = (await owner.client.get(`${sets}?source=plugin`)).json();
    expect(listed.items.map((s: { key: string }) => s.key)).toEqual(['fixture-opts.order-status']);

    expect((await owner.client.delete(statusSet)).json()).toMatchObject({ code: 'option-set-built-in' });
    expect((await owner.client.delete(`${statusSet}/options/shipped`)).json()).toMatchObject({ code: 'option-declared' });
  });

  it('can be relabelled, disabled and extended by the company, and enabling again keeps its changes', async () => {
    expect((await owner.client.patch(`${statusSet}/options/closed`, { label: label('已完结', 'Done'), disabled: true })).statusCode).toBe(200);
    expect((await owner.client.post(`${statusSet}/options`, { value: 'returned', parentValue: 'open', label: label('退货中') })).statusCode).toBe(201);
    expect((await owner.client.delete(`${statusSet}/options/returned`)).statusCode).toBe(204);
    expect((await owner.client.post(`${statusSet}/options`, { value: 'on-hold', label: label('暂停') })).statusCode).toBe(201);

    expect((await owner.client.post('/api/plugins/fixture-opts/disable')).statusCode).toBe(204);
    expect((await owner.client.post('/api/plugins/fixture-opts/enable', {})).statusCode).toBe(200);
    const set = await getSet(owner.client, 'fixture-opts.order-status');
    expect(set.options.find((o) => o.value === 'closed')).toMatchObject({ label: { 'zh-CN': '已完结', 'en-US': 'Done' }, disabled: true });
    expect(tree(set)).toEqual(['open', '  pending-review', '  shipped', 'closed', 'on-hold']);
  });
});

describe('who may see and change option sets', () => {
  it('keeps each company to its own sets', async () => {
    await createSet(owner.client, 'sizes', [{ value: 'xl', zh: '加大' }]);
    const other = await signUpCompany(t.app, '另一家公司');
    expect((await other.client.get(`${sets}/sizes`)).statusCode).toBe(404);
    expect((await other.client.get(sets)).json().total).toBe(0);
    expect((await other.client.patch(`${sets}/sizes/options/xl`, { disabled: true })).statusCode).toBe(404);
    expect((await other.client.delete(`${sets}/sizes`)).statusCode).toBe(404);
    expect((await other.client.get(`${sets}/sizes/export?format=json`)).statusCode).toBe(404);
    // the same key is free in another company
    await createSet(other.client, 'sizes', [{ value: 'xl', zh: '特大' }]);
    expect((await getSet(owner.client, 'sizes')).options[0]?.label['zh-CN']).toBe('加大');
  });

  it('lets members read option sets but not change them; API tokens are checked the same way', async () => {
    const member = await inviteMember(owner.client, 'member');
    const { client: memberToken } = await apiTokenClient(owner.client, 'member');
    for (const client of [member.client, memberToken]) {
      expect((await client.get(sets)).statusCode).toBe(200);
      expect((await client.get(`${sets}/sizes`)).statusCode).toBe(200);
      expect((await client.get(`${sets}/sizes/export?format=xlsx`)).statusCode).toBe(200);
      const writes = [
        client.post(sets, { key: 'colors', name: label('颜色') }),
        client.patch(`${sets}/sizes`, { name: label('尺码') }),
        client.delete(`${sets}/sizes`),
        client.post(`${sets}/sizes/options`, { value: 's', label: label('小') }),
        client.patch(`${sets}/sizes/options/xl`, { disabled: true }),
        client.delete(`${sets}/sizes/options/xl`),
        client.post(`${sets}/sizes/reorder`, { parentValue: null, values: ['xl'] }),
        client.post(`${sets}/sizes/import`, { format: 'json', set: { options: [] } }),
      ];
      for (const response of await Promise.all(writes)) expect(response.statusCode, response.body).toBe(403);
    }
    expect((await getSet(owner.client, 'sizes')).options).toHaveLength(1);
  });
});
