import { SessionRequiredError } from '../auth/errors.ts';

/**
 * Who is calling an operator route: a person signed in with an operator account, or automation with the
 * TESSERA_OPERATOR_TOKEN bearer token. Recorded on every audit row and marketplace event they cause.
 */
export type OperatorPrincipal =
  | {
      readonly kind: 'session';
      readonly id: string;
      readonly email: string;
      readonly displayName: string;
      /** Digest of the session cookie: the session row's key. */
      readonly sessionHash: Buffer;
      readonly csrfToken: string;
    }
  | { readonly kind: 'token' };

/** The operator of an operator route's request; the pipeline guarantees one, so its absence is a bug. */
export function operatorOf(req: { operator: OperatorPrincipal | null }): OperatorPrincipal {
  if (!req.operator) throw new TypeError('operator route without operator');
  return req.operator;
}

/** How the operator appears in a company's order and entitlement history: `operator:<id>` or `operator:token`. */
export const operatorActor = (operator: OperatorPrincipal): string =>
  operator.kind === 'session' ? `operator:${operator.id}` : 'operator:token';

/** Session-only operator actions (reading the CSRF token, signing out) refuse the operator token. */
export function requireOperatorSession(operator: OperatorPrincipal | null): Extract<OperatorPrincipal, { kind: 'session' }> {
  if (operator?.kind !== 'session') throw new SessionRequiredError({});
  return operator;
}
