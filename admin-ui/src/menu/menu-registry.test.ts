import { describe, expect, it } from 'vitest';
import type { SessionView } from '../api/auth-api.ts';
import {
  findMenuEntry,
  type MenuEntry,
  menuEntries,
  pluginsEnabled,
  registerMenuEntry,
  registerMenuGroup,
  withPluginGate,
} from './menu-registry.ts';

const page = () => Promise.resolve({ default: () => null });
const entry = (key: string, extra: Partial<MenuEntry> = {}): MenuEntry => ({
  key,
  path: `/${key}`,
  labelKey: `${key}.menu`,
  order: 100,
  visible: () => true,
  page,
  ...extra,
});
// `visible` rules only read the parts they need; the gate reads enabledPlugins.
const sessionWith = (enabledPlugins: string[]) => ({ enabledPlugins }) as unknown as SessionView;

describe('plugin menu entries', () => {
  it('passes core entries and entries of enabled plugins', () => {
    expect(pluginsEnabled([undefined, undefined], { enabledPlugins: [] })).toBe(true);
    expect(pluginsEnabled(['orders', undefined], { enabledPlugins: ['orders'] })).toBe(true);
    expect(pluginsEnabled(['orders', 'products'], { enabledPlugins: ['orders'] })).toBe(false);
  });

  it('hides an entry whose own or group plugin is not enabled, and keeps its other rule', () => {
    const core = entry('core');
    expect(withPluginGate(core, undefined)).toBe(core);

    const own = withPluginGate(entry('orders', { plugin: 'orders' }), undefined);
    expect(own.visible(sessionWith([]))).toBe(false);
    expect(own.visible(sessionWith(['orders']))).toBe(true);

    const group = { key: 'sales', labelKey: 'sales.menu', order: 100, plugin: 'orders' };
    const inGroup = withPluginGate(entry('returns', { group: 'sales', visible: () => false }), group);
    expect(inGroup.visible(sessionWith(['orders']))).toBe(false);
    const allowed = withPluginGate(entry('returns', { group: 'sales' }), group);
    expect(allowed.visible(sessionWith(['products']))).toBe(false);
    expect(allowed.visible(sessionWith(['orders']))).toBe(true);
  });

  it('gates what the registry hands to the menu and the routes', () => {
    registerMenuGroup({ key: 'dealers', labelKey: 'dealers.menu', order: 200, plugin: 'dealers' });
    registerMenuEntry(entry('dealer-list', { group: 'dealers' }));
    registerMenuEntry(entry('coupons', { plugin: 'coupons' }));
    const shown = (enabled: string[]) =>
      menuEntries()
        .filter((known) => known.visible(sessionWith(enabled)))
        .map((known) => known.key);
    expect(shown([])).toEqual([]);
    expect(shown(['dealers', 'coupons'])).toEqual(['dealer-list', 'coupons']);
    expect(findMenuEntry('/dealer-list/42')?.visible(sessionWith(['coupons']))).toBe(false);
  });
});
