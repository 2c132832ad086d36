import { useContext } from 'react';
import type { SessionView } from '../api/auth-api.ts';
import { SessionContext, type SessionState } from './session-context.ts';

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSessionState must be used inside SessionProvider');
  return state;
}

/** For pages inside the shell, which only renders once a session exists. */
export function useSession(): SessionView {
  const { session } = useSessionState();
  if (!session) throw new Error('useSession used outside a signed-in area');
  return session;
}
