import type { EntityManager } from '@mikro-orm/postgresql';
import { FormSubmission } from './form-submission-entity.ts';

type Json = Record<string, unknown>;

export interface SubmissionRecord {
  id: string;
  formId: string;
  version: number;
  data: Json;
  submitterId: string;
  status: 'submitted' | 'reviewed' | 'approved' | 'rejected';
  submittedAt: string;
  updatedAt: string;
}

/** Stores a submission and answers it as stored (its status and times from the database). */
export async function insertSubmission(
  em: EntityManager,
  submission: { tenantId: string; id: string; formId: string; version: number; data: Json; submitterId: string },
): Promise<SubmissionRecord> {
  const [row] = await em.execute<{ status: SubmissionRecord['status']; submitted_at: Date; updated_at: Date }[]>(
    `INSERT INTO form_submissions (tenant_id, id, form_id, version, data, submitter_id) VALUES (?, ?, ?, ?, ?::jsonb, ?)
     RETURNING status, submitted_at, updated_at`,
    [submission.tenantId, submission.id, submission.formId, submission.version, JSON.stringify(submission.data), submission.submitterId],
  );
  const { tenantId: _tenantId, ...record } = submission;
  return {
    ...record,
    status: row?.status ?? 'submitted',
    submittedAt: new Date(row?.submitted_at ?? Date.now()).toISOString(),
    updatedAt: new Date(row?.updated_at ?? Date.now()).toISOString(),
  };
}

export async function countSubmissionsBy(em: EntityManager, formId: string, submitterId: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>('SELECT count(*)::int AS n FROM form_submissions WHERE form_id = ? AND submitter_id = ?', [formId, submitterId]);
  return row?.n ?? 0;
}

export interface SubmissionQuery {
  formId: string;
  /** The reader's data scope on FormSubmission (a condition over its fields), e.g. only their own. */
  scope: Record<string, unknown>;
  status?: string;
  version?: number;
  submitterId?: string;
  /** A top-level data field and the text it must equal. */
  field?: { name: string; value: string };
  sort: { key: string; direction: 'asc' | 'desc' };
  limit: number;
  offset: number;
}

const fromEntity = (row: FormSubmission): SubmissionRecord => ({
  id: row.id,
  formId: row.formId,
  version: row.version,
  data: row.data,
  submitterId: row.submitterId,
  status: row.status as SubmissionRecord['status'],
  submittedAt: row.submittedAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

function whereOf(query: Pick<SubmissionQuery, 'formId' | 'scope' | 'status' | 'version' | 'submitterId' | 'field'>) {
  const parts: Record<string, unknown>[] = [{ formId: query.formId }];
  if (Object.keys(query.scope).length > 0) parts.push(query.scope);
  if (query.status) parts.push({ status: query.status });
  if (query.version) parts.push({ version: query.version });
  if (query.submitterId) parts.push({ submitterId: query.submitterId });
  if (query.field) parts.push({ data: { [query.field.name]: query.field.value } });
  return { $and: parts };
}

/** A page of a form's submissions the reader may see (their data scope in the SQL), filtered and sorted by any top-level field. */
export async function listSubmissions(em: EntityManager, query: SubmissionQuery): Promise<{ rows: SubmissionRecord[]; total: number }> {
  const orderBy =
    query.sort.key === 'submittedAt'
      ? { submittedAt: query.sort.direction }
      : { data: { [query.sort.key.slice('data.'.length)]: query.sort.direction } };
  const [rows, total] = await em.findAndCount(FormSubmission, whereOf(query) as never, {
    orderBy: [orderBy as never, { id: query.sort.direction }],
    limit: query.limit,
    offset: query.offset,
  });
  return { rows: rows.map(fromEntity), total };
}

export async function findSubmission(em: EntityManager, formId: string, id: string, scope: Record<string, unknown>): Promise<SubmissionRecord | undefined> {
  const row = await em.findOne(FormSubmission, { $and: [whereOf({ formId, scope }), { id }] } as never);
  return row ? fromEntity(row) : undefined;
}
