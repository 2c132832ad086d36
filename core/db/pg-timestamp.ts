const digit = (text: string, at: number): number => {
  const value = text.charCodeAt(at) - 48;
  return value >= 0 && value <= 9 ? value : Number.NaN;
};
const number = (text: string, from: number, to: number): number => {
  let value = 0;
  for (let at = from; at < to; at++) value = value * 10 + digit(text, at);
  return value;
};

/**
 * A `timestamptz` as PostgreSQL writes it in text (`2026-08-01 12:34:56.789+08`, the ISO `DateStyle`),
 * as a Date. List pages read hundreds of them per request and `new Date(text)` takes V8's general date
 * parser for that form; this reads the fields straight. Any other form (no offset, which `new Date` reads as
 * local time, `infinity`, BC or early years, out-of-range fields) goes to `new Date`, so the result is
 * always what it gives.
 */
export function parsePgTimestamp(text: string): Date {
  if (text.length < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(10) !== 32) return new Date(text);
  let at = 19;
  let ms = 0;
  if (text.charCodeAt(at) === 46) {
    at++;
    let scale = 100;
    for (let value = digit(text, at); !Number.isNaN(value); value = digit(text, ++at)) {
      ms += value * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
  }
  const sign = text.charCodeAt(at);
  const rest = text.length - at;
  if ((sign !== 43 && sign !== 45) || (rest !== 3 && rest !== 6) || (rest === 6 && text.charCodeAt(at + 3) !== 58)) {
    return new Date(text);
  }
  const year = number(text, 0, 4);
  const month = number(text, 5, 7);
  const day = number(text, 8, 10);
  const hour = number(text, 11, 13);
  const minute = number(text, 14, 16);
  const second = number(text, 17, 19);
  const offsetHours = number(text, at + 1, at + 3);
  const offsetMinutes = rest === 6 ? number(text, at + 4, at + 6) : 0;
  // the ranges PostgreSQL writes; outside them (or with NaN) `new Date` has quirks of its own to keep
  const usual =
    year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 &&
    second <= 59 && offsetHours <= 23 && offsetMinutes <= 59;
  if (!usual) return new Date(text);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return new Date(utc - (sign === 43 ? 1 : -1) * (offsetHours * 60 + offsetMinutes) * 60_000);
}
