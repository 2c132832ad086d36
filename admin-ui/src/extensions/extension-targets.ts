import type { PluginPageView, ResourceView, UiExtensions } from '../api/ui-extensions-api.ts';

/** A menu entry of a plugin's resource or page, as the server listed it for this user. */
export interface ExtensionMenuEntry {
  /** `m:<plugin>:<name>`: never clashes with a registered (core) entry's key. */
  key: string;
  path: string;
  label: string;
  /** An `@ant-design/icons` name, or null for the default icon. */
  icon: string | null;
  plugin: string;
  menuOrder: number;
}

/** What a URL under `/m/<plugin>/<name>` opens. */
export type ExtensionTarget =
  | { kind: 'resource-list'; resource: ResourceView }
  | { kind: 'resource-new'; resource: ResourceView }
  | { kind: 'resource-record'; resource: ResourceView; id: string }
  | { kind: 'page'; page: PluginPageView }
  /** A resource's path one level deeper than its screens go. */
  | { kind: 'not-found' };

/**
 * The plugins' menu entries: each resource and page that has a `menuOrder`, sorted by it (then by title,
 * so equal orders do not shuffle between loads).
 */
export function extensionMenuEntries(extensions: UiExtensions): ExtensionMenuEntry[] {
  const entries: ExtensionMenuEntry[] = [];
  for (const item of [...extensions.resources, ...extensions.pages]) {
    if (item.menuOrder === null) continue;
    const name = 'name' in item ? item.name : item.key;
    entries.push({
      key: `m:${item.plugin}:${name}`,
      path: item.uiPath,
      label: item.title,
      icon: item.icon,
      plugin: item.plugin,
      menuOrder: item.menuOrder,
    });
  }
  return entries.sort((a, b) => a.menuOrder - b.menuOrder || a.label.localeCompare(b.label));
}

/** The entry a URL belongs to: its own path or the one it sits under (a record under its list). */
export function findExtensionEntry<E extends Pick<ExtensionMenuEntry, 'path'>>(
  entries: readonly E[],
  pathname: string,
): E | undefined {
  return entries.find((entry) => pathname === entry.path || pathname.startsWith(`${entry.path}/`));
}

/**
 * What `/m/<plugin>/<name>/<rest>` opens: a resource's list (`rest` empty), its 新建 form (`new`) or one
 * record (`<id>`); a plugin page (any `rest`, which the page may route itself). Undefined when the user
 * has no such resource or page.
 */
export function findExtensionTarget(
  extensions: UiExtensions,
  plugin: string,
  name: string,
  rest: string,
): ExtensionTarget | undefined {
  const resource = extensions.resources.find((item) => item.plugin === plugin && item.name === name);
  if (resource) {
    const segments = rest.split('/').filter(Boolean);
    if (segments.length === 0) return { kind: 'resource-list', resource };
    if (segments.length > 1) return { kind: 'not-found' };
    const [segment = ''] = segments;
    if (segment === 'new') return { kind: 'resource-new', resource };
    return { kind: 'resource-record', resource, id: segment };
  }
  const page = extensions.pages.find((item) => item.plugin === plugin && item.key === name);
  return page ? { kind: 'page', page } : undefined;
}

/** `/m/<plugin>/<name>/<rest…>` split up; undefined for any other path. */
export function parseExtensionPath(pathname: string): { plugin: string; name: string; rest: string } | undefined {
  const match = /^\/m\/([^/]+)\/([^/]+)\/?(.*)$/.exec(pathname);
  if (!match) return undefined;
  const [, plugin = '', name = '', rest = ''] = match;
  return { plugin, name, rest };
}
