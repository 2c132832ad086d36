import { dayjs } from './dayjs-setup.ts';

export const dateTimeFormat = 'YYYY-MM-DD HH:mm';

/** Server times are ISO UTC; people read them in the tenant's time zone (UI.md, "Formats"). */
export function formatDateTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '-';
  const value = dayjs.utc(iso);
  if (!value.isValid()) return '-';
  try {
    return value.tz(timeZone).format(dateTimeFormat);
  } catch {
    return value.format(dateTimeFormat);
  }
}
