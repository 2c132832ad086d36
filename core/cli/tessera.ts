/**
 * The operator's command line: `npm run tessera -- plugins list|install|upgrade|uninstall [name…]`.
 * It works as the owner role on the database of DATABASE_URL, or on the embedded PostgreSQL otherwise.
 */
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ConfigError, loadConfig } from '../config/load-config.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../db/embedded-postgres.ts';
import { prepareDatabase } from '../db/prepare-database.ts';
import { availablePlugins, defaultExportDir, installNamed, pluginInventory, uninstallNamed } from '../plugin-runtime/operator-plugins.ts';
import { PluginLifecycleError } from '../plugin-runtime/plugin-installer.ts';

const usage = `usage: npm run tessera -- plugins <command> [name…]
  list                 every discovered plugin: version, installed version, problems
  install [name…]      install the named plugins (and what they require); all when none is named
  upgrade [name…]      apply new versions' migrations; the same as install for installed plugins
  uninstall <name>     revert a plugin's migrations and forget it (refused while a company has it enabled)
    --force            uninstall even so, after exporting every company's data of it to a JSON file
    --export-dir <dir> where that file goes (default: <TESSERA_DATA_DIR>/exports)`;

const print = (line: string) => process.stdout.write(`${line}\n`);

async function run(args: readonly string[]): Promise<number> {
  const [area, command, ...rest] = args;
  const force = rest.includes('--force');
  const exportDirAt = rest.indexOf('--export-dir');
  const exportDir = exportDirAt >= 0 ? rest[exportDirAt + 1] : undefined;
  const names = rest.filter((arg, i) => !arg.startsWith('--') && (exportDirAt < 0 || i !== exportDirAt + 1));
  if (area !== 'plugins' || !command || !['list', 'install', 'upgrade', 'uninstall'].includes(command)) {
    print(usage);
    return area === undefined || area === 'help' ? 0 : 2;
  }
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let ownerUrl = config.databaseUrl;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, (line) => print(`[embedded] ${line}`));
    ownerUrl = embedded.url;
  }
  try {
    await prepareDatabase(config, ownerUrl);
    const { registry, problems } = await availablePlugins(fileURLToPath(new URL('../../plugins/', import.meta.url)), config.pluginPackages);
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
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
    } finally {
      await client.end();
    }
  } finally {
    await embedded?.stop();
  }
}

let code: number;
try {
  code = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError || error instanceof PluginLifecycleError) print(error.message);
  else print(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  code = 1;
}
// exit explicitly: embedded-postgres's exit hook would turn the end of the event loop into exit code 0
process.exit(code);
