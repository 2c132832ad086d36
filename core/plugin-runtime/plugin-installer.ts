import type pg from 'pg';
import semver from 'semver';
import { applyPendingMigrations, inMigrationTransaction, revertMigrations } from '../db/migrator.ts';
import { exportPluginData, type PluginDataExport } from './plugin-data-export.ts';
import type { PluginDefinition } from './plugin-definition.ts';

export class PluginLifecycleError extends Error {
  override name = 'PluginLifecycleError';
}

export interface InstallResult {
  readonly plugin: string;
  readonly outcome: 'installed' | 'upgraded' | 'current';
  readonly from?: string;
  readonly to: string;
  /** The migrations this step applied. */
  readonly applied: readonly string[];
}

async function publicTables(client: pg.ClientBase): Promise<Set<string>> {
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
  return new Set(rows.map((row) => row.name));
}

/** Installed plugins and their versions, as recorded on this database. */
export async function readInstallations(client: pg.ClientBase): Promise<Map<string, string>> {
  const { rows } = await client.query<{ name: string; version: string }>('SELECT name, version FROM plugin_installations');
  return new Map(rows.map((r) => [r.name, r.version]));
}

/**
 * Installs the plugin, or upgrades it to this version: its pending migrations and the recorded version
 * change in one transaction, so a migration that fails leaves the database exactly as before. A version
 * lower than the installed one is refused (migrations only go forward).
 */
export async function installOrUpgrade(client: pg.ClientBase, plugin: PluginDefinition): Promise<InstallResult> {
  return inMigrationTransaction(client, async () => {
    const { rows } = await client.query<{ version: string }>(
      'SELECT version FROM plugin_installations WHERE name = $1 FOR UPDATE',
      [plugin.name],
    );
    const from = rows[0]?.version;
    if (from && semver.lt(plugin.version, from)) {
      throw new PluginLifecycleError(
        `${plugin.name} ${from} is installed; ${plugin.version} is older, and a plugin is never downgraded`,
      );
    }
    const before = await publicTables(client);
    const applied = await applyPendingMigrations(client, plugin.name, plugin.migrations ?? []);
    const created = [...(await publicTables(client))].filter((table) => !before.has(table));
    if (!from) {
      await client.query('INSERT INTO plugin_installations (name, version, tables) VALUES ($1, $2, $3)', [
        plugin.name,
        plugin.version,
        created,
      ]);
      return { plugin: plugin.name, outcome: 'installed', to: plugin.version, applied };
    }
    if (from !== plugin.version || applied.length > 0) {
      await client.query(
        `UPDATE plugin_installations SET version = $2, upgraded_at = now(),
           tables = ARRAY(SELECT DISTINCT unnest(tables || $3::text[]) ORDER BY 1) WHERE name = $1`,
        [plugin.name, plugin.version, created],
      );
      return { plugin: plugin.name, outcome: 'upgraded', from, to: plugin.version, applied };
    }
    return { plugin: plugin.name, outcome: 'current', from, to: plugin.version, applied };
  });
}

/**
 * Uninstalls the plugin in one transaction: refused while any tenant has it enabled, unless `force` says
 * where its data goes first; then its migrations are reverted, newest first, and its tenant records and
 * installation record removed. With `force`, every company's rows of the plugin's tables are handed to
 * `force.saveExport` inside the same transaction, before anything is dropped: if saving fails, nothing is
 * uninstalled. Reads cross companies with row security off, so an owner role subject to RLS gets an error
 * rather than a silently empty count or export.
 */
export async function uninstallPlugin(
  client: pg.ClientBase,
  plugin: PluginDefinition,
  force?: { saveExport: (data: PluginDataExport) => Promise<void> },
): Promise<string[]> {
  return inMigrationTransaction(client, async () => {
    const installed = await client.query('SELECT 1 FROM plugin_installations WHERE name = $1 FOR UPDATE', [plugin.name]);
    if (installed.rowCount === 0) throw new PluginLifecycleError(`${plugin.name} is not installed`);
    await client.query('SET LOCAL row_security = off');
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM tenant_plugins WHERE plugin = $1 AND enabled',
      [plugin.name],
    );
    const enabledIn = rows[0]?.n ?? 0;
    if (enabledIn > 0 && !force) {
      throw new PluginLifecycleError(
        `${plugin.name} is enabled in ${enabledIn} tenant(s); they must disable it before it can be uninstalled, or force it with a data export`,
      );
    }
    if (force) await force.saveExport(await exportPluginData(client, plugin.name));
    const steps = plugin.migrations?.length ?? 0;
    const reverted = await revertMigrations(client, plugin.name, plugin.migrations ?? [], steps);
    await client.query('DELETE FROM tenant_plugins WHERE plugin = $1', [plugin.name]);
    await client.query('DELETE FROM plugin_installations WHERE name = $1', [plugin.name]);
    return reverted;
  });
}
