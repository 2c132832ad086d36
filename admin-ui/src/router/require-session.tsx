import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ShellSkeleton } from '../components/shell-skeleton.tsx';
import { useSessionState } from '../session/use-session.ts';

export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSessionState();
  const location = useLocation();
  if (session === undefined) return <ShellSkeleton />;
  if (session === null) {
    const redirect = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/sign-in?redirect=${redirect}`} replace />;
  }
  return children;
}
