import type { ComponentType } from 'react';
import type { PluginComponentKind } from './plugin-ui-entry.ts';
import { componentLoaderOf, entryLoadersByPlugin } from './plugin-ui-modules.ts';

/*
 * Every plugin's admin UI entry, found at build time: `plugins/<name>/ui/index.tsx`. Each is its own
 * chunk, loaded the first time one of its pages or widgets is shown; plugins without a `ui/` folder have
 * no entry here. Whether a page is offered at all is the server's call (GET /api/ui-extensions).
 */
const entryLoaders = entryLoadersByPlugin(import.meta.glob('../../../plugins/*/ui/index.tsx'));

export function hasPluginUi(plugin: string): boolean {
  return entryLoaders.has(plugin);
}

/** The component a plugin exports as `pages[key]` or `widgets[key]`; undefined when it has none. */
export async function loadPluginComponent(
  plugin: string,
  kind: PluginComponentKind,
  key: string,
): Promise<ComponentType | undefined> {
  const loadEntry = entryLoaders.get(plugin);
  if (!loadEntry) return undefined;
  const loadComponent = componentLoaderOf(await loadEntry(), kind, key);
  if (!loadComponent) return undefined;
  const loaded: unknown = await loadComponent();
  if (typeof loaded !== 'object' || loaded === null || !('default' in loaded)) return undefined;
  const component = loaded.default;
  // A function or an object (memo, forwardRef) as a module's default export is what React renders.
  return typeof component === 'function' || (typeof component === 'object' && component !== null)
    ? (component as ComponentType)
    : undefined;
}
