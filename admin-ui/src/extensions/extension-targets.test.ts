import { describe, expect, it } from 'vitest';
import { extensionsFixture, pageFixture, resourceFixture } from '../pages/resources/resource-fixture.ts';
import { extensionCrumbsOf } from './extension-crumbs.ts';
import {
  extensionMenuEntries,
  findExtensionEntry,
  findExtensionTarget,
  parseExtensionPath,
} from './extension-targets.ts';

const t = (key: string) => `<${key}>`;

describe('plugin menu entries from GET /api/ui-extensions', () => {
  it('lists resources and pages that have a menu order, sorted by it', () => {
    const extensions = extensionsFixture({
      resources: [
        resourceFixture(),
        resourceFixture({ name: 'drafts', title: '草稿', uiPath: '/m/announcements/drafts', menuOrder: null }),
        resourceFixture({ plugin: 'orders', name: 'orders', title: '订货订单', uiPath: '/m/orders/orders', menuOrder: 1 }),
      ],
      pages: [pageFixture()],
    });
    expect(extensionMenuEntries(extensions)).toEqual([
      { key: 'm:orders:orders', path: '/m/orders/orders', label: '订货订单', icon: 'NotificationOutlined', plugin: 'orders', menuOrder: 1 },
      { key: 'm:announcements:inbox', path: '/m/announcements/inbox', label: '我的通告', icon: null, plugin: 'announcements', menuOrder: 5 },
      {
        key: 'm:announcements:announcements',
        path: '/m/announcements/announcements',
        label: '通告',
        icon: 'NotificationOutlined',
        plugin: 'announcements',
        menuOrder: 10,
      },
    ]);
  });

  it('breaks equal orders by title, so the menu does not shuffle', () => {
    const extensions = extensionsFixture({
      resources: [resourceFixture({ title: 'b', menuOrder: 1 })],
      pages: [pageFixture({ title: 'a', menuOrder: 1 })],
    });
    expect(extensionMenuEntries(extensions).map((entry) => entry.label)).toEqual(['a', 'b']);
  });

  it('finds the entry of a record under its list, and not of a look-alike path', () => {
    const entries = extensionMenuEntries(extensionsFixture());
    expect(findExtensionEntry(entries, '/m/announcements/announcements/123')?.label).toBe('通告');
    expect(findExtensionEntry(entries, '/m/announcements/announcements')?.label).toBe('通告');
    expect(findExtensionEntry(entries, '/m/announcements/announcementsx')).toBeUndefined();
  });
});

describe('what /m/<plugin>/<name>/… opens', () => {
  const extensions = extensionsFixture();

  it('resolves a resource list, its 新建 form and a record', () => {
    expect(findExtensionTarget(extensions, 'announcements', 'announcements', '')?.kind).toBe('resource-list');
    expect(findExtensionTarget(extensions, 'announcements', 'announcements', 'new')?.kind).toBe('resource-new');
    expect(findExtensionTarget(extensions, 'announcements', 'announcements', 'abc')).toMatchObject({
      kind: 'resource-record',
      id: 'abc',
    });
    expect(findExtensionTarget(extensions, 'announcements', 'announcements', 'abc/more')).toEqual({ kind: 'not-found' });
  });

  it('resolves a plugin page with or without a path of its own', () => {
    expect(findExtensionTarget(extensions, 'announcements', 'inbox', '')).toMatchObject({ kind: 'page' });
    expect(findExtensionTarget(extensions, 'announcements', 'inbox', 'x/y')).toMatchObject({ kind: 'page' });
  });

  it('knows nothing the server did not offer: another plugin, or a name the user may not read', () => {
    expect(findExtensionTarget(extensions, 'orders', 'announcements', '')).toBeUndefined();
    expect(findExtensionTarget(extensions, 'announcements', 'secret', '')).toBeUndefined();
  });

  it('splits only plugin paths', () => {
    expect(parseExtensionPath('/m/announcements/announcements/1')).toEqual({
      plugin: 'announcements',
      name: 'announcements',
      rest: '1',
    });
    expect(parseExtensionPath('/m/announcements')).toBeUndefined();
    expect(parseExtensionPath('/settings/modules')).toBeUndefined();
  });
});

describe('breadcrumbs of plugin screens', () => {
  const extensions = extensionsFixture();
  const enabled = ['announcements'];

  it('names the resource, then 新建 or 编辑 with a link back to the list', () => {
    expect(extensionCrumbsOf('/m/announcements/announcements', enabled, extensions, t)?.crumbs).toEqual([
      { title: '通告' },
    ]);
    expect(extensionCrumbsOf('/m/announcements/announcements/new', enabled, extensions, t)?.crumbs).toEqual([
      { title: '通告', path: '/m/announcements/announcements' },
      { title: '<resource.form.new-crumb>' },
    ]);
    expect(extensionCrumbsOf('/m/announcements/announcements/42', enabled, extensions, t)?.crumbs).toEqual([
      { title: '通告', path: '/m/announcements/announcements' },
      { title: '<common.edit>' },
    ]);
  });

  it('says 查看 for a record the user may not update', () => {
    const readOnly = extensionsFixture({
      resources: [resourceFixture({ can: { create: false, update: false, delete: false } })],
    });
    expect(extensionCrumbsOf('/m/announcements/announcements/42', enabled, readOnly, t)?.crumbs.at(-1)).toEqual({
      title: '<common.view>',
    });
  });

  it('says the module is off, or the page is closed, when it is', () => {
    expect(extensionCrumbsOf('/m/announcements/announcements', [], extensions, t)?.crumbs).toEqual([
      { title: '<module-off.crumb>' },
    ]);
    expect(extensionCrumbsOf('/m/announcements/secret', enabled, extensions, t)?.crumbs).toEqual([
      { title: '<errors.forbidden.crumb>' },
    ]);
    expect(extensionCrumbsOf('/m/announcements/announcements', enabled, undefined, t)?.crumbs).toEqual([]);
    expect(extensionCrumbsOf('/workbench', enabled, extensions, t)).toBeUndefined();
  });
});
