/** A moment as the wall clock of `timeZone` shows it. */
export interface ZonedTime {
  /** `YYYY-MM-DD HH:mm` */
  text: string;
  /** The same wall-clock fields as a UTC instant: what a spreadsheet cell, which has no zone, should hold. */
  wallClock: Date;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** `at` on the wall clock of `timeZone` (an IANA name, as the company's settings keep it). */
export function zonedTime(at: Date, timeZone: string): ZonedTime {
  const parts = Object.fromEntries(formatOf(timeZone).formatToParts(at).map((part) => [part.type, part.value]));
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((type) => Number(parts[type] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    text: `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}`,
    wallClock: new Date(Date.UTC(year, month - 1, day, hour, minute, second)),
  };
}
