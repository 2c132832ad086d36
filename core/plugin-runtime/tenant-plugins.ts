import type { EntityManager } from '@mikro-orm/postgresql';

export interface TenantPluginState {
  plugin: string;
  enabled: boolean;
  enabledAt: Date | null;
}

/**
 * The bound tenant's plugin records (enabled or once enabled), by plugin name. With `forChange`, the
 * tenant's enablement is locked until the transaction ends, so two admins cannot enable a plugin and
 * disable what it requires at the same moment.
 */
export async function tenantPluginStates(
  em: EntityManager,
  forChange?: { tenantId: string },
): Promise<Map<string, TenantPluginState>> {
  if (forChange) {
    await em.execute(`SELECT pg_advisory_xact_lock(hashtext('tenant-plugins'), hashtext(?))`, [forChange.tenantId]);
  }
  const rows = await em.execute<{ plugin: string; enabled: boolean; enabled_at: Date | string | null }[]>(
    'SELECT plugin, enabled, enabled_at FROM tenant_plugins',
  );
  return new Map(
    rows.map((r) => [
      r.plugin,
      { plugin: r.plugin, enabled: r.enabled, enabledAt: r.enabled_at === null ? null : new Date(r.enabled_at) },
    ]),
  );
}

/** Enables or disables plugins for the bound tenant, keeping their data and settings either way. */
export async function setTenantPlugins(em: EntityManager, tenantId: string, plugins: readonly string[], enabled: boolean): Promise<void> {
  if (plugins.length === 0) return;
  await em.execute(
    `INSERT INTO tenant_plugins (tenant_id, plugin, enabled, enabled_at)
     SELECT ?, p, ?, CASE WHEN ? THEN now() END FROM unnest(ARRAY[?]::text[]) p
     ON CONFLICT (tenant_id, plugin) DO UPDATE
       SET enabled = EXCLUDED.enabled, updated_at = now(),
           enabled_at = CASE WHEN EXCLUDED.enabled THEN now() ELSE tenant_plugins.enabled_at END`,
    [tenantId, enabled, enabled, [...plugins]],
  );
}
