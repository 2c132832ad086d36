import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import type { AppConfig } from '../config/load-config.ts';
import { availablePlugins, defaultExportDir, installNamed, pluginInventory, uninstallNamed } from '../plugin-runtime/operator-plugins.ts';

export const pluginsUsage = `  plugins list                 every discovered plugin: version, installed version, problems
  plugins install [name…]      install the named plugins (and what they require); all when none is named
  plugins upgrade [name…]      apply new versions' migrations; the same as install for installed plugins
  plugins uninstall <name>     revert a plugin's migrations and forget it (refused while a company has it enabled)
    --force                    uninstall even so, after exporting every company's data of it to a JSON file
    --export-dir <dir>         where that file goes (default: <TESSERA_DATA_DIR>/exports)`;

export const pluginCommands = ['list', 'install', 'upgrade', 'uninstall'];

/** `plugins <command> [name…]` as the owner role; returns the exit code. */
export async function runPluginsCommand(
  client: pg.Client,
  config: AppConfig,
  command: string,
  rest: readonly string[],
  print: (line: string) => void,
): Promise<number> {
  const force = rest.includes('--force');
  const exportDirAt = rest.indexOf('--export-dir');
  const exportDir = exportDirAt >= 0 ? rest[exportDirAt + 1] : undefined;
  const names = rest.filter((arg, i) => !arg.startsWith('--') && (exportDirAt < 0 || i !== exportDirAt + 1));
  const { registry, problems } = await availablePlugins(fileURLToPath(new URL('../../plugins/', import.meta.url)), config.pluginPackages);
  if (command === 'list') {
    for (const row of await pluginInventory(client, registry)) {
      print(`${row.name}@${row.version}  installed: ${row.installedVersion ?? 'no'}  enabled by ${row.enabledIn} compan${row.enabledIn === 1 ? 'y' : 'ies'}`);
    }
    for (const problem of problems) print(`${problem.plugin}  NOT LOADABLE (${problem.code}): ${problem.message}`);
    return problems.length > 0 ? 1 : 0;
  }
  const unknown = names.filter((name) => !registry.get(name));
  if (unknown.length > 0) {
    print(`not loadable or not found: ${unknown.join(', ')} (see "plugins list")`);
    return 1;
  }
  if (command === 'uninstall') {
    const [name, ...extra] = names;
    const plugin = name ? registry.get(name) : undefined;
    if (!plugin || extra.length > 0) {
      print('uninstall takes exactly one plugin name');
      return 2;
    }
    const result = await uninstallNamed(client, registry, plugin, { force, exportDir: exportDir ?? defaultExportDir(config.dataDir) });
    if (result.exportFile) print(`exported every company's ${plugin.name} data to ${result.exportFile}`);
    print(`uninstalled ${plugin.name}${result.reverted.length ? ` (reverted ${result.reverted.join(', ')})` : ''}`);
    return 0;
  }
  for (const result of await installNamed(client, registry, names.length > 0 ? names : registry.all().map((p) => p.name))) {
    const applied = result.applied.length ? ` (${result.applied.join(', ')})` : '';
    print(`${result.outcome} ${result.plugin}@${result.to}${result.from && result.from !== result.to ? ` from ${result.from}` : ''}${applied}`);
  }
  return 0;
}
