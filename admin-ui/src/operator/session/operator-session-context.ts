import { createContext, useContext } from 'react';
import type { OperatorSessionView } from '../api/operator-auth-api.ts';

export interface OperatorSessionState {
  /** `undefined` while the first GET /api/operator/auth/session is in flight, `null` when signed out. */
  session: OperatorSessionView | null | undefined;
  setSession: (session: OperatorSessionView | null) => void;
}

export const OperatorSessionContext = createContext<OperatorSessionState | null>(null);

export function useOperatorSessionState(): OperatorSessionState {
  const state = useContext(OperatorSessionContext);
  if (!state) throw new Error('useOperatorSessionState must be used inside OperatorSessionProvider');
  return state;
}

/** For pages inside the operator shell, which only renders once an operator is signed in. */
export function useOperatorSession(): OperatorSessionView {
  const { session } = useOperatorSessionState();
  if (!session) throw new Error('useOperatorSession used outside the signed-in operator console');
  return session;
}
