import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import {
  createBodyOf,
  formFieldOfPointer,
  formValuesOf,
  invalidEmails,
  normalizeEmails,
  type ScheduleFormValues,
  timeOf,
  updateBodyOf,
  withFormPointers,
} from './schedule-values.ts';
import type { ReportScheduleView } from './schedules-api.ts';

const member = '0190a000-0000-7000-8000-000000000001';
const saved: ReportScheduleView = {
  id: '0190a000-0000-7000-8000-0000000000aa',
  reportId: '0190a000-0000-7000-8000-0000000000bb',
  frequency: 'monthly',
  dayOfMonth: 15,
  time: '18:45',
  format: 'pdf',
  recipients: { userIds: [member], emails: ['finance@example.com'] },
  enabled: false,
  createdBy: member,
  createdAt: '2026-11-28T00:00:00.000Z',
  updatedAt: '2026-11-28T00:00:00.000Z',
  nextRunAt: null,
  lastRun: null,
};

const values = (patch: Partial<ScheduleFormValues>): ScheduleFormValues => ({ ...formValuesOf(undefined), ...patch });

describe('schedule form values', () => {
  it('starts a new schedule daily at 08:00 as Excel, on, with nobody picked', () => {
    const fresh = formValuesOf(undefined);
    expect({ ...fresh, time: fresh.time?.format('HH:mm') }).toEqual({
      frequency: 'daily',
      weekday: 1,
      dayOfMonth: 1,
      time: '08:00',
      format: 'xlsx',
      userIds: [],
      emails: [],
      enabled: true,
    });
  });

  it('reads a saved schedule back and sends it unchanged', () => {
    const read = formValuesOf(saved);
    expect(read.time?.format('HH:mm')).toBe('18:45');
    expect(updateBodyOf(read)).toEqual({
      frequency: 'monthly',
      time: '18:45',
      format: 'pdf',
      recipients: { userIds: [member], emails: ['finance@example.com'] },
      enabled: false,
      weekday: null,
      dayOfMonth: 15,
    });
  });

  it.each([
    ['daily', {}],
    ['weekly', { weekday: 3 }],
    ['monthly', { dayOfMonth: 28 }],
  ] as const)('sends only the day a %s schedule uses', (frequency, day) => {
    const body = createBodyOf(saved.reportId, values({ frequency, weekday: 3, dayOfMonth: 28, time: timeOf('09:05') }));
    expect(body).toEqual({
      reportId: saved.reportId,
      frequency,
      time: '09:05',
      format: 'xlsx',
      recipients: { userIds: [], emails: [] },
      enabled: true,
      ...day,
    });
  });

  it('clears the day a changed frequency no longer uses', () => {
    expect(updateBodyOf(values({ frequency: 'weekly', weekday: 7, dayOfMonth: 9 }))).toMatchObject({ weekday: 7, dayOfMonth: null });
    expect(updateBodyOf(values({ frequency: 'daily', weekday: 7, dayOfMonth: 9 }))).toMatchObject({ weekday: null, dayOfMonth: null });
  });

  it('trims typed addresses, drops empty ones and keeps each once', () => {
    expect(normalizeEmails([' a@example.com', 'a@example.com ', '', '  ', 'b@example.com'])).toEqual(['a@example.com', 'b@example.com']);
    expect(createBodyOf(saved.reportId, values({ emails: [' a@example.com', 'a@example.com'] })).recipients.emails).toEqual(['a@example.com']);
  });

  it('names the typed addresses that are not e-mail addresses', () => {
    expect(invalidEmails(['finance@example.com', 'finance', 'a b@example.com', '@example.com', 'x@y', `${'a'.repeat(250)}@example.com`])).toEqual([
      'finance',
      'a b@example.com',
      '@example.com',
      'x@y',
      `${'a'.repeat(250)}@example.com`,
    ]);
    expect(invalidEmails([])).toEqual([]);
  });
});

describe('where server problems show', () => {
  it.each([
    ['/body/time', 'time'],
    ['/body/weekday', 'weekday'],
    ['/body/dayOfMonth', 'dayOfMonth'],
    ['/body/format', 'format'],
    ['/body/recipients', 'userIds'],
    ['/body/recipients/userIds/1', 'userIds'],
    ['/body/recipients/emails/0', 'emails'],
    ['/body/reportId', undefined],
    ['/body', undefined],
    ['/query/reportId', undefined],
  ])('%s → %s', (pointer, field) => {
    expect(formFieldOfPointer(pointer)).toBe(field);
  });

  it('points field problems at the form and leaves the others for the message', () => {
    const error = new ApiError({
      code: 'validation-failed',
      title: '请求数据有误',
      status: 400,
      errors: [
        { pointer: '/body/recipients', code: 'no-recipients', message: '至少需要一位接收人（成员或邮箱）。' },
        { pointer: '/body/reportId', code: 'unknown-report', message: '没有这个报表。' },
      ],
    });
    const moved = withFormPointers(error);
    expect(moved).toBeInstanceOf(ApiError);
    expect((moved as ApiError).errors.map((problem) => problem.pointer)).toEqual(['/body/userIds', '/body/reportId']);
    expect((moved as ApiError).title).toBe('请求数据有误');
    const other = new Error('not an answer');
    expect(withFormPointers(other)).toBe(other);
  });
});
