import type { OperatorSessionView, OperatorSignIn } from '@tessera/schemas/operator';
import { operatorRequest } from './operator-request.ts';

export type { OperatorSessionView, OperatorSignIn } from '@tessera/schemas/operator';

/** 401 when no operator is signed in in this browser (the tenant session does not count). */
export function fetchOperatorSession(): Promise<OperatorSessionView> {
  return operatorRequest<OperatorSessionView>('/api/operator/auth/session', { redirectOn401: false });
}

export function signInOperator(body: OperatorSignIn): Promise<OperatorSessionView> {
  return operatorRequest<OperatorSessionView>('/api/operator/auth/sign-in', { method: 'POST', body, redirectOn401: false });
}

export function signOutOperator(): Promise<void> {
  return operatorRequest<void>('/api/operator/auth/sign-out', { method: 'POST', redirectOn401: false });
}
