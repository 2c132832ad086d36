import { DomainError } from '../../http/domain-error.ts';

/** The record type already has a custom field with that key. */
export class CustomFieldKeyTakenError extends DomainError<{ key: string }> {
  static override readonly code = 'custom-field-key-taken';
  static override readonly status = 409;
}

/** Deleting a custom field records still hold values in. */
export class CustomFieldInUseError extends DomainError<{ field: string; count: number }> {
  static override readonly code = 'custom-field-in-use';
  static override readonly status = 409;
}

/** A record type no enabled module has (or one that takes no custom fields). */
export class UnknownCustomResourceError extends DomainError<{ resource: string }> {
  static override readonly code = 'custom-resource-unknown';
  static override readonly status = 404;
}
