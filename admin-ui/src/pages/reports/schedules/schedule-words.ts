import type { MessageVars } from '../../../i18n/translate.ts';
import type { ReportScheduleView } from './schedules-api.ts';

type Translate = (key: string, vars?: MessageVars) => string;
type Timing = Pick<ReportScheduleView, 'frequency' | 'time' | 'weekday' | 'dayOfMonth'>;

export const weekdayName = (weekday: number, t: Translate) => t(`reportSchedules.weekday.${weekday}`);

/** When a schedule runs, in words: 每天 08:00 / 每周一 08:00 / 每月 1 日 08:00. */
export function frequencyWords(schedule: Timing, t: Translate): string {
  const { time } = schedule;
  if (schedule.frequency === 'weekly' && schedule.weekday !== undefined) {
    return t('reportSchedules.when.weekly', { weekday: weekdayName(schedule.weekday, t), time });
  }
  if (schedule.frequency === 'monthly' && schedule.dayOfMonth !== undefined) {
    return t('reportSchedules.when.monthly', { day: schedule.dayOfMonth, time });
  }
  return t('reportSchedules.when.daily', { time });
}

export interface RecipientLabel {
  key: string;
  label: string;
  kind: 'member' | 'email';
}

/**
 * The recipients as people read them: members by name (a member the reader cannot look up, or who
 * left, by a placeholder), then the extra addresses.
 */
export function recipientLabels(
  recipients: ReportScheduleView['recipients'],
  memberName: (id: string) => string | undefined,
  t: Translate,
): RecipientLabel[] {
  return [
    ...recipients.userIds.map((id) => ({ key: id, label: memberName(id) ?? t('reportSchedules.recipients.unknown-member'), kind: 'member' as const })),
    ...recipients.emails.map((email) => ({ key: email, label: email, kind: 'email' as const })),
  ];
}
