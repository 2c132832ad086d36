import { DomainError } from '../../http/domain-error.ts';

/** The report was deleted between asking for the export and the job running it. */
export class ReportExportReportDeletedError extends DomainError {
  static override readonly code = 'report-export-report-deleted';
  static override readonly status = 409;
}

/** The rendered file is larger than a stored file may be. */
export class ReportExportTooLargeError extends DomainError<{ limit: number }> {
  static override readonly code = 'report-export-too-large';
  static override readonly status = 413;
}

/** An unexpected error stopped the export on its last try (the cause is in the server log). */
export class ReportExportFailedError extends DomainError {
  static override readonly code = 'report-export-failed';
  static override readonly status = 503;
}

/** The job queue did not take the export (the database behind it is unreachable). */
export class ReportExportNotQueuedError extends DomainError {
  static override readonly code = 'report-export-not-queued';
  static override readonly status = 503;
}

/** The requester can no longer act in the company: they left it, were disabled, or their API token was revoked or expired. */
export class ReportExportRequesterUnavailableError extends DomainError {
  static override readonly code = 'report-export-requester-unavailable';
  static override readonly status = 403;
}
