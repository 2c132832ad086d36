/**
 * The operator's command line: `npm run tessera -- plugins list|install|upgrade|uninstall [name…]`.
 * It works as the owner role on the database of DATABASE_URL, or on the embedded PostgreSQL otherwise.
 */
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ConfigError, loadConfig } from '../config/load-config.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../db/embedded-postgres.ts';
import { prepareDatabase } from '../db/prepare-database.ts';
import { coreVersion } from '../plugin-runtime/core-version.ts';
import { discoverPlugins } from '../plugin-runtime/discover-plugins.ts';
import type { PluginDefinition } from '../plugin-runtime/plugin-definition.ts';
import { installOrUpgrade, PluginLifecycleError, readInstallations, uninstallPlugin } from '../plugin-runtime/plugin-installer.ts';
import { PluginRegistry } from '../plugin-runtime/plugin-registry.ts';
import { resolvePlugins } from '../plugin-runtime/resolve-plugins.ts';

const usage = `usage: npm run tessera -- plugins <command> [name…]
  list                 every discovered plugin: version, installed version, problems
  install [name…]      install the named plugins (and what they require); all when none is named
  upgrade [name…]      apply new versions' migrations; the same as install for installed plugins
  uninstall <name>     revert a plugin's migrations and forget it (refused while a company has it enabled)`;

const print = (line: string) => process.stdout.write(`${line}\n`);

async function run(args: readonly string[]): Promise<number> {
  const [area, command, ...names] = args;
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
    const discovered = await discoverPlugins(fileURLToPath(new URL('../../plugins/', import.meta.url)), config.pluginPackages);
    const resolved = resolvePlugins(discovered.candidates, coreVersion);
    const registry = new PluginRegistry(resolved.plugins);
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      if (command === 'list') {
        const installed = await readInstallations(client);
        for (const plugin of resolved.plugins) {
          print(`${plugin.name}@${plugin.version}  installed: ${installed.get(plugin.name) ?? 'no'}`);
        }
        for (const problem of [...discovered.problems, ...resolved.problems]) {
          print(`${problem.plugin}  NOT LOADABLE (${problem.code}): ${problem.message}`);
        }
        return discovered.problems.length + resolved.problems.length > 0 ? 1 : 0;
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
        const installed = await readInstallations(client);
        const dependents = registry.requiredBy(plugin.name).filter((d) => installed.has(d));
        if (dependents.length > 0) {
          print(`${plugin.name} is required by installed plugins: ${dependents.join(', ')}; uninstall them first`);
          return 1;
        }
        const reverted = await uninstallPlugin(client, plugin);
        print(`uninstalled ${plugin.name}${reverted.length ? ` (reverted ${reverted.join(', ')})` : ''}`);
        return 0;
      }
      const wanted = names.length > 0 ? new Set(names.flatMap((n) => registry.withRequirements(n))) : undefined;
      const targets: PluginDefinition[] = resolved.plugins.filter((p) => !wanted || wanted.has(p.name));
      for (const plugin of targets) {
        const result = await installOrUpgrade(client, plugin);
        const applied = result.applied.length ? ` (${result.applied.join(', ')})` : '';
        print(`${result.outcome} ${plugin.name}@${result.to}${result.from && result.from !== result.to ? ` from ${result.from}` : ''}${applied}`);
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
