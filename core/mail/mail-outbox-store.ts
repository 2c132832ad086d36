import type { EntityManager } from '@mikro-orm/postgresql';
import { maxMailAttempts, mailRetryDelayMs } from './mail-retry.ts';

/** A mail claimed for one attempt; `attempts` already counts it. */
export interface ClaimedMail {
  readonly id: string;
  readonly recipientId: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly record: { readonly subject: string; readonly id: string } | null;
  readonly attempts: number;
}

/**
 * How long a claim holds: longer than a send can take (see the transport's timeouts), so a mail is never
 * sent twice at once, and short enough that the mail of a process that died mid-send goes out soon after.
 */
const claimLeaseSeconds = 300;

// A materialized CTE picks the rows once: as an `IN (subquery)` the LIMIT could be re-run per row and,
// skipping the rows this statement just updated, claim more than asked for.
const claimSql = `
WITH due AS MATERIALIZED (
  SELECT id FROM mail_outbox
   WHERE tenant_id = ? AND status = 'pending' AND next_attempt_at <= now()
   ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
UPDATE mail_outbox m SET attempts = m.attempts + 1, next_attempt_at = now() + make_interval(secs => ?)
  FROM due WHERE m.tenant_id = ? AND m.id = due.id
RETURNING m.id, m.recipient_id, m.to_address, m.subject, m.body, m.record_subject, m.record_id, m.attempts`;

interface ClaimRow {
  id: string;
  recipient_id: string;
  to_address: string;
  subject: string;
  body: string;
  record_subject: string | null;
  record_id: string | null;
  attempts: number;
}

/**
 * Claims up to `limit` due mails of the bound tenant for one attempt each. Several processes may claim at
 * once: locked rows are skipped, and a claimed row is not due again until its lease ends.
 */
export async function claimDueMail(em: EntityManager, tenantId: string, limit: number): Promise<ClaimedMail[]> {
  const rows = await em.execute<ClaimRow[]>(claimSql, [tenantId, limit, claimLeaseSeconds, tenantId]);
  return rows.map((row) => ({
    id: row.id,
    recipientId: row.recipient_id,
    to: row.to_address,
    subject: row.subject,
    body: row.body,
    record: row.record_subject && row.record_id ? { subject: row.record_subject, id: row.record_id } : null,
    attempts: row.attempts,
  }));
}

export async function markMailSent(em: EntityManager, tenantId: string, id: string): Promise<void> {
  await em.execute(
    `UPDATE mail_outbox SET status = 'sent', sent_at = now(), last_error = NULL WHERE tenant_id = ? AND id = ?`,
    [tenantId, id],
  );
}

/** Not sent: the recipient may no longer read the record the mail is about. */
export async function markMailWithheld(em: EntityManager, tenantId: string, id: string): Promise<void> {
  await em.execute(`UPDATE mail_outbox SET status = 'withheld' WHERE tenant_id = ? AND id = ?`, [tenantId, id]);
}

/** Records a failed attempt: due again after the backoff, or given up after the last attempt. */
export async function markMailAttemptFailed(
  em: EntityManager,
  tenantId: string,
  mail: Pick<ClaimedMail, 'id' | 'attempts'>,
  error: string,
): Promise<void> {
  const givenUp = mail.attempts >= maxMailAttempts;
  await em.execute(
    `UPDATE mail_outbox
        SET status = ?, last_error = ?, next_attempt_at = now() + make_interval(secs => ?)
      WHERE tenant_id = ? AND id = ?`,
    [givenUp ? 'failed' : 'pending', error.slice(0, 500), mailRetryDelayMs(mail.attempts) / 1000, tenantId, mail.id],
  );
}
