import type { FastifyInstance } from 'fastify';
import { withPlatformLock } from '../db/platform-lock.ts';
import type { PluginDefinition, PluginJob } from './plugin-definition.ts';
import { contributionsOf } from './plugin-extensions.ts';
import { tenantPluginStates } from './tenant-plugins.ts';

/** A job runs for the company, not for a user. */
export const jobActorId = '00000000-0000-0000-0000-000000000000';

const tableName = /^[a-z][a-z0-9_]*$/;

/** The statement naming the companies a round runs for (company ids only), and its parameters. */
function companiesOfRound(plugin: PluginDefinition, job: PluginJob, now: Date): { sql: string; params: unknown[] } {
  const enabled = 'SELECT tenant_id FROM tenant_plugins WHERE plugin = $2 AND enabled';
  if (!job.dueIn) return { sql: `${enabled.replace('$2', '$1')} ORDER BY tenant_id`, params: [plugin.name] };
  if (!tableName.test(job.dueIn.table)) throw new TypeError(`${plugin.name}: job dueIn.table "${job.dueIn.table}" is not a plain table name`);
  return {
    sql: `${enabled} AND tenant_id IN (SELECT tenant_id FROM "${job.dueIn.table}" WHERE ${job.dueIn.where}) ORDER BY tenant_id`,
    params: [now, plugin.name],
  };
}

/**
 * Runs one plugin job once for every company that enabled the plugin (or, for a job that says which
 * companies have work due, for those), each in its own transaction bound to that company. The list of
 * companies is the only cross-company read: through the owner role, read only, company ids only. A session
 * advisory lock makes a second process skip the round, not repeat it. A company whose run fails is logged
 * and does not stop the others. Returns how many companies ran.
 */
export async function runPluginJob(app: FastifyInstance, ownerUrl: string, plugin: PluginDefinition, name: string, job: PluginJob): Promise<number> {
  const ran = await withPlatformLock(ownerUrl, `plugin-job:${plugin.name}.${name}`, async () => {
    const now = app.clock.now();
    const round = companiesOfRound(plugin, job, now);
    const companies = await app.ownerDb.companyIds(round.sql, round.params);
    for (const tenantId of companies) {
      try {
        await app.db.transaction({ tenantId, userId: jobActorId }, async (em) => {
          const contributionsTo = async <T>(point: string) =>
            contributionsOf<T>(app.plugins, plugin.name, point, [...(await tenantPluginStates(em)).values()].filter((s) => s.enabled).map((s) => s.plugin));
          await job.run({ em, tenantId, userId: jobActorId, contributionsTo, now });
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
