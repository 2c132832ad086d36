import { DomainError } from '../http/domain-error.ts';

/** A grant that would shorten what the company already has; extend it, or revoke it first. */
export class EntitlementRunsLongerError extends DomainError<{ plugin: string; endsAt: string }> {
  static override readonly code = 'entitlement-runs-longer';
  static override readonly status = 409;
}

/** Extending an entitlement that never ends. */
export class EntitlementPerpetualError extends DomainError<{ plugin: string }> {
  static override readonly code = 'entitlement-perpetual';
  static override readonly status = 409;
}

/** Confirming or rejecting an order that was paid or cancelled already (by the company, or another operator). */
export class ModuleOrderSettledError extends DomainError<{ number: string; status: string }> {
  static override readonly code = 'module-order-settled';
  static override readonly status = 409;
}
