import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReportScheduleRunView } from '@tessera/schemas/report-schedule';

/** Why a run failed, as stored: an error code and its variables, shown in the reader's language. */
export interface StoredProblem {
  readonly code: string;
  readonly vars: Record<string, string | number>;
}

export type StoredRun = Omit<ReportScheduleRunView, 'problem'> & { problem: StoredProblem | null };

interface RunRow {
  id: string;
  scheduled_for: Date;
  started_at: Date;
  finished_at: Date | null;
  status: StoredRun['status'];
  attempts: number;
  file_id: string | null;
  messages: number;
  problem: StoredProblem | null;
  sent: string;
  failed: string;
  pending: string;
  mail_attempts: string;
}

const iso = (value: Date) => new Date(value).toISOString();

const runSelect = `
SELECT r.id, r.scheduled_for, r.started_at, r.finished_at, r.status, r.attempts, r.file_id, r.messages, r.problem,
       count(m.id) FILTER (WHERE m.status = 'sent') AS sent,
       count(m.id) FILTER (WHERE m.status = 'failed') AS failed,
       count(m.id) FILTER (WHERE m.status = 'pending') AS pending,
       coalesce(sum(m.attempts), 0) AS mail_attempts
  FROM report_schedule_runs r LEFT JOIN report_schedule_mails m ON m.tenant_id = r.tenant_id AND m.run_id = r.id`;

const toRun = (row: RunRow): StoredRun => ({
  id: row.id,
  scheduledFor: iso(row.scheduled_for),
  startedAt: iso(row.started_at),
  finishedAt: row.finished_at ? iso(row.finished_at) : null,
  status: row.status,
  attempts: row.attempts,
  fileId: row.file_id,
  messages: row.messages,
  mails: { sent: Number(row.sent), failed: Number(row.failed), pending: Number(row.pending), attempts: Number(row.mail_attempts) },
  problem: row.problem,
});

/** A schedule's runs, newest first. */
export async function listRuns(em: EntityManager, scheduleId: string, page: { limit: number; offset: number }): Promise<{ rows: StoredRun[]; total: number }> {
  const rows = await em.execute<(RunRow & { total: string })[]>(
    `${runSelect.replace('SELECT', 'SELECT count(*) OVER () AS total,')} WHERE r.schedule_id = ?
      GROUP BY r.tenant_id, r.id ORDER BY r.started_at DESC, r.id DESC LIMIT ? OFFSET ?`,
    [scheduleId, page.limit, page.offset],
  );
  return { rows: rows.map(toRun), total: Number(rows[0]?.total ?? 0) };
}

export async function findRun(em: EntityManager, id: string): Promise<StoredRun | undefined> {
  const [row] = await em.execute<RunRow[]>(`${runSelect} WHERE r.id = ? GROUP BY r.tenant_id, r.id`, [id]);
  return row ? toRun(row) : undefined;
}

/**
 * Records that an attempt of the run started: a new run on the first attempt, the same run again (its
 * attempt count up, its last problem cleared) on a retry.
 */
export async function startRun(em: EntityManager, run: { tenantId: string; id: string; scheduleId: string; scheduledFor: Date; attempts: number }): Promise<void> {
  await em.execute(
    `INSERT INTO report_schedule_runs (tenant_id, id, schedule_id, scheduled_for, status, attempts) VALUES (?, ?, ?, ?, 'running', ?)
     ON CONFLICT (tenant_id, id) DO UPDATE SET status = 'running', attempts = EXCLUDED.attempts, problem = NULL, finished_at = NULL`,
    [run.tenantId, run.id, run.scheduleId, run.scheduledFor, run.attempts],
  );
}

export async function finishRun(
  em: EntityManager,
  id: string,
  outcome: { status: 'delivered' | 'partly-delivered'; fileId: string; messages: number },
): Promise<void> {
  await em.execute(`UPDATE report_schedule_runs SET status = ?, file_id = ?, messages = ?, finished_at = now() WHERE id = ?`, [
    outcome.status,
    outcome.fileId,
    outcome.messages,
    id,
  ]);
}

export async function failRun(em: EntityManager, id: string, problem: StoredProblem): Promise<void> {
  await em.execute(`UPDATE report_schedule_runs SET status = 'failed', problem = ?::jsonb, finished_at = now() WHERE id = ?`, [JSON.stringify(problem), id]);
}

/** A run that one of its e-mails finally failed for: the rest of it was delivered. */
export async function markRunPartlyDelivered(em: EntityManager, id: string): Promise<void> {
  await em.execute(`UPDATE report_schedule_runs SET status = 'partly-delivered' WHERE id = ? AND status = 'delivered'`, [id]);
}

export interface RunMail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

export async function insertRunMails(em: EntityManager, tenantId: string, runId: string, mails: readonly RunMail[]): Promise<void> {
  for (const mail of mails) {
    await em.execute(`INSERT INTO report_schedule_mails (tenant_id, id, run_id, to_address, subject, body) VALUES (?, ?, ?, ?, ?, ?)`, [
      tenantId,
      mail.id,
      runId,
      mail.to,
      mail.subject,
      mail.body,
    ]);
  }
}

/** The run's e-mails still to send (a delivery retried after its commit sends them again, by the same ids). */
export async function pendingRunMailIds(em: EntityManager, runId: string): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(`SELECT id FROM report_schedule_mails WHERE run_id = ? AND status = 'pending'`, [runId]);
  return rows.map((row) => row.id);
}

/** One pending e-mail of a run with the file it carries, its attempt counted; none when it is settled. */
export async function claimRunMail(
  em: EntityManager,
  id: string,
): Promise<{ runId: string; to: string; subject: string; body: string; attempts: number; fileId: string | null } | undefined> {
  const [row] = await em.execute<{ run_id: string; to_address: string; subject: string; body: string; attempts: number; file_id: string | null }[]>(
    `UPDATE report_schedule_mails m SET attempts = m.attempts + 1 FROM report_schedule_runs r
      WHERE m.id = ? AND m.status = 'pending' AND r.tenant_id = m.tenant_id AND r.id = m.run_id
      RETURNING m.run_id, m.to_address, m.subject, m.body, m.attempts, r.file_id`,
    [id],
  );
  return row
    ? { runId: row.run_id, to: row.to_address, subject: row.subject, body: row.body, attempts: row.attempts, fileId: row.file_id }
    : undefined;
}

export async function markRunMailSent(em: EntityManager, id: string): Promise<void> {
  await em.execute(`UPDATE report_schedule_mails SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = ?`, [id]);
}

export async function markRunMailFailed(em: EntityManager, id: string, error: string, givenUp: boolean): Promise<void> {
  await em.execute(`UPDATE report_schedule_mails SET status = ?, last_error = ? WHERE id = ?`, [givenUp ? 'failed' : 'pending', error.slice(0, 500), id]);
}
