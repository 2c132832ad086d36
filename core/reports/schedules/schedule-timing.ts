import { zonedTime } from '../zoned-time.ts';
/** When a schedule runs: its fields as stored, without the rest of the schedule. */
export interface ScheduleTiming {
  readonly frequency: 'daily' | 'weekly' | 'monthly';
  /** `HH:mm` in the company's time zone. */
  readonly time: string;
  /** 1 = Monday … 7 = Sunday; weekly only. */
  readonly weekday?: number | undefined;
  /** 1–28; monthly only. */
  readonly dayOfMonth?: number | undefined;
}

/**
 * The cron expression pg-boss runs the schedule on (minute hour day-of-month month day-of-week), read in
 * the company's time zone. Cron counts Sunday as 0, the schedule as 7.
 */
export function scheduleCron(timing: ScheduleTiming): string {
  const [hour, minute] = timing.time.split(':').map(Number);
  const at = `${minute} ${hour}`;
  if (timing.frequency === 'weekly') return `${at} * * ${(timing.weekday ?? 1) % 7}`;
  if (timing.frequency === 'monthly') return `${at} ${timing.dayOfMonth ?? 1} * *`;
  return `${at} * * *`;
}

interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function wallClockOf(instant: number, timeZone: string): { date: LocalDate; minutes: number } {
  const { wallClock } = zonedTime(new Date(instant), timeZone);
  return {
    date: { year: wallClock.getUTCFullYear(), month: wallClock.getUTCMonth() + 1, day: wallClock.getUTCDate() },
    minutes: wallClock.getUTCHours() * 60 + wallClock.getUTCMinutes(),
  };
}

/** The UTC instant of a wall-clock time in `timeZone` (the later reading when a DST change repeats it). */
function instantOf(date: LocalDate, minutes: number, timeZone: string): number {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const seen = wallClockOf(guess, timeZone);
    const seenAsUtc = Date.UTC(seen.date.year, seen.date.month - 1, seen.date.day, 0, seen.minutes);
    const drift = seenAsUtc - asUtc;
    if (drift === 0) break;
    guess -= drift;
  }
  return guess;
}

function matches(timing: ScheduleTiming, date: LocalDate): boolean {
  if (timing.frequency === 'daily') return true;
  if (timing.frequency === 'monthly') return date.day === timing.dayOfMonth;
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() || 7;
  return weekday === timing.weekday;
}

function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

function occurrence(timing: ScheduleTiming, now: Date, timeZone: string, direction: 1 | -1): Date {
  const [hour = 0, minute = 0] = timing.time.split(':').map(Number);
  const today = wallClockOf(now.getTime(), timeZone).date;
  // a monthly day 1–28 comes within 31 days either way; a little more covers the time of day
  for (let offset = 0; offset <= 32; offset++) {
    const date = addDays(today, offset * direction);
    if (!matches(timing, date)) continue;
    const at = instantOf(date, hour * 60 + minute, timeZone);
    if (direction === 1 ? at > now.getTime() : at <= now.getTime()) return new Date(at);
  }
  throw new RangeError('a schedule occurs at least once a month');
}

/** The schedule's first occurrence after `now`, for showing when it runs next. */
export function nextScheduleRun(timing: ScheduleTiming, now: Date, timeZone: string): Date {
  return occurrence(timing, now, timeZone, 1);
}

/** The schedule's latest occurrence at or before `at`: the time a cron-fired run was meant for. */
export function latestScheduleRun(timing: ScheduleTiming, at: Date, timeZone: string): Date {
  return occurrence(timing, at, timeZone, -1);
}
