import { createHash } from 'node:crypto';
import type { ReportChart } from '@tessera/schemas/report';
import type { FastifyInstance } from 'fastify';
import type { Job, QueueOptions } from 'pg-boss';
import { v7 as uuidv7 } from 'uuid';
import { cleanFileName } from '../../files/file-name.ts';
import { insertFile } from '../../files/file-store.ts';
import { DomainError } from '../../http/domain-error.ts';
import { defaultLocale, isLocale, translate } from '../../i18n/translate.ts';
import { Message } from '../../messages/entities/message.ts';
import { Membership } from '../../tenancy/entities/membership.ts';
import { renderReportFile } from '../exports/render-report-file.ts';
import { zonedTime } from '../zoned-time.ts';
import { findReport } from '../report-store.ts';
import { runSavedReport } from '../run-saved-report.ts';
import { actingRequest } from './acting-request.ts';
import { type DeliveryJobData, reportDeliveryJob } from './queue-schedule.ts';
import { reportMails } from './report-mails.ts';
import { failRun, finishRun, findRun, insertRunMails, startRun, type StoredProblem } from './schedule-run-store.ts';
import { companyTimeZone, findSchedule, type StoredSchedule } from './schedule-store.ts';
import { latestScheduleRun } from './schedule-timing.ts';
import { queueRunMails } from './send-run-mail.ts';

/**
 * A failed run is tried three more times, about 1, 2 and 4 minutes apart (pg-boss's backoff, with
 * jitter): long enough for a database fail-over or a restart, short enough that a morning report still
 * arrives in the morning.
 */
export const deliveryQueue: QueueOptions = { retryLimit: 3, retryDelay: 60, retryBackoff: true, retryDelayMax: 900 };

/**
 * One run of a schedule: the report run with its author's current access, rendered in the schedule's
 * format, stored as a file, posted to each recipient member's message center, and its e-mails queued. The
 * run's id is the job's, so a retry updates the same run. A schedule that is gone (or disabled, unless
 * run by hand) is nothing to do: a stale queue schedule fires harmlessly.
 */
export async function deliverReport(app: FastifyInstance, job: Job<DeliveryJobData>): Promise<void> {
  const { tenantId, scheduleId, manual = false } = job.data;
  const company = { tenantId, userId: null };
  // the queue's time of the job (its clock is a test's in tests): the occurrence the run is for
  const sentAt = (await app.jobs.find(reportDeliveryJob, job.id))?.createdOn ?? app.clock.now();
  const start = await app.db.transaction(company, async (em) => {
    const schedule = await findSchedule(em, scheduleId);
    if (!schedule || (!manual && !schedule.enabled)) return undefined;
    const timeZone = await companyTimeZone(em);
    // an earlier attempt delivered and committed, then failed to queue the e-mails: only they are left
    if ((await findRun(em, job.id))?.fileId) return { schedule, timeZone, delivered: true };
    const scheduledFor = manual ? sentAt : latestScheduleRun(schedule, sentAt, timeZone);
    await startRun(em, { tenantId, id: job.id, scheduleId, scheduledFor, attempts: job.retryCount + 1 });
    return { schedule, timeZone, delivered: false };
  });
  if (!start) return;
  if (!start.delivered) {
    try {
      await runAndDeliver(app, tenantId, job.id, start.schedule, start.timeZone);
    } catch (error) {
      const problem: StoredProblem = error instanceof DomainError ? { code: error.code, vars: error.vars } : { code: 'report-delivery-failed', vars: {} };
      app.log.warn({ err: error, tenantId, scheduleId, attempt: job.retryCount + 1 }, 'report delivery failed');
      await app.db.transaction(company, (em) => failRun(em, job.id, problem));
      throw error;
    }
  }
  await queueRunMails(app, tenantId, job.id);
}

async function runAndDeliver(app: FastifyInstance, tenantId: string, runId: string, schedule: StoredSchedule, timeZone: string): Promise<void> {
  const author = { tenantId, userId: schedule.createdBy };
  const ran = await app.db.transaction(author, async (em) => {
    const req = await actingRequest(app, em, tenantId, schedule.createdBy);
    const report = await findReport(em, schedule.reportId);
    if (!report) throw new Error('the scheduled report is gone');
    return { report, result: await runSavedReport(req, report), locale: req.locale };
  });
  const generatedAt = app.clock.now();
  const file = await renderReportFile({
    title: ran.report.title,
    result: ran.result,
    // stored only after the report schema accepted it (routes/api/reports): a ReportChart
    chart: ran.report.chart as ReportChart,
    format: schedule.format,
    locale: ran.locale,
    timeZone,
    generatedAt,
  });
  await app.db.transaction(author, async (em) => {
    const fileId = uuidv7();
    const fileName = cleanFileName(file.fileName);
    // any member who may read files downloads it by its id (see the File subject): the recipients are members
    await insertFile(em, {
      tenantId,
      id: fileId,
      name: fileName,
      contentType: file.contentType,
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      content: file.bytes,
      uploadedBy: schedule.createdBy,
    });
    const wanted = schedule.recipients.userIds;
    const members = wanted.length > 0 ? await em.find(Membership, { user: { $in: [...wanted] } }, { populate: ['user'] }) : [];
    const vars = { title: ran.report.title, fileName, generatedAt: zonedTime(generatedAt, timeZone).text, fileUrl: `/api/files/${fileId}` };
    const recipients = members.map(({ user }) => ({
      id: user.id,
      locale: isLocale(user.locale) ? user.locale : defaultLocale,
      email: user.isDisabled ? null : (user.email ?? null),
    }));
    for (const recipient of recipients) {
      em.create(Message, {
        tenantId,
        id: uuidv7(),
        recipientId: recipient.id,
        category: 'report-schedule',
        title: translate(recipient.locale, 'reports.schedule.message.title', vars),
        body: translate(recipient.locale, 'reports.schedule.message.body', vars),
        status: 'unread',
        link: `/reports/${schedule.reportId}`,
        recordSubject: null,
        recordId: null,
        plugin: null,
      });
    }
    // e-mail only where the server can send it; the outcome of each is counted on the run
    const mails = app.appConfig.mail ? reportMails(recipients, schedule.recipients.emails, ran.locale, vars) : [];
    await insertRunMails(em, tenantId, runId, mails);
    // a recipient who has left the company since the schedule was saved gets nothing
    const status = recipients.length < wanted.length ? 'partly-delivered' : 'delivered';
    await finishRun(em, runId, { status, fileId, messages: recipients.length });
  });
}
