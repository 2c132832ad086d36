import { describe, expect, it } from 'vitest';
import {
  componentKeysOf,
  componentLoaderOf,
  entryLoadersByPlugin,
  pluginNameOfEntryPath,
} from './plugin-ui-modules.ts';

const load = () => Promise.resolve({});

describe('plugin UI entries found by import.meta.glob', () => {
  it('names the plugin of each entry path', () => {
    expect(pluginNameOfEntryPath('../../../plugins/announcements/ui/index.tsx')).toBe('announcements');
    expect(pluginNameOfEntryPath('/plugins/orders/ui/index.tsx')).toBe('orders');
    expect(pluginNameOfEntryPath('../../../plugins/orders/ui/other.tsx')).toBeUndefined();
    expect(pluginNameOfEntryPath('../../../plugins/orders/index.tsx')).toBeUndefined();
  });

  it('maps plugins to their entry; a plugin without a ui folder is absent', () => {
    const loaders = entryLoadersByPlugin({
      '../../../plugins/announcements/ui/index.tsx': load,
      '../../../plugins/orders/ui/index.tsx': load,
    });
    expect([...loaders.keys()].sort()).toEqual(['announcements', 'orders']);
    expect(loaders.has('catalog')).toBe(false);
    expect(entryLoadersByPlugin({}).size).toBe(0);
  });

  it('takes pages[key] and widgets[key] only when they are loaders', () => {
    const inbox = () => Promise.resolve({ default: () => null });
    const entry = { pages: { inbox, broken: 'not a loader' }, widgets: {} };
    expect(componentLoaderOf(entry, 'pages', 'inbox')).toBe(inbox);
    expect(componentLoaderOf(entry, 'pages', 'broken')).toBeUndefined();
    expect(componentLoaderOf(entry, 'pages', 'toString')).toBeUndefined();
    expect(componentLoaderOf(entry, 'widgets', 'inbox')).toBeUndefined();
    expect(componentLoaderOf({}, 'pages', 'inbox')).toBeUndefined();
    expect(componentLoaderOf(null, 'pages', 'inbox')).toBeUndefined();
  });

  it('lists the sign-in widgets an entry exports, loaders only', () => {
    const pinned = () => Promise.resolve({ default: () => null });
    expect(componentKeysOf({ signInWidgets: { pinned, broken: 42 } }, 'signInWidgets')).toEqual(['pinned']);
    expect(componentLoaderOf({ signInWidgets: { pinned } }, 'signInWidgets', 'pinned')).toBe(pinned);
    expect(componentKeysOf({ pages: { pinned } }, 'signInWidgets')).toEqual([]);
    expect(componentKeysOf({ signInWidgets: 'pinned' }, 'signInWidgets')).toEqual([]);
    expect(componentKeysOf(undefined, 'signInWidgets')).toEqual([]);
  });
});
