import { describe, expect, it } from 'vitest';
import { latestScheduleRun, nextScheduleRun, scheduleCron, type ScheduleTiming } from '../../core/reports/schedules/schedule-timing.ts';

const daily: ScheduleTiming = { frequency: 'daily', time: '08:00' };
const weekly: ScheduleTiming = { frequency: 'weekly', time: '09:30', weekday: 7 };
const monthly: ScheduleTiming = { frequency: 'monthly', time: '23:45', dayOfMonth: 28 };

describe('schedule timing', () => {
  it('writes the cron pg-boss runs (Sunday is 0 in cron, 7 in a schedule)', () => {
    expect(scheduleCron(daily)).toBe('0 8 * * *');
    expect(scheduleCron(weekly)).toBe('30 9 * * 0');
    expect(scheduleCron({ ...weekly, weekday: 1 })).toBe('30 9 * * 1');
    expect(scheduleCron(monthly)).toBe('45 23 28 * *');
  });

  it.each([
    // [timing, time zone, now, next, latest at or before now]
    [daily, 'Asia/Shanghai', '2026-03-31T23:59:59Z', '2026-04-01T00:00:00Z', '2026-03-31T00:00:00Z'],
    [daily, 'Asia/Shanghai', '2026-04-01T00:00:00Z', '2026-04-02T00:00:00Z', '2026-04-01T00:00:00Z'],
    [daily, 'UTC', '2026-04-01T07:59:00Z', '2026-04-01T08:00:00Z', '2026-03-31T08:00:00Z'],
    // 2026-04-05 is a Sunday
    [weekly, 'Asia/Shanghai', '2026-04-01T00:00:00Z', '2026-04-05T01:30:00Z', '2026-03-29T01:30:00Z'],
    [monthly, 'Asia/Shanghai', '2026-02-28T15:45:00Z', '2026-03-28T15:45:00Z', '2026-02-28T15:45:00Z'],
    // New York moves to daylight time on 2026-03-08: 08:00 is 13:00 UTC before, 12:00 UTC after
    [daily, 'America/New_York', '2026-03-07T14:00:00Z', '2026-03-08T12:00:00Z', '2026-03-07T13:00:00Z'],
    // west of UTC the local day differs from the UTC one
    [{ frequency: 'monthly', time: '20:00', dayOfMonth: 1 } as const, 'Etc/GMT+12', '2026-04-02T07:00:00Z', '2026-04-02T08:00:00Z', '2026-03-02T08:00:00Z'],
  ])('%o in %s at %s: next %s, latest %s', (timing, timeZone, now, next, latest) => {
    expect(nextScheduleRun(timing, new Date(now), timeZone).toISOString()).toBe(new Date(next).toISOString());
    expect(latestScheduleRun(timing, new Date(now), timeZone).toISOString()).toBe(new Date(latest).toISOString());
  });

  it('is always after now (next) and never after it (latest), with the day and time asked for', () => {
    const zones = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/Berlin', 'Pacific/Kiritimati', 'Etc/GMT+12'];
    const timings: ScheduleTiming[] = [daily, weekly, monthly, { frequency: 'weekly', time: '00:00', weekday: 1 }, { frequency: 'monthly', time: '02:30', dayOfMonth: 1 }];
    for (let i = 0; i < 100; i++) {
      const now = new Date(Date.UTC(2026, 0, 1) + i * 89 * 3_600_000 + i * 7 * 60_000);
      for (const timeZone of zones) {
        for (const timing of timings) {
          const next = nextScheduleRun(timing, now, timeZone);
          const latest = latestScheduleRun(timing, now, timeZone);
          expect(next.getTime()).toBeGreaterThan(now.getTime());
          expect(latest.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(next.getTime() - latest.getTime()).toBeLessThanOrEqual(31 * 86_400_000 + 3_600_000);
        }
      }
    }
  });
});
