import { describe, expect, it } from 'vitest';
import type { PluginDefinition } from '../../core/plugin-runtime/plugin-definition.ts';
import { checkPermissions } from '../../core/plugin-runtime/check-permissions.ts';
import { resolvePlugins } from '../../core/plugin-runtime/resolve-plugins.ts';

const plugin = (name: string, version = '1.0.0', requires: Record<string, string> = {}, core = '^0.1'): PluginDefinition => ({
  name,
  version,
  core,
  requires,
  title: { 'zh-CN': name, 'en-US': name },
});
const candidates = (...plugins: unknown[]) => plugins.map((definition, i) => ({ source: `plugins/p${i}`, definition }));
const names = (plugins: readonly PluginDefinition[]) => plugins.map((p) => p.name);

describe('the plugin resolver', () => {
  it('orders a valid set so that every plugin comes after what it requires', () => {
    const { plugins, problems } = resolvePlugins(
      candidates(
        plugin('orders', '1.2.0', { catalog: '^1.0', customers: '>=2.0.0' }),
        plugin('promotions', '1.0.0', { orders: '^1.1' }),
        plugin('catalog', '1.4.0'),
        plugin('customers', '2.1.0'),
        plugin('announcements'),
      ),
      '0.1.0',
    );
    expect(problems).toEqual([]);
    expect(names(plugins)).toEqual(['announcements', 'catalog', 'customers', 'orders', 'promotions']);
  });

  it('excludes a plugin whose requirement is missing, naming both, and what required it in turn', () => {
    const { plugins, problems } = resolvePlugins(
      candidates(plugin('orders', '1.0.0', { catalog: '^1.0' }), plugin('promotions', '1.0.0', { orders: '^1.0' }), plugin('catalog-x')),
      '0.1.0',
    );
    expect(names(plugins)).toEqual(['catalog-x']);
    expect(problems).toEqual([
      { plugin: 'orders', code: 'missing-dependency', message: 'orders@1.0.0 requires catalog ^1.0, which is not installed' },
      { plugin: 'promotions', code: 'dependency-unavailable', message: 'promotions@1.0.0 requires orders, which cannot be loaded' },
    ]);
  });

  it('refuses an incompatible requirement version and an incompatible core range', () => {
    const { plugins, problems } = resolvePlugins(
      candidates(plugin('orders', '1.0.0', { catalog: '^2.0' }), plugin('catalog', '1.4.0'), plugin('legacy', '3.0.0', {}, '^2.0')),
      '0.1.0',
    );
    expect(names(plugins)).toEqual(['catalog']);
    expect(problems).toEqual([
      { plugin: 'legacy', code: 'incompatible-core', message: 'legacy@3.0.0 needs core ^2.0; this core is 0.1.0' },
      { plugin: 'orders', code: 'incompatible-dependency', message: 'orders@1.0.0 requires catalog ^2.0; found catalog@1.4.0' },
    ]);
  });

  it('names a requirement cycle and leaves the rest loadable', () => {
    const { plugins, problems } = resolvePlugins(
      candidates(
        plugin('a', '1.0.0', { b: '*' }),
        plugin('b', '1.0.0', { c: '*' }),
        plugin('c', '1.0.0', { a: '*' }),
        plugin('d', '1.0.0', { a: '*' }),
        plugin('e'),
      ),
      '0.1.0',
    );
    expect(names(plugins)).toEqual(['e']);
    expect(problems.filter((p) => p.code === 'dependency-cycle').map((p) => p.message)).toEqual([
      'requirements form a cycle: a → b → c → a',
      'requirements form a cycle: a → b → c → a',
      'requirements form a cycle: a → b → c → a',
    ]);
    expect(problems.find((p) => p.plugin === 'd')?.code).toBe('dependency-unavailable');
  });

  it('refuses duplicate names with both versions, and invalid manifests with what is wrong', () => {
    const { plugins, problems } = resolvePlugins(
      candidates(plugin('catalog', '1.0.0'), plugin('catalog', '1.1.0'), { name: 'Bad Name', version: '1' }, 'not a plugin'),
      '0.1.0',
    );
    expect(plugins).toEqual([]);
    expect(problems.map((p) => [p.plugin, p.code])).toEqual([
      ['Bad Name', 'invalid-manifest'],
      ['plugins/p3', 'invalid-manifest'],
      ['catalog', 'duplicate-name'],
    ]);
    expect(problems[0]?.message).toContain('/name');
    expect(problems[0]?.message).toContain('/version');
    expect(problems[2]?.message).toBe('2 plugins are named catalog: catalog@1.0.0, catalog@1.1.0');
  });

  it('checks pricing (whole fen, CNY) and dataset declarations', () => {
    const priced = (plans: unknown[]) => ({ ...plugin('priced', '1.0.0'), pricing: { plans } });
    const plan = { key: 'basic', title: { 'zh-CN': '基础版', 'en-US': 'Basic' }, priceFen: 9900, currency: 'CNY', period: 'month' };
    expect(resolvePlugins(candidates(priced([plan])), '0.1.0').problems).toEqual([]);
    for (const wrong of [{ ...plan, priceFen: 99.5 }, { ...plan, priceFen: -1 }, { ...plan, currency: 'USD' }, { ...plan, period: 'week' }]) {
      const { problems } = resolvePlugins(candidates(priced([wrong])), '0.1.0');
      expect(problems.map((p) => p.code), JSON.stringify(wrong)).toEqual(['invalid-manifest']);
      expect(problems[0]?.message).toContain('/pricing/plans/0');
    }
    const { problems } = resolvePlugins(candidates({ ...plugin('charts', '1.0.0'), datasets: [{ key: 'sales', subject: 'X', fields: [] }] }), '0.1.0');
    expect(problems[0]?.message).toContain('/datasets/0');
  });
});

describe('event names', () => {
  it('must start with the emitting plugin’s name', () => {
    const { problems } = resolvePlugins(
      candidates({ ...plugin('orders'), events: { emits: ['orders.placed', 'catalog.changed'] } }),
      '0.1.0',
    );
    expect(problems).toEqual([
      expect.objectContaining({ plugin: 'orders', code: 'invalid-manifest', message: expect.stringContaining('/events/emits/1') }),
    ]);
  });
});

describe('the permissions check', () => {
  const withSubject = (name: string, subject: string, requires: Record<string, string> = {}): PluginDefinition => ({
    ...plugin(name, '1.0.0', requires),
    permissions: {
      subjects: [{ key: subject, title: { 'zh-CN': subject, 'en-US': subject }, actions: [], fields: [], rowScoped: false, fieldScoped: false }],
    },
  });

  it('leaves out a plugin whose subject another already declared, or whose default grants name unknown things', () => {
    const { plugins, problems } = checkPermissions([
      withSubject('catalog', 'Product'),
      withSubject('copycat', 'Product'),
      withSubject('core-clash', 'Member'),
      { ...plugin('granter'), permissions: { defaultGrants: { member: [{ action: 'read', subject: 'Nothing' }] } } },
      withSubject('orders', 'Order', { catalog: '^1.0' }),
    ]);
    expect(names(plugins)).toEqual(['catalog', 'orders']);
    expect(problems.map((p) => [p.plugin, p.code])).toEqual([
      ['copycat', 'invalid-manifest'],
      ['core-clash', 'invalid-manifest'],
      ['granter', 'invalid-manifest'],
    ]);
    expect(problems[0]?.message).toContain('Product');
    expect(problems[2]?.message).toContain('/permissions/defaultGrants/member/0/subject');
  });

  it('leaves out a plugin whose resources, datasets, contributions or problem codes name things that do not exist', () => {
    const base = withSubject('shop', 'Shop');
    const { plugins, problems } = checkPermissions([
      base,
      { ...withSubject('bad-dataset', 'Chart'), datasets: [{ key: 'sales', title: base.title, subject: 'Chart', fields: ['nope'] }] },
      { ...withSubject('bad-contribution', 'Extra'), contributes: { 'shop.widgets': [] } },
      { ...withSubject('bad-error', 'Err'), errors: { 'other-thing': { title: base.title, detail: base.title } } },
    ]);
    expect(names(plugins)).toEqual(['shop']);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('/datasets/0/fields: "nope"'),
      expect.stringContaining('contributes to shop, which it does not require'),
      expect.stringContaining('/errors/other-thing'),
    ]);
  });
});
