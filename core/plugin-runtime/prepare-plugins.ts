import pg from 'pg';
import { checkPermissions } from './check-permissions.ts';
import { coreVersion } from './core-version.ts';
import { discoverPlugins } from './discover-plugins.ts';
import type { PluginDefinition } from './plugin-definition.ts';
import { installOrUpgrade, readInstallations } from './plugin-installer.ts';
import type { PluginProblem } from './plugin-problem.ts';
import { resolvePlugins } from './resolve-plugins.ts';

export interface PreparedPlugins {
  /** The plugins to serve: resolved, installed at exactly their version, in dependency order. */
  readonly plugins: readonly PluginDefinition[];
  /** What was left out and why (load, manifest, dependency, install problems). */
  readonly problems: readonly (PluginProblem | { plugin: string; code: 'install-failed' | 'not-installed' | 'upgrade-pending'; message: string })[];
  /** What installing or upgrading did, for the start-up log. */
  readonly changes: readonly string[];
}

/**
 * At start, as the owner role: discover, resolve and (with `autoInstall`) install or upgrade the plugins,
 * each in its own transaction. A plugin that fails to install is left out together with everything that
 * requires it; the server starts with the rest.
 */
export async function preparePlugins(
  ownerUrl: string,
  options: { pluginsDir: string; packages: readonly string[]; autoInstall: boolean },
): Promise<PreparedPlugins> {
  const discovered = await discoverPlugins(options.pluginsDir, options.packages);
  const resolved = resolvePlugins(discovered.candidates, coreVersion);
  const fitting = checkPermissions(resolved.plugins);
  const problems: PreparedPlugins['problems'][number][] = [...discovered.problems, ...resolved.problems, ...fitting.problems];
  const changes: string[] = [];
  const served: PluginDefinition[] = [];
  const excluded = new Set<string>();
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const installed = await readInstallations(client);
    for (const plugin of fitting.plugins) {
      const lost = Object.keys(plugin.requires ?? {}).find((dependency) => excluded.has(dependency));
      if (lost) {
        problems.push({ plugin: plugin.name, code: 'install-failed', message: `${plugin.name} requires ${lost}, which was left out` });
        excluded.add(plugin.name);
        continue;
      }
      if (options.autoInstall) {
        try {
          const result = await installOrUpgrade(client, plugin);
          installed.set(plugin.name, result.to);
          if (result.outcome !== 'current' || result.applied.length > 0) {
            changes.push(`${result.outcome} ${plugin.name}@${result.to}${result.applied.length ? ` (${result.applied.join(', ')})` : ''}`);
          }
        } catch (error) {
          problems.push({
            plugin: plugin.name,
            code: 'install-failed',
            message: `${plugin.name}@${plugin.version}: ${error instanceof Error ? error.message : String(error)}`,
          });
          excluded.add(plugin.name);
          continue;
        }
      }
      const version = installed.get(plugin.name);
      if (version !== plugin.version) {
        problems.push(
          version
            ? { plugin: plugin.name, code: 'upgrade-pending', message: `${plugin.name} ${version} is installed; run the upgrade to ${plugin.version}` }
            : { plugin: plugin.name, code: 'not-installed', message: `${plugin.name}@${plugin.version} is not installed` },
        );
        excluded.add(plugin.name);
        continue;
      }
      served.push(plugin);
    }
  } finally {
    await client.end();
  }
  return { plugins: served, problems, changes };
}
