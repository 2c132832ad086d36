import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { withPlatformLock } from '../db/platform-lock.ts';
import { translate } from '../i18n/translate.ts';
import { membersInAudience } from '../members/members-in-audience.ts';
import { notify } from '../messages/notify.ts';
import { jobActorId } from '../plugin-runtime/plugin-jobs.ts';
import { setTenantPlugins } from '../plugin-runtime/tenant-plugins.ts';

const dayMs = 86_400_000;
/** Reminders go out this many days before an entitlement ends, each once. */
const reminderDays = [7, 1] as const;

interface Due {
  plugin: string;
  ends_at: Date;
  grace_days: number;
  notified_days: number | null;
  enabled: boolean | null;
  read_only_until: Date | null;
}

async function tellAdmins(em: EntityManager, tenantId: string, key: string, title: { 'zh-CN': string; 'en-US': string }, vars: Record<string, string | number>) {
  const text = (part: string) => ({
    'zh-CN': translate('zh-CN', `market.notice.${key}.${part}`, { ...vars, module: title['zh-CN'] }),
    'en-US': translate('en-US', `market.notice.${key}.${part}`, { ...vars, module: title['en-US'] }),
  });
  await notify({ em, tenantId, userId: jobActorId }, {
    recipients: await membersInAudience(em, { roles: ['owner', 'admin'] }),
    category: 'marketplace',
    title: text('title'),
    body: text('body'),
    link: '/market/my-modules',
  });
}

/**
 * One company's step of the expiry job at `now`: reminders 7 days and 1 day before an entitlement ends;
 * once it ended, the module turns read-only until the grace period ends; after that it is disabled (with
 * the modules that require it), its data kept. Each step is recorded and told to the company's admins.
 */
async function expireCompany(app: FastifyInstance, em: EntityManager, tenantId: string, now: Date): Promise<void> {
  const due = await em.execute<Due[]>(
    `SELECT e.plugin, e.ends_at, e.grace_days, e.notified_days, tp.enabled, tp.read_only_until
     FROM entitlements e LEFT JOIN tenant_plugins tp ON tp.plugin = e.plugin
     WHERE e.ends_at IS NOT NULL AND e.ends_at <= ?`,
    [new Date(now.getTime() + reminderDays[0] * dayMs)],
  );
  for (const row of due) {
    const plugin = app.plugins.get(row.plugin);
    if (!plugin) continue;
    const endsAt = new Date(row.ends_at);
    const graceEnds = new Date(endsAt.getTime() + row.grace_days * dayMs);
    const event = (kind: string, at: Date | null) =>
      em.execute(`INSERT INTO entitlement_events (tenant_id, plugin, kind, ends_at, actor, created_at) VALUES (?, ?, ?, ?, 'system', ?)`, [
        tenantId,
        row.plugin,
        kind,
        at,
        now,
      ]);
    if (endsAt > now) {
      const daysLeft = Math.ceil((endsAt.getTime() - now.getTime()) / dayMs);
      const reminder = reminderDays.find((days) => daysLeft <= days && (row.notified_days === null || row.notified_days > days));
      if (reminder === undefined) continue;
      await em.execute('UPDATE entitlements SET notified_days = ? WHERE plugin = ?', [reminder, row.plugin]);
      await tellAdmins(em, tenantId, 'ending', plugin.title, { days: reminder });
    } else if (now < graceEnds) {
      if (!row.enabled || row.read_only_until) continue;
      await em.execute('UPDATE tenant_plugins SET read_only_until = ? WHERE plugin = ?', [graceEnds, row.plugin]);
      await event('grace-started', graceEnds);
      await tellAdmins(em, tenantId, 'read-only', plugin.title, { until: graceEnds.toISOString().slice(0, 10) });
    } else if (row.enabled) {
      const dependents = app.plugins.all().filter((p) => app.plugins.withRequirements(p.name).includes(row.plugin)).map((p) => p.name);
      await setTenantPlugins(em, tenantId, dependents, false);
      await em.execute('UPDATE tenant_plugins SET read_only_until = NULL WHERE plugin = ANY(ARRAY[?]::text[])', [dependents]);
      await event('lapsed', null);
      await tellAdmins(em, tenantId, 'disabled', plugin.title, {});
    }
  }
}

/** The expiry job at `now` for every company with something due; a company that fails is logged and skipped. */
export async function runEntitlementExpiry(app: FastifyInstance, ownerUrl: string, now: Date = app.clock.now()): Promise<number> {
  const ran = await withPlatformLock(ownerUrl, 'entitlement-expiry', async () => {
    const companies = await app.ownerDb.companyIds('SELECT DISTINCT tenant_id FROM entitlements WHERE ends_at IS NOT NULL AND ends_at <= $1', [
      new Date(now.getTime() + reminderDays[0] * dayMs),
    ]);
    for (const tenantId of companies) {
      try {
        await app.db.transaction({ tenantId, userId: jobActorId }, (em) => expireCompany(app, em, tenantId, now));
      } catch (error) {
        app.log.error({ err: error, tenantId }, 'entitlement expiry failed for a company');
      }
    }
    return companies.length;
  });
  return ran ?? 0;
}

/** Runs the expiry job every minute until the app closes. */
export function startEntitlementExpiry(app: FastifyInstance, ownerUrl: string): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runEntitlementExpiry(app, ownerUrl)
      .catch((error: unknown) => app.log.error({ err: error }, 'entitlement expiry round failed'))
      .finally(() => {
        running = false;
      });
  }, 60_000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
