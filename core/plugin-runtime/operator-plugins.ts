import { join } from 'node:path';
import type pg from 'pg';
import { checkPermissions } from './check-permissions.ts';
import { coreVersion } from './core-version.ts';
import { discoverPlugins } from './discover-plugins.ts';
import type { PluginDataExport } from './plugin-data-export.ts';
import type { PluginDefinition } from './plugin-definition.ts';
import { type InstallResult, installOrUpgrade, PluginLifecycleError, readInstallations, uninstallPlugin } from './plugin-installer.ts';
import type { PluginProblem } from './plugin-problem.ts';
import { PluginRegistry } from './plugin-registry.ts';
import { resolvePlugins } from './resolve-plugins.ts';
import { savePluginExport } from './save-plugin-export.ts';

/** The plugins an operator may install: discovered, resolved and fitting the platform, with what was not. */
export async function availablePlugins(pluginsDir: string, packages: readonly string[]) {
  const discovered = await discoverPlugins(pluginsDir, packages);
  const resolved = resolvePlugins(discovered.candidates, coreVersion);
  const fitting = checkPermissions(resolved.plugins);
  const problems: PluginProblem[] = [...discovered.problems, ...resolved.problems, ...fitting.problems];
  return { registry: new PluginRegistry(fitting.plugins), problems };
}

/** Each available plugin with its installed version and how many companies enabled it. */
export async function pluginInventory(client: pg.ClientBase, registry: PluginRegistry) {
  const installed = await readInstallations(client);
  await client.query('BEGIN READ ONLY');
  try {
    await client.query('SET LOCAL row_security = off');
    const { rows } = await client.query<{ plugin: string; n: number }>(
      'SELECT plugin, count(*)::int AS n FROM tenant_plugins WHERE enabled GROUP BY plugin',
    );
    const enabledIn = new Map(rows.map((r) => [r.plugin, r.n]));
    return registry.all().map((plugin) => ({
      name: plugin.name,
      version: plugin.version,
      installedVersion: installed.get(plugin.name) ?? null,
      enabledIn: enabledIn.get(plugin.name) ?? 0,
    }));
  } finally {
    await client.query('COMMIT');
  }
}

/** Installs or upgrades the named plugins and what they require, requirements first. */
export async function installNamed(client: pg.ClientBase, registry: PluginRegistry, names: readonly string[]): Promise<InstallResult[]> {
  const wanted = new Set(names.flatMap((name) => registry.withRequirements(name)));
  const results: InstallResult[] = [];
  for (const plugin of registry.all().filter((p) => wanted.has(p.name))) results.push(await installOrUpgrade(client, plugin));
  return results;
}

/**
 * Uninstalls one plugin: refused while another installed plugin requires it; with `force`, even while
 * companies have it enabled, after their data is exported to `<exportDir>/<plugin>-<time>.json`.
 */
export async function uninstallNamed(
  client: pg.ClientBase,
  registry: PluginRegistry,
  plugin: PluginDefinition,
  options: { force: boolean; exportDir: string },
): Promise<{ reverted: string[]; exportFile: string | null }> {
  const installed = await readInstallations(client);
  const dependents = registry.requiredBy(plugin.name).filter((d) => installed.has(d));
  if (dependents.length > 0) {
    throw new PluginLifecycleError(`${plugin.name} is required by installed plugins: ${dependents.join(', ')}; uninstall them first`);
  }
  let exportFile: string | null = null;
  const saveExport = async (data: PluginDataExport) => {
    exportFile = await savePluginExport(options.exportDir, data);
  };
  const reverted = await uninstallPlugin(client, plugin, options.force ? { saveExport } : undefined);
  return { reverted, exportFile };
}

export const defaultExportDir = (dataDir: string) => join(dataDir, 'exports');
