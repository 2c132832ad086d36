import type { ComponentType, ReactNode } from 'react';
import type { SessionView } from '../api/auth-api.ts';

/**
 * The left menu and the signed-in routes are both built from this registry, so a plugin's admin-ui
 * entry only registers here (before the app starts) to get a menu item, a route, breadcrumbs and the
 * 403 guard. Order bands: core top-level entries 0–99, plugin groups 100–899, 系统设置 900.
 */
export interface MenuGroup {
  key: string;
  /** i18n key of the group title, e.g. `orders.menu.group`. */
  labelKey: string;
  icon?: ReactNode;
  order: number;
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
  page: () => Promise<{ default: ComponentType }>;
}

const groups: MenuGroup[] = [];
const entries: MenuEntry[] = [];

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

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
  if (entry.group && !groups.some((group) => group.key === entry.group)) {
    throw new Error(`Menu entry "${entry.key}" names unknown group "${entry.group}"`);
  }
  entries.push(entry);
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
