import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PluginProblem } from './plugin-problem.ts';
import type { PluginCandidate } from './resolve-plugins.ts';

interface PackageJson {
  name?: string;
  main?: string;
  exports?: string | { '.'?: string | { import?: string; default?: string } };
}

/** The entry file a workspace plugin's package.json names (`exports['.']`, then `main`, then `index.ts`). */
function entryOf(pkg: PackageJson): string {
  const root = typeof pkg.exports === 'string' ? pkg.exports : pkg.exports?.['.'];
  if (typeof root === 'string') return root;
  return root?.import ?? root?.default ?? pkg.main ?? 'index.ts';
}

async function load(specifier: string, source: string): Promise<PluginCandidate | PluginProblem> {
  try {
    const module = (await import(specifier)) as { default?: unknown };
    return { source, definition: module.default };
  } catch (error) {
    return {
      plugin: source,
      code: 'load-failed',
      message: `${source} could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * Finds the plugins to consider: every folder of `pluginsDir` with a package.json (the workspace's
 * `plugins/*`), then the npm packages named in `packages`. Each entry's default export is its definition;
 * one that cannot be imported is reported, not fatal.
 */
export async function discoverPlugins(
  pluginsDir: string,
  packages: readonly string[] = [],
): Promise<{ candidates: PluginCandidate[]; problems: PluginProblem[] }> {
  const specifiers: { specifier: string; source: string }[] = [];
  const folders = existsSync(pluginsDir) ? readdirSync(pluginsDir, { withFileTypes: true }) : [];
  for (const folder of folders.filter((f) => f.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const packageFile = join(pluginsDir, folder.name, 'package.json');
    if (!existsSync(packageFile)) continue;
    const pkg = JSON.parse(readFileSync(packageFile, 'utf8')) as PackageJson;
    const entry = join(pluginsDir, folder.name, entryOf(pkg));
    specifiers.push({ specifier: pathToFileURL(entry).href, source: `plugins/${folder.name}` });
  }
  for (const name of packages) specifiers.push({ specifier: name, source: name });
  const loaded = await Promise.all(specifiers.map(({ specifier, source }) => load(specifier, source)));
  return {
    candidates: loaded.filter((l): l is PluginCandidate => 'definition' in l),
    problems: loaded.filter((l): l is PluginProblem => 'code' in l),
  };
}
