import { DomainError } from '../http/domain-error.ts';

/** Enabling a module that has a price, without a trial or a purchase. */
export class EntitlementRequiredError extends DomainError<{ plugin: string; offer: string }> {
  static override readonly code = 'entitlement-required';
  static override readonly status = 402;
}

/** A write to a module whose entitlement ended: it is read-only until the grace period ends. */
export class EntitlementExpiredError extends DomainError<{ plugin: string; until: string }> {
  static override readonly code = 'entitlement-expired';
  static override readonly status = 402;
}

export class TrialUsedError extends DomainError<{ plugin: string }> {
  static override readonly code = 'trial-used';
  static override readonly status = 409;
}

export class TrialUnavailableError extends DomainError<{ plugin: string }> {
  static override readonly code = 'trial-unavailable';
  static override readonly status = 409;
}
