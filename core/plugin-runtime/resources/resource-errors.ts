import { DomainError } from '../../http/domain-error.ts';

/** A record action asked for while the record is not in a state it applies to (e.g. publishing a withdrawn one). */
export class ResourceActionUnavailableError extends DomainError<{ action: string }> {
  static override readonly code = 'resource-action-unavailable';
  static override readonly status = 409;
}
