import type { ReportScheduleView } from '@tessera/schemas/report-schedule';
import type { StoredSchedule } from './schedule-store.ts';
import { nextScheduleRun } from './schedule-timing.ts';

/** A schedule as shown: with when it runs next in the company's time zone (none while disabled). */
export function toScheduleView(schedule: StoredSchedule, timeZone: string, now: Date): ReportScheduleView {
  return { ...schedule, nextRunAt: schedule.enabled ? nextScheduleRun(schedule, now, timeZone).toISOString() : null };
}
