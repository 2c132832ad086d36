import type { FastifyInstance } from 'fastify';
import { withPlatformLock } from '../db/platform-lock.ts';
import type { PluginDefinition, PluginJob } from './plugin-definition.ts';
import { contributionsOf } from './plugin-extensions.ts';
import { tenantPluginStates } from './tenant-plugins.ts';

/** A job runs for the company, not for a user. */
export const jobActorId = '00000000-0000-0000-0000-000000000000';

/**
 * Runs one plugin job once for every company that enabled the plugin, each in its own transaction bound
 * to that company. The list of companies is the only cross-company read: through the owner role, read
 * only, company ids only. A session advisory lock makes a second process skip the round, not repeat it.
 * A company whose run fails is logged and does not stop the others. Returns how many companies ran.
 */
export async function runPluginJob(app: FastifyInstance, ownerUrl: string, plugin: PluginDefinition, name: string, job: PluginJob): Promise<number> {
  const ran = await withPlatformLock(ownerUrl, `plugin-job:${plugin.name}.${name}`, async () => {
    const companies = await app.ownerDb.companyIds('SELECT tenant_id FROM tenant_plugins WHERE plugin = $1 AND enabled ORDER BY tenant_id', [plugin.name]);
    for (const tenantId of companies) {
      try {
        await app.db.transaction({ tenantId, userId: jobActorId }, async (em) => {
          const contributionsTo = async <T>(point: string) =>
            contributionsOf<T>(app.plugins, plugin.name, point, [...(await tenantPluginStates(em)).values()].filter((s) => s.enabled).map((s) => s.plugin));
          await job.run({ em, tenantId, userId: jobActorId, contributionsTo, now: app.clock.now() });
        });
      } catch (error) {
        app.log.error({ err: error, plugin: plugin.name, job: name, tenantId }, 'plugin job failed for a company');
      }
    }
    return companies.length;
  });
  return ran ?? 0;
}

/** Runs every served plugin's jobs on their timers until the app closes. */
export function startPluginJobs(app: FastifyInstance, ownerUrl: string): void {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<string>();
  for (const plugin of app.plugins.all()) {
    for (const [name, job] of Object.entries(plugin.jobs ?? {})) {
      const key = `${plugin.name}.${name}`;
      const tick = async () => {
        if (running.has(key)) return;
        running.add(key);
        try {
          await runPluginJob(app, ownerUrl, plugin, name, job);
        } catch (error) {
          app.log.error({ err: error, job: key }, 'plugin job round failed');
        } finally {
          running.delete(key);
        }
      };
      const timer = setInterval(() => void tick(), Math.max(5, job.everySeconds) * 1000);
      timer.unref();
      timers.push(timer);
    }
  }
  app.addHook('onClose', async () => {
    for (const timer of timers) clearInterval(timer);
  });
}
