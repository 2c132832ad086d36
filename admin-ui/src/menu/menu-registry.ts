import type { ComponentType, ReactNode } from 'react';
import type { SessionView } from '../api/auth-api.ts';

/**
 * The left menu and the signed-in routes are both built from this registry, so a plugin's admin-ui
 * entry only registers here (before the app starts) to get a menu item, a route, breadcrumbs and the
 * 403 guard. Order bands: core top-level entries 0–99, plugin groups 100–899, 系统设置 900. An entry or
 * group that names its `plugin` is hidden, and its URL closed, while the company has not enabled it.
 */
export interface MenuGroup {
  key: string;
  /** i18n key of the group title, e.g. `orders.menu.group`. */
  labelKey: string;
  icon?: ReactNode;
  order: number;
  /** The plugin the group belongs to: its entries are hidden while the company has not enabled it. */
  plugin?: string;
}

/** A page below a menu entry (a record's detail): same 403 rule as the entry, no menu item of its own. */
export interface MenuSubpage {
  /** Route path below the entry's, e.g. `:id` for `/market/orders/:id`. */
  path: string;
  /** i18n key of the page's last breadcrumb, after the entry's. */
  crumbKey: string;
  page: () => Promise<{ default: ComponentType }>;
}

export interface MenuEntry {
  key: string;
  /** Absolute path, e.g. `/settings/users`; also the route path. */
  path: string;
  labelKey: string;
  /** i18n key of a one-line description, shown on the workbench shortcut. */
  descriptionKey?: string;
  icon?: ReactNode;
  /** Key of a registered group; without one the entry is top level. */
  group?: string;
  order: number;
  /** Hides the menu item and answers the URL with the 403 page when false. */
  visible: (session: SessionView) => boolean;
  /** The plugin the entry belongs to: hidden (as if `visible` said false) while the company has not enabled it. */
  plugin?: string;
  page: () => Promise<{ default: ComponentType }>;
  /** Pages under the entry's path; a URL there keeps the entry selected in the menu. */
  subpages?: readonly MenuSubpage[];
}

const groups: MenuGroup[] = [];
const entries: MenuEntry[] = [];

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** Whether every named plugin is among the company's enabled modules; core entries name none. */
export function pluginsEnabled(
  plugins: readonly (string | undefined)[],
  session: Pick<SessionView, 'enabledPlugins'>,
): boolean {
  return plugins.every((plugin) => plugin === undefined || session.enabledPlugins.includes(plugin));
}

/**
 * The entry with its own and its group's plugin folded into `visible`, so the menu, the global search,
 * the workbench shortcuts and the route guard all hide a module the company has not enabled.
 */
export function withPluginGate(entry: MenuEntry, group: MenuGroup | undefined): MenuEntry {
  const plugins = [entry.plugin, group?.plugin];
  if (plugins.every((plugin) => plugin === undefined)) return entry;
  const { visible } = entry;
  return { ...entry, visible: (session) => pluginsEnabled(plugins, session) && visible(session) };
}

export function registerMenuGroup(group: MenuGroup): void {
  if (groups.some((known) => known.key === group.key)) {
    throw new Error(`Menu group "${group.key}" is registered twice`);
  }
  groups.push(group);
}

export function registerMenuEntry(entry: MenuEntry): void {
  if (entries.some((known) => known.key === entry.key || known.path === entry.path)) {
    throw new Error(`Menu entry "${entry.key}" (${entry.path}) clashes with a registered entry`);
  }
  const group = groups.find((known) => known.key === entry.group);
  if (entry.group && !group) {
    throw new Error(`Menu entry "${entry.key}" names unknown group "${entry.group}"`);
  }
  entries.push(withPluginGate(entry, group));
}

export function menuGroups(): readonly MenuGroup[] {
  return [...groups].sort(byOrder);
}

export function menuEntries(): readonly MenuEntry[] {
  return [...entries].sort(byOrder);
}

export function findMenuGroup(key: string | undefined): MenuGroup | undefined {
  return key ? groups.find((group) => group.key === key) : undefined;
}

/** The entry a URL belongs to: the exact path, or the longest path it sits under. */
export function findMenuEntry(pathname: string): MenuEntry | undefined {
  let best: MenuEntry | undefined;
  for (const entry of entries) {
    const matches = pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    if (matches && (!best || entry.path.length > best.path.length)) best = entry;
  }
  return best;
}
