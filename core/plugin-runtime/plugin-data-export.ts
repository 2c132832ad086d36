import type pg from 'pg';

/** Every company's rows of a plugin's tables, and its per-company enablement and settings. */
export interface PluginDataExport {
  readonly plugin: string;
  readonly version: string;
  readonly exportedAt: string;
  readonly companies: readonly { tenantId: string; enabled: boolean; settings: unknown }[];
  readonly tables: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** Reads the export in the caller's transaction, which must have row security off (see uninstallPlugin). */
export async function exportPluginData(client: pg.ClientBase, plugin: string): Promise<PluginDataExport> {
  const { rows } = await client.query<{ version: string; tables: string[] }>(
    'SELECT version, tables FROM plugin_installations WHERE name = $1',
    [plugin],
  );
  const installation = rows[0];
  if (!installation) throw new Error(`${plugin} is not installed`);
  const companies = await client.query<{ tenant_id: string; enabled: boolean; settings: unknown }>(
    'SELECT tenant_id, enabled, settings FROM tenant_plugins WHERE plugin = $1 ORDER BY tenant_id',
    [plugin],
  );
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const table of installation.tables) {
    tables[table] = (await client.query<Record<string, unknown>>(`SELECT * FROM ${quoted(table)}`)).rows;
  }
  return {
    plugin,
    version: installation.version,
    exportedAt: new Date().toISOString(),
    companies: companies.rows.map((r) => ({ tenantId: r.tenant_id, enabled: r.enabled, settings: r.settings })),
    tables,
  };
}
