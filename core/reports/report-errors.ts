import { DomainError } from '../http/domain-error.ts';

/** A report query ran past its time limit and was cancelled: narrow the filters or the grouping. */
export class ReportTimeoutError extends DomainError<{ seconds: number }> {
  static override readonly code = 'report-timeout';
  static override readonly status = 503;
}

/** Whether a database error is PostgreSQL cancelling a statement for running too long. */
export const isStatementTimeout = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { sqlState?: unknown; code?: unknown }).sqlState === '57014';

/** A saved report whose dataset the reader cannot use now (its module disabled, its form gone, no read right). */
export class ReportDatasetUnavailableError extends DomainError<{ title: string }> {
  static override readonly code = 'report-dataset-unavailable';
  static override readonly status = 409;
}
