import { DomainError } from '../http/domain-error.ts';

/** Submitting to a form that has no published version yet. */
export class FormNotPublishedError extends DomainError<{ title: string }> {
  static override readonly code = 'form-not-published';
  static override readonly status = 409;
}

/** Submitting before the form opens or after it closes. */
export class FormClosedError extends DomainError<{ title: string }> {
  static override readonly code = 'form-closed';
  static override readonly status = 409;
}

/** A second submission to a one-per-member form. */
export class FormAlreadySubmittedError extends DomainError<{ title: string }> {
  static override readonly code = 'form-already-submitted';
  static override readonly status = 409;
}

/** Publishing a draft that is the same as the latest version. */
export class FormUnchangedError extends DomainError<{ title: string }> {
  static override readonly code = 'form-unchanged';
  static override readonly status = 409;
}

/** A workflow step the submission's status does not allow (e.g. approving a rejected one). */
export class SubmissionStatusChangeError extends DomainError<{ from: string; to: string }> {
  static override readonly code = 'submission-status-change';
  static override readonly status = 409;
}
