import type { FastifyInstance } from 'fastify';
import { reportDeliveryJob } from './queue-schedule.ts';
import { scheduleCron } from './schedule-timing.ts';

interface EnabledSchedule {
  tenant_id: string;
  id: string;
  frequency: 'daily' | 'weekly' | 'monthly';
  time_of_day: string;
  weekday: number | null;
  day_of_month: number | null;
  time_zone: string;
}

/**
 * Makes the queue's cron schedules match the saved ones, at start-up: a schedule whose change committed
 * but never reached the queue (the process died in between, the queue was down) is put on it, one whose
 * cron or company time zone changed is put on again, and queue schedules of deleted or disabled schedules
 * are taken off. Cost: one read across companies of the enabled schedules' timing fields (ids, no report
 * data), one listing of the queue's schedules of this job, both in memory (about 200 bytes a schedule),
 * and one queue write per difference; with nothing to mend it writes nothing.
 */
export async function reconcileReportSchedules(app: FastifyInstance): Promise<{ scheduled: number; removed: number }> {
  const saved = await app.ownerDb.readAcrossCompanies(
    async (client) =>
      (
        await client.query<EnabledSchedule>(
          `SELECT s.tenant_id, s.id, s.frequency, s.time_of_day, s.weekday, s.day_of_month, t.time_zone
             FROM report_schedules s JOIN tenants t ON t.id = s.tenant_id WHERE s.enabled`,
        )
      ).rows,
  );
  const queued = new Map((await app.jobs.schedules(reportDeliveryJob)).map((schedule) => [schedule.key, schedule]));
  let scheduled = 0;
  for (const row of saved) {
    const cron = scheduleCron({ frequency: row.frequency, time: row.time_of_day, weekday: row.weekday ?? undefined, dayOfMonth: row.day_of_month ?? undefined });
    const found = queued.get(row.id);
    queued.delete(row.id);
    if (found && found.cron === cron && found.timezone === row.time_zone) continue;
    await app.jobs.schedule(reportDeliveryJob, cron, { tenantId: row.tenant_id, scheduleId: row.id }, { tz: row.time_zone, key: row.id });
    scheduled++;
  }
  for (const key of queued.keys()) await app.jobs.unschedule(reportDeliveryJob, key);
  return { scheduled, removed: queued.size };
}
