import { useCallback } from 'react';
import { useSession } from '../session/use-session.ts';
import { formatDateTime } from './format-date-time.ts';

export function useDateTime(): (iso: string | null | undefined) => string {
  const { tenant } = useSession();
  return useCallback((iso) => formatDateTime(iso, tenant.timeZone), [tenant.timeZone]);
}
