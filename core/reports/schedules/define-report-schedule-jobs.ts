import type { FastifyInstance } from 'fastify';
import { deliverReport, deliveryQueue } from './deliver-report.ts';
import { type DeliveryJobData, reportDeliveryJob } from './queue-schedule.ts';
import { reconcileReportSchedules } from './reconcile-report-schedules.ts';
import { reportMailJob, reportMailQueue, type RunMailJobData, sendRunMail } from './send-run-mail.ts';

/** Defines the scheduled-report jobs on the app's queue (while the app is built, before the queue starts). */
export function defineReportScheduleJobs(app: FastifyInstance): void {
  app.jobs.define<DeliveryJobData>(reportDeliveryJob, { queue: deliveryQueue, concurrency: 2, run: (job) => deliverReport(app, job) });
  app.jobs.define<RunMailJobData>(reportMailJob, { queue: reportMailQueue, concurrency: 2, run: (job) => sendRunMail(app, job) });
}

/** Where the queue is worked, once it has started: puts the saved schedules on it that are missing. */
export async function startReportSchedules(app: FastifyInstance): Promise<void> {
  try {
    const { scheduled, removed } = await reconcileReportSchedules(app);
    if (scheduled + removed > 0) app.log.info({ scheduled, removed }, 'report schedules reconciled with the job queue');
  } catch (error) {
    app.log.error({ err: error }, 'reconciling report schedules failed');
  }
}
