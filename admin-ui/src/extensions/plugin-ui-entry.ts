import type { ComponentType } from 'react';

/**
 * Loads one screen of a plugin on first use: `() => import('./list-page.tsx')` (a default export). `P` is
 * the props it is rendered with: none for pages and widgets, SignInWidgetProps for sign-in widgets.
 */
export type PluginComponentLoader<P extends object = object> = () => Promise<{ default: ComponentType<P> }>;

/** A plugin UI entry's `pages`, `widgets` or `signInWidgets`: components by key. */
export type PluginComponents<P extends object = object> = Readonly<Record<string, PluginComponentLoader<P>>>;

/** What a sign-in widget is rendered with, on the sign-in page of a known company. */
export interface SignInWidgetProps {
  /** The company's slug: `?tenant=<slug>` of the sign-in page's URL, else the one this browser last signed in to. */
  tenant: string;
}

/**
 * What `plugins/<name>/ui/index.tsx` exports: `export const pages = {…} satisfies PluginComponents;`
 * and/or `export const widgets = {…}`. The manifest (`ui.pages`, `ui.widgets`) says which exist, their
 * titles, menu order and access; this file only says how to load them. `signInWidgets` (`satisfies
 * PluginComponents<SignInWidgetProps>`) are not in the manifest: every one found renders on the sign-in
 * page of a known company, before anyone signs in, and shows nothing when it has nothing to show (its
 * company has not enabled the plugin, or there is nothing to say).
 */
export interface PluginUiEntry {
  pages?: PluginComponents;
  widgets?: PluginComponents;
  signInWidgets?: PluginComponents<SignInWidgetProps>;
}

export type PluginComponentKind = keyof PluginUiEntry;
