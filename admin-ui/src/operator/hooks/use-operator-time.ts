import { useCallback } from 'react';
import { formatDateTime } from '../../format/format-date-time.ts';
import { platformTimeZone } from '../operator-paths.ts';

/** The console shows times in the platform's zone: operators serve companies in many. */
export function useOperatorTime(): (iso: string | null | undefined) => string {
  return useCallback((iso) => formatDateTime(iso, platformTimeZone), []);
}
