import type { FastifyInstance } from 'fastify';
import { createTransport } from 'nodemailer';
import type { Job, QueueOptions } from 'pg-boss';
import { findFile } from '../../files/file-store.ts';
import { claimRunMail, markRunMailFailed, markRunMailSent, markRunPartlyDelivered, pendingRunMailIds } from './schedule-run-store.ts';

/**
 * A run's e-mail goes out in a queue job of its own rather than through the notification outbox
 * (core/mail): the outbox keeps text-only mail rows and retries them on the database's clock in a sweep
 * of its own, while a report mail carries a file of up to 10 MB. The job carries only ids and reads the
 * stored file when it sends, so nothing is copied per recipient; pg-boss retries it with backoff (on the
 * queue's clock, which tests move); and its row in `report_schedule_mails` counts the attempts and the
 * outcome for the run's history.
 */
export const reportMailJob = 'report-mail';

export interface RunMailJobData {
  readonly tenantId: string;
  readonly mailId: string;
}

/** Five more tries after the first, from about 30 s apart up to an hour apart: a mail server's restart or outage. */
export const reportMailQueue = { retryLimit: 5, retryDelay: 30, retryBackoff: true, retryDelayMax: 3600 } as const satisfies QueueOptions;

/**
 * Queues a job for each of the run's e-mails still pending, by the mail's own id: a mail already queued
 * (by an earlier attempt of the delivery) is not queued twice.
 */
export async function queueRunMails(app: FastifyInstance, tenantId: string, runId: string): Promise<void> {
  const ids = await app.db.transaction({ tenantId, userId: null }, (em) => pendingRunMailIds(em, runId));
  for (const id of ids) {
    if (await app.jobs.find(reportMailJob, id)) continue;
    await app.jobs.send<RunMailJobData>(reportMailJob, { tenantId, mailId: id }, { id });
  }
}

/** Sends one of a run's e-mails with the run's file attached; a failure is recorded and thrown, for the retry. */
export async function sendRunMail(app: FastifyInstance, job: Job<RunMailJobData>): Promise<void> {
  const { tenantId, mailId } = job.data;
  const company = { tenantId, userId: null };
  const mail = await app.db.transaction(company, (em) => claimRunMail(em, mailId));
  if (!mail) return;
  try {
    const config = app.appConfig.mail;
    if (!config) throw new Error('this server has no SMTP settings');
    const fileId = mail.fileId;
    const file = fileId ? await app.db.transaction(company, (em) => findFile(em, fileId)) : null;
    const transport = createTransport({ url: config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 });
    try {
      await transport.sendMail({
        from: config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.body,
        attachments: file ? [{ filename: file.name, content: file.content, contentType: file.contentType }] : [],
      });
    } finally {
      transport.close();
    }
  } catch (error) {
    const givenUp = job.retryCount >= reportMailQueue.retryLimit;
    const reason = error instanceof Error ? error.message : String(error);
    app.log.warn({ tenantId, mailId, attempt: mail.attempts, reason }, 'report mail attempt failed');
    await app.db.transaction(company, async (em) => {
      await markRunMailFailed(em, mailId, reason, givenUp);
      if (givenUp) await markRunPartlyDelivered(em, mail.runId);
    });
    throw error;
  }
  await app.db.transaction(company, (em) => markRunMailSent(em, mailId));
}
