import type { PluginView } from '../../../api/plugins-api.ts';

type ModuleLinks = Pick<PluginView, 'name' | 'requires' | 'enabled'>;

/**
 * The modules that enabling `module` would also enable: those it needs, directly or through another
 * needed module, that are not enabled yet; requirements first, each once. A name that is not installed
 * is kept, so the confirm still names it and the server explains the refusal.
 */
export function missingRequirements(module: ModuleLinks, modules: readonly ModuleLinks[]): string[] {
  const byName = new Map(modules.map((item) => [item.name, item]));
  const missing: string[] = [];
  const seen = new Set<string>([module.name]);
  const visit = (names: readonly string[]) => {
    for (const name of names) {
      if (seen.has(name)) continue;
      seen.add(name);
      const required = byName.get(name);
      if (required?.enabled) continue;
      visit(required?.requires ?? []);
      missing.push(name);
    }
  };
  visit(module.requires);
  return missing;
}

/** A module's title in the reader's language where it is installed, else its name. */
export function moduleTitles(modules: readonly Pick<PluginView, 'name' | 'title'>[]): (name: string) => string {
  const titles = new Map(modules.map((item) => [item.name, item.title]));
  return (name) => titles.get(name) ?? name;
}
