import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { fetchSession, type SessionView } from '../api/auth-api.ts';
import { setCsrfToken, setUnauthorizedHandler } from '../api/request-context.ts';
import { SessionContext, type SessionState } from './session-context.ts';

async function loadSession(): Promise<SessionView | null> {
  try {
    return await fetchSession();
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<SessionView | null | undefined>(undefined);

  const setSession = useCallback((next: SessionView | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSessionState(next);
  }, []);

  const refresh = useCallback(async () => {
    setSession(await loadSession());
  }, [setSession]);

  useEffect(() => {
    // A 401 anywhere means the session ended; RequireSession then sends the user to sign in.
    setUnauthorizedHandler(() => setSession(null));
    void refresh();
  }, [refresh, setSession]);

  const value = useMemo<SessionState>(() => ({ session, setSession, refresh }), [session, setSession, refresh]);
  return <SessionContext value={value}>{children}</SessionContext>;
}
