import { dayjs } from './dayjs-setup.ts';

export const defaultTimeZone = 'Asia/Shanghai';

const fallbackZones = [defaultTimeZone, 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'UTC'];

function zoneName(zone: string, locale: string): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts();
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

const cache = new Map<string, { value: string; label: string }[]>();

/** Every IANA zone the browser knows, labelled `(UTC+08:00) Asia/Shanghai · 中国标准时间`. */
export function timeZoneOptions(locale: string): { value: string; label: string }[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : fallbackZones;
  const all = zones.includes(defaultTimeZone) ? zones : [defaultTimeZone, ...zones];
  const options = all
    .map((zone) => {
      const offset = dayjs().tz(zone).utcOffset();
      const name = zoneName(zone, locale);
      const label = `(UTC${dayjs().tz(zone).format('Z')}) ${zone}${name ? ` · ${name}` : ''}`;
      return { value: zone, label, offset };
    })
    .sort((a, b) => a.offset - b.offset || a.value.localeCompare(b.value))
    .map(({ value, label }) => ({ value, label }));
  cache.set(locale, options);
  return options;
}
