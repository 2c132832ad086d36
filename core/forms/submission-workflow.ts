import type { EntityManager } from '@mikro-orm/postgresql';
import { SubmissionStatusChangeError } from './form-errors.ts';
import type { SubmissionRecord } from './submission-store.ts';

type Status = SubmissionRecord['status'];

/** submitted → reviewed → approved / rejected; a submission can also be decided without the review step. */
const next: Readonly<Record<Status, readonly Status[]>> = {
  submitted: ['reviewed', 'approved', 'rejected'],
  reviewed: ['approved', 'rejected'],
  approved: [],
  rejected: [],
};

export function assertTransition(from: Status, to: Status): void {
  if (!next[from].includes(to)) throw new SubmissionStatusChangeError({ from, to });
}

export async function recordSubmissionEvent(
  em: EntityManager,
  event: { tenantId: string; submissionId: string; authorId: string; status: Status | null; comment: string },
): Promise<void> {
  await em.execute(
    'INSERT INTO form_submission_events (tenant_id, submission_id, author_id, status, comment) VALUES (?, ?, ?, ?, ?)',
    [event.tenantId, event.submissionId, event.authorId, event.status, event.comment],
  );
}

export async function submissionEvents(em: EntityManager, submissionId: string) {
  const rows = await em.execute<{ author_id: string; status: string | null; comment: string; created_at: Date }[]>(
    'SELECT author_id, status, comment, created_at FROM form_submission_events WHERE submission_id = ? ORDER BY seq',
    [submissionId],
  );
  return rows.map((r) => ({ authorId: r.author_id, status: r.status, comment: r.comment, createdAt: new Date(r.created_at).toISOString() }));
}
