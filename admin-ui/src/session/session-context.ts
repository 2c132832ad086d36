import { createContext } from 'react';
import type { SessionView } from '../api/auth-api.ts';

export interface SessionState {
  /** `undefined` while the first GET /api/auth/session is in flight, `null` when signed out. */
  session: SessionView | null | undefined;
  /** Adopt a session view returned by sign-in, sign-up, accept or switch-tenant. */
  setSession: (session: SessionView | null) => void;
  refresh: () => Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);
