import type { FormVersion } from './form-store.ts';
import type { SubmissionRecord } from './submission-store.ts';

/** One cell as a spreadsheet shows it: lists joined, objects as JSON, nothing for absent values. */
export function cellOf(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
}

/**
 * The export's header and rows: the submission's own columns, then the latest version's fields (with
 * their titles), then fields only older versions had, so every submission's data has a column.
 */
export function submissionTable(latest: FormVersion, submissions: readonly SubmissionRecord[], labels: { submittedAt: string; submitter: string; version: string; status: string }) {
  const properties = (latest.schema['properties'] ?? {}) as Record<string, { title?: string }>;
  const fields = Object.keys(properties);
  for (const submission of submissions) for (const key of Object.keys(submission.data)) if (!fields.includes(key)) fields.push(key);
  const header = [labels.submittedAt, labels.submitter, labels.version, labels.status, ...fields.map((field) => properties[field]?.title ?? field)];
  const rows = submissions.map((s) => [s.submittedAt, s.submitterId, s.version, s.status, ...fields.map((field) => cellOf(s.data[field]))]);
  return { header, rows };
}
