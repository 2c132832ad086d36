import { useMemo } from 'react';
import { useI18n } from '../../../i18n/use-i18n.ts';
import { useSession } from '../../../session/use-session.ts';
import type { CellFormat } from './cell-format.ts';

/** The reader's words and the company's time zone, for formatting result cells. */
export function useCellFormat(): CellFormat {
  const { t } = useI18n();
  const { tenant } = useSession();
  return useMemo(() => ({ t, timeZone: tenant.timeZone }), [t, tenant.timeZone]);
}
