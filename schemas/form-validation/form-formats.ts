import { compileLinearPattern } from './re2-regexp.ts';

/**
 * The `format`s a form may use, each checked by our own code on RE2 (ajv-formats' checks run on the
 * built-in regex engine and its `uri` takes any scheme). Lengths are checked first, so no check reads
 * more than a few hundred characters. Any other format is refused when the form is saved.
 */
const datePattern = compileLinearPattern('^(\\d{4})-(\\d{2})-(\\d{2})$');
// HH:mm, HH:mm:ss or HH:mm:ss.fff, optionally with Z or ±HH:mm
const timePattern = compileLinearPattern('^(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?([Zz]|[+-](\\d{2}):(\\d{2}))?$');
const emailPattern = compileLinearPattern(
  "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$",
);
const uuidPattern = compileLinearPattern('^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$');
const webAddressPattern = compileLinearPattern('^[Hh][Tt][Tt][Pp][Ss]?://[^\\x00-\\x20\\x7f]+$');

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isDate(value: string): boolean {
  if (value.length !== 10) return false;
  const match = datePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

function isTime(value: string, isOffsetRequired = false): boolean {
  if (value.length > 30) return false;
  const match = timePattern.exec(value);
  if (!match) return false;
  // an absent group (seconds, offset) reads as 0
  const [hour, minute, second, zone, offsetHour, offsetMinute] = match.slice(1).map((group: unknown) =>
    typeof group === 'string' ? group : undefined,
  );
  if (isOffsetRequired && zone === undefined) return false;
  const isClockValid = Number(hour) <= 23 && Number(minute) <= 59 && Number(second ?? 0) <= 59;
  return isClockValid && Number(offsetHour ?? 0) <= 23 && Number(offsetMinute ?? 0) <= 59;
}

/** RFC 3339: a date, `T` (or a space), a time and a time zone offset. */
function isDateTime(value: string): boolean {
  if (value.length > 40 || !'Tt '.includes(value.charAt(10))) return false;
  return isDate(value.slice(0, 10)) && isTime(value.slice(11), true);
}

function isEmail(value: string): boolean {
  return value.length <= 254 && emailPattern.test(value);
}

/** Only web addresses: `javascript:`, `data:`, `file:` and the like are refused. */
function isWebAddress(value: string): boolean {
  if (value.length > 2048 || !webAddressPattern.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isUuid(value: string): boolean {
  return value.length === 36 && uuidPattern.test(value);
}

export const formFormats: Readonly<Record<string, (value: string) => boolean>> = {
  date: isDate,
  time: (value) => isTime(value),
  'date-time': isDateTime,
  email: isEmail,
  uri: isWebAddress,
  uuid: isUuid,
};

export const formFormatNames: readonly string[] = Object.keys(formFormats);
