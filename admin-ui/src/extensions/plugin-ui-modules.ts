import type { PluginComponentKind, PluginComponentLoader } from './plugin-ui-entry.ts';

export type ModuleLoader = () => Promise<unknown>;

/** The plugin a UI entry's path belongs to: `…/plugins/<name>/ui/index.tsx` → `<name>`. */
export function pluginNameOfEntryPath(path: string): string | undefined {
  return /(?:^|\/)plugins\/([^/]+)\/ui\/index\.tsx$/.exec(path)?.[1];
}

/** The glob's path → loader map as plugin name → loader; a plugin with no `ui/` folder is simply absent. */
export function entryLoadersByPlugin(globbed: Readonly<Record<string, ModuleLoader>>): Map<string, ModuleLoader> {
  const loaders = new Map<string, ModuleLoader>();
  for (const [path, load] of Object.entries(globbed)) {
    const plugin = pluginNameOfEntryPath(path);
    if (plugin) loaders.set(plugin, load);
  }
  return loaders;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * `pages[key]`, `widgets[key]` or `signInWidgets[key]` of a loaded UI entry, checked at run time: the
 * entry is plugin code the admin UI only meets in the browser, so a missing export or a non-function is
 * "no such component", not a crash.
 */
export function componentLoaderOf(
  entry: unknown,
  kind: PluginComponentKind,
  key: string,
): PluginComponentLoader | undefined {
  if (!isRecord(entry)) return undefined;
  const components = entry[kind];
  if (!isRecord(components) || !Object.hasOwn(components, key)) return undefined;
  const loader = components[key];
  // A function of the entry's `pages`/`widgets` is a PluginComponentLoader by the entry's contract
  // (plugin-ui-entry.ts); what it resolves to is checked again by the caller.
  return typeof loader === 'function' ? (loader as PluginComponentLoader) : undefined;
}

/** The keys of a loaded UI entry's `pages`, `widgets` or `signInWidgets` whose values are loaders. */
export function componentKeysOf(entry: unknown, kind: PluginComponentKind): string[] {
  if (!isRecord(entry)) return [];
  const components = entry[kind];
  if (!isRecord(components)) return [];
  return Object.keys(components).filter((key) => typeof components[key] === 'function');
}
