import type { FastifyInstance } from 'fastify';
import { scheduleCron, type ScheduleTiming } from './schedule-timing.ts';

/** The queue job that runs and delivers a schedule's report; the key of its cron schedule is the schedule's id. */
export const reportDeliveryJob = 'report-delivery';

export interface DeliveryJobData {
  readonly tenantId: string;
  readonly scheduleId: string;
  /** Sent by "run now": runs even while the schedule is disabled, and is meant for the time it was sent. */
  readonly manual?: boolean;
}

/**
 * Puts the schedule's cron (in the company's time zone) on the queue, or takes it off when the schedule is
 * disabled or gone (`schedule` undefined). Called after the change committed: a queue schedule without a
 * row, or for a disabled one, fires a job that does nothing, and start-up puts back any that are missing.
 */
export async function putScheduleOnQueue(
  app: FastifyInstance,
  tenantId: string,
  scheduleId: string,
  schedule: (ScheduleTiming & { enabled: boolean }) | undefined,
  timeZone: string,
): Promise<void> {
  if (!schedule?.enabled) {
    await app.jobs.unschedule(reportDeliveryJob, scheduleId);
    return;
  }
  const data: DeliveryJobData = { tenantId, scheduleId };
  await app.jobs.schedule(reportDeliveryJob, scheduleCron(schedule), data, { tz: timeZone, key: scheduleId });
}
