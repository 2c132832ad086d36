import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SessionView } from '../api/auth-api.ts';
import { type MenuEntry, menuEntries, menuGroups } from './menu-registry.ts';

type MenuItem = NonNullable<MenuProps['items']>[number];

/** An entry from outside the registry: a plugin's resource or page offered by GET /api/ui-extensions. */
export interface PluginMenuEntry {
  key: string;
  path: string;
  label: string;
  icon: ReactNode;
}

/** Plugin entries sit in the plugin band (100–899): after 工作台 and 消息中心, before 系统设置. */
export const pluginEntriesOrder = 500;

export function visibleEntries(session: SessionView): MenuEntry[] {
  return menuEntries().filter((entry) => entry.visible(session));
}

function toItem(entry: MenuEntry, t: (key: string) => string): MenuItem {
  return { key: entry.key, icon: entry.icon, label: <Link to={entry.path}>{t(entry.labelKey)}</Link> };
}

/**
 * Top-level entries and groups interleaved by order; a group with nothing visible is left out. Plugin
 * entries come in the order given (their menu order), together at `pluginEntriesOrder`.
 */
export function buildMenuItems(
  session: SessionView,
  t: (key: string) => string,
  pluginEntries: readonly PluginMenuEntry[] = [],
): MenuItem[] {
  const visible = visibleEntries(session);
  const slots: { order: number; item: MenuItem }[] = visible
    .filter((entry) => !entry.group)
    .map((entry) => ({ order: entry.order, item: toItem(entry, t) }));
  for (const entry of pluginEntries) {
    slots.push({
      order: pluginEntriesOrder,
      item: { key: entry.key, icon: entry.icon, label: <Link to={entry.path}>{entry.label}</Link> },
    });
  }
  for (const group of menuGroups()) {
    const children = visible.filter((entry) => entry.group === group.key).map((entry) => toItem(entry, t));
    if (children.length === 0) continue;
    slots.push({
      order: group.order,
      item: { key: `group:${group.key}`, icon: group.icon, label: t(group.labelKey), children },
    });
  }
  return slots.sort((a, b) => a.order - b.order).map((slot) => slot.item);
}
