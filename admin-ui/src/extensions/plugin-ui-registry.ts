import type { ComponentType } from 'react';
import type { PluginComponentKind, SignInWidgetProps } from './plugin-ui-entry.ts';
import { componentKeysOf, componentLoaderOf, entryLoadersByPlugin } from './plugin-ui-modules.ts';

/*
 * Every plugin's admin UI entry, found at build time: `plugins/<name>/ui/index.tsx`. Each is its own
 * chunk, loaded the first time one of its pages or widgets is shown; plugins without a `ui/` folder have
 * no entry here. Whether a page is offered at all is the server's call (GET /api/ui-extensions).
 */
const entryLoaders = entryLoadersByPlugin(import.meta.glob('../../../plugins/*/ui/index.tsx'));

export function hasPluginUi(plugin: string): boolean {
  return entryLoaders.has(plugin);
}

/** The default export of `kind[key]` of a plugin's entry when it is something React renders. */
async function loadComponent(
  plugin: string,
  kind: PluginComponentKind,
  key: string,
): Promise<ComponentType<never> | undefined> {
  const loadEntry = entryLoaders.get(plugin);
  if (!loadEntry) return undefined;
  const loadExport = componentLoaderOf(await loadEntry(), kind, key);
  if (!loadExport) return undefined;
  const loaded: unknown = await loadExport();
  if (typeof loaded !== 'object' || loaded === null || !('default' in loaded)) return undefined;
  const component = loaded.default;
  // A function or an object (memo, forwardRef) as a module's default export is what React renders.
  return typeof component === 'function' || (typeof component === 'object' && component !== null)
    ? (component as ComponentType<never>)
    : undefined;
}

/** The component a plugin exports as `pages[key]` or `widgets[key]`; undefined when it has none. */
export async function loadPluginComponent(
  plugin: string,
  kind: Exclude<PluginComponentKind, 'signInWidgets'>,
  key: string,
): Promise<ComponentType | undefined> {
  // pages and widgets take no props (plugin-ui-entry.ts)
  return (await loadComponent(plugin, kind, key)) as ComponentType | undefined;
}

/** A plugin's `signInWidgets[key]`; undefined when it has none. */
export async function loadSignInWidget(
  plugin: string,
  key: string,
): Promise<ComponentType<SignInWidgetProps> | undefined> {
  // sign-in widgets take SignInWidgetProps (plugin-ui-entry.ts)
  return (await loadComponent(plugin, 'signInWidgets', key)) as ComponentType<SignInWidgetProps> | undefined;
}

/**
 * Every sign-in widget the plugins offer, as `plugin/key` pairs: loads each plugin's entry (small: it
 * only lists loaders); an entry that fails to load offers none.
 */
export async function listSignInWidgets(): Promise<{ plugin: string; key: string }[]> {
  const offered = await Promise.all(
    [...entryLoaders].map(async ([plugin, loadEntry]) => {
      const entry: unknown = await loadEntry().catch(() => undefined);
      return componentKeysOf(entry, 'signInWidgets').map((key) => ({ plugin, key }));
    }),
  );
  return offered.flat().sort((a, b) => `${a.plugin}/${a.key}`.localeCompare(`${b.plugin}/${b.key}`));
}
