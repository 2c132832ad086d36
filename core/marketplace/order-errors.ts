import { DomainError } from '../http/domain-error.ts';

/** Buying a module that needs no purchase: it has no price, or the operator includes it in every company. */
export class ModulePurchaseNotNeededError extends DomainError<{ plugin: string }> {
  static override readonly code = 'module-purchase-not-needed';
  static override readonly status = 409;
}

/** Buying a module the company already owns for ever (a one-time purchase or a perpetual grant). */
export class ModuleAlreadyOwnedError extends DomainError<{ plugin: string }> {
  static override readonly code = 'module-already-owned';
  static override readonly status = 409;
}

/**
 * Buying a module whose required modules the company has not bought, without choosing their plans: the
 * problem's `errors[]` has one entry per such module (`/body/requirementPlans/<name>`) listing its plans,
 * so the client can offer them in the same order.
 */
export class ModuleRequirementPlansMissingError extends DomainError<{ plugin: string; missing: string }> {
  static override readonly code = 'module-requirement-plans-missing';
  static override readonly status = 409;
}

/** Cancelling an order that is no longer pending (paid or cancelled already). */
export class ModuleOrderNotPendingError extends DomainError<{ number: string; status: string }> {
  static override readonly code = 'module-order-not-pending';
  static override readonly status = 409;
}

/** An `Idempotency-Key` sent again with a different order: a client bug, never answered with the old order. */
export class IdempotencyKeyReusedError extends DomainError {
  static override readonly code = 'idempotency-key-reused';
  static override readonly status = 409;
}
