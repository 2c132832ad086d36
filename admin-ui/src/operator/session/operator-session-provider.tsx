import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { fetchOperatorSession, type OperatorSessionView } from '../api/operator-auth-api.ts';
import { setOperatorCsrfToken, setOperatorUnauthorizedHandler } from '../api/operator-request.ts';
import { OperatorSessionContext, type OperatorSessionState } from './operator-session-context.ts';

/**
 * The operator's session, apart from the company user's: its own cookie (sent only to /api/operator),
 * its own CSRF token, and a 401 anywhere in the console ends it.
 */
export function OperatorSessionProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<OperatorSessionView | null | undefined>(undefined);

  const setSession = useCallback((next: OperatorSessionView | null) => {
    setOperatorCsrfToken(next?.csrfToken ?? null);
    setSessionState(next);
  }, []);

  useEffect(() => {
    setOperatorUnauthorizedHandler(() => setSession(null));
    fetchOperatorSession().then(setSession, () => setSession(null));
    return () => setOperatorUnauthorizedHandler(() => {});
  }, [setSession]);

  const value = useMemo<OperatorSessionState>(() => ({ session, setSession }), [session, setSession]);
  return <OperatorSessionContext value={value}>{children}</OperatorSessionContext>;
}
