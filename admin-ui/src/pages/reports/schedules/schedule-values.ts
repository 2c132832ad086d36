import { email as emailSchema } from '@tessera/schemas/common';
import { scheduleFormats, scheduleFrequencies, scheduleRecipients } from '@tessera/schemas/report-schedule';
import type { Dayjs } from 'dayjs';
import { withFieldPointers } from '../../../api/with-field-pointers.ts';
import { dayjs } from '../../../format/dayjs-setup.ts';
import type { ReportScheduleCreate, ReportScheduleUpdate, ReportScheduleView } from './schedules-api.ts';

export { scheduleFormats, scheduleFrequencies };
export type ScheduleFrequency = (typeof scheduleFrequencies)[number];
export type ScheduleFormat = (typeof scheduleFormats)[number];

/** 1 = Monday … 7 = Sunday, as the server counts them. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
/** 1–28, so every month has the day. */
export const daysOfMonth = Array.from({ length: 28 }, (_, i) => i + 1);
/** The server takes at most this many extra addresses. */
export const maxEmails = scheduleRecipients.properties.emails.maxItems;
export const timeFormat = 'HH:mm';

/** `HH:mm` as the time picker's value (today's date; only the time of day is read back). */
export function timeOf(text: string): Dayjs {
  const [hour = 8, minute = 0] = text.split(':').map(Number);
  return dayjs().startOf('day').hour(hour).minute(minute);
}

/**
 * The form's values. Weekday and day of month keep a value whatever the frequency, so switching back
 * and forth does not lose them; only the one the frequency uses is sent.
 */
export interface ScheduleFormValues {
  frequency: ScheduleFrequency;
  weekday: number;
  dayOfMonth: number;
  time: Dayjs | null;
  format: ScheduleFormat;
  userIds: string[];
  emails: string[];
  enabled: boolean;
}

/** Form fields a server problem can be shown under (after `withFormPointers`). */
export const problemFields = ['frequency', 'weekday', 'dayOfMonth', 'time', 'format', 'userIds', 'emails', 'enabled'] as const;

/** A new schedule: daily at 08:00 (Mondays when made weekly, the 1st when monthly), as Excel, on. */
export function formValuesOf(schedule: ReportScheduleView | undefined): ScheduleFormValues {
  return {
    frequency: schedule?.frequency ?? 'daily',
    weekday: schedule?.weekday ?? 1,
    dayOfMonth: schedule?.dayOfMonth ?? 1,
    time: timeOf(schedule?.time ?? '08:00'),
    format: schedule?.format ?? 'xlsx',
    userIds: [...(schedule?.recipients.userIds ?? [])],
    emails: [...(schedule?.recipients.emails ?? [])],
    enabled: schedule?.enabled ?? true,
  };
}

/** Typed addresses trimmed, empty ones dropped, each once. */
export function normalizeEmails(emails: readonly string[]): string[] {
  return [...new Set(emails.map((email) => email.trim()).filter((email) => email !== ''))];
}

// A plain shape check for the person typing; the server's format check stays the judge.
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The typed addresses that are not e-mail addresses. */
export function invalidEmails(emails: readonly string[]): string[] {
  return normalizeEmails(emails).filter((email) => !emailShape.test(email) || email.length > emailSchema.maxLength);
}

function commonBody(values: ScheduleFormValues) {
  return {
    frequency: values.frequency,
    time: (values.time ?? timeOf('08:00')).format(timeFormat),
    format: values.format,
    recipients: { userIds: [...values.userIds], emails: normalizeEmails(values.emails) },
    enabled: values.enabled,
  };
}

export function createBodyOf(reportId: string, values: ScheduleFormValues): ReportScheduleCreate {
  return {
    reportId,
    ...commonBody(values),
    ...(values.frequency === 'weekly' ? { weekday: values.weekday } : {}),
    ...(values.frequency === 'monthly' ? { dayOfMonth: values.dayOfMonth } : {}),
  };
}

/** The whole schedule; a weekday or day of month the frequency does not use is cleared (null). */
export function updateBodyOf(values: ScheduleFormValues): ReportScheduleUpdate {
  return {
    ...commonBody(values),
    weekday: values.frequency === 'weekly' ? values.weekday : null,
    dayOfMonth: values.frequency === 'monthly' ? values.dayOfMonth : null,
  };
}

/**
 * The form field a body pointer names: recipients' members and addresses have a picker each, and "no
 * recipient at all" (`/body/recipients`) shows under the members picker, where one starts.
 */
export function formFieldOfPointer(pointer: string): string | undefined {
  const [root, field, member] = pointer.split('/').slice(1);
  if (root !== 'body' || field === undefined) return undefined;
  if (field !== 'recipients') return (problemFields as readonly string[]).includes(field) ? field : undefined;
  if (member === 'emails') return 'emails';
  return 'userIds';
}

/**
 * The error with its field problems pointing at the form's fields (`/body/<form field>`), for
 * `useShowProblem`; a problem no field shows (an unknown report) keeps its pointer and goes into the message.
 */
export function withFormPointers(error: unknown): unknown {
  return withFieldPointers(error, formFieldOfPointer);
}
