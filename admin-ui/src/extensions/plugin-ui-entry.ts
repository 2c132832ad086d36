import type { ComponentType } from 'react';

/** Loads one screen of a plugin on first use: `() => import('./list-page.tsx')` (a default export). */
export type PluginComponentLoader = () => Promise<{ default: ComponentType }>;

/** A plugin UI entry's `pages` or `widgets`: components by the key the manifest's `ui` gives them. */
export type PluginComponents = Readonly<Record<string, PluginComponentLoader>>;

/**
 * What `plugins/<name>/ui/index.tsx` exports: `export const pages = {…} satisfies PluginComponents;`
 * and/or `export const widgets = {…}`. The manifest (`ui.pages`, `ui.widgets`) says which exist, their
 * titles, menu order and access; this file only says how to load them.
 */
export interface PluginUiEntry {
  pages?: PluginComponents;
  widgets?: PluginComponents;
}

export type PluginComponentKind = keyof PluginUiEntry;
