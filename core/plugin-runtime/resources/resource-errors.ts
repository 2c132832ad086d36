import { DomainError } from '../../http/domain-error.ts';

/** A record action asked for while the record is not in a state it applies to (e.g. publishing a withdrawn one). */
export class ResourceActionUnavailableError extends DomainError<{ action: string }> {
  static override readonly code = 'resource-action-unavailable';
  static override readonly status = 409;
}

/** A change to a record its resource keeps as it is in its current state (e.g. a published announcement). */
export class ResourceNotEditableError extends DomainError<{ resource: string }> {
  static override readonly code = 'resource-not-editable';
  static override readonly status = 409;
}

export class ResourceNotDeletableError extends DomainError<{ resource: string }> {
  static override readonly code = 'resource-not-deletable';
  static override readonly status = 409;
}
