import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlanPeriod } from './market-listing.ts';

export type EntitlementSource = 'trial' | 'paid' | 'granted';

export interface Entitlement {
  readonly plugin: string;
  readonly source: EntitlementSource;
  readonly startsAt: Date;
  /** null: perpetual. */
  readonly endsAt: Date | null;
  readonly graceDays: number;
}

interface EntitlementRow {
  plugin: string;
  source: EntitlementSource;
  starts_at: Date | string;
  ends_at: Date | string | null;
  grace_days: number;
}

const toEntitlement = (row: EntitlementRow): Entitlement => ({
  plugin: row.plugin,
  source: row.source,
  startsAt: new Date(row.starts_at),
  endsAt: row.ends_at === null ? null : new Date(row.ends_at),
  graceDays: row.grace_days,
});

/** The bound company's entitlements, by plugin. */
export async function companyEntitlements(em: EntityManager): Promise<Map<string, Entitlement>> {
  const rows = await em.execute<EntitlementRow[]>('SELECT plugin, source, starts_at, ends_at, grace_days FROM entitlements');
  return new Map(rows.map((row) => [row.plugin, toEntitlement(row)]));
}

/** Whether the entitlement lets the module be enabled and written at `now`. */
export const isActive = (entitlement: Entitlement | undefined, now: Date): boolean =>
  entitlement !== undefined && (entitlement.endsAt === null || entitlement.endsAt > now);

/** The end of one more period from `from` (a month or a year; a one-time purchase never ends). */
export function periodEnd(from: Date, period: PlanPeriod): Date | null {
  if (period === 'once') return null;
  const end = new Date(from);
  if (period === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return end;
}

export interface EntitlementChange {
  readonly tenantId: string;
  readonly plugin: string;
  readonly source: EntitlementSource;
  /** null: perpetual. */
  readonly endsAt: Date | null;
  /** `trial-started`, `purchased`, `renewed`, `granted`, `extended`, `revoked`, … */
  readonly kind: string;
  /** `user:<id>`, `operator:<id>` or `system`. */
  readonly actor: string;
  readonly reason?: string;
  readonly now: Date;
}

/**
 * Sets the company's entitlement to a module (in the caller's transaction, bound to the company) and
 * records the change; a module that was read-only in its grace period is writable again.
 */
export async function setEntitlement(em: EntityManager, change: EntitlementChange): Promise<void> {
  await em.execute(
    `INSERT INTO entitlements (tenant_id, plugin, source, starts_at, ends_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (tenant_id, plugin) DO UPDATE SET source = EXCLUDED.source, ends_at = EXCLUDED.ends_at,
       updated_at = EXCLUDED.updated_at, notified_days = NULL,
       starts_at = CASE WHEN entitlements.ends_at IS NOT NULL AND entitlements.ends_at <= EXCLUDED.updated_at
                        THEN EXCLUDED.starts_at ELSE entitlements.starts_at END`,
    [change.tenantId, change.plugin, change.source, change.now, change.endsAt, change.now],
  );
  await em.execute(
    `INSERT INTO entitlement_events (tenant_id, plugin, kind, ends_at, reason, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [change.tenantId, change.plugin, change.kind, change.endsAt, change.reason ?? '', change.actor, change.now],
  );
  if (change.endsAt === null || change.endsAt > change.now) {
    await em.execute('UPDATE tenant_plugins SET read_only_until = NULL WHERE tenant_id = ? AND plugin = ?', [change.tenantId, change.plugin]);
  }
}
