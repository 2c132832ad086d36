import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { email, nullableTimestamp, pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';

export const scheduleFrequencies = ['daily', 'weekly', 'monthly'] as const;
export const scheduleFormats = ['csv', 'xlsx', 'pdf'] as const;
export const scheduleRunStatuses = ['running', 'delivered', 'partly-delivered', 'failed'] as const;

/** Who gets a run: members of the company (message center and their e-mail) and other addresses (e-mail only). */
export const scheduleRecipients = {
  type: 'object',
  additionalProperties: false,
  required: ['userIds'],
  properties: {
    userIds: { type: 'array', maxItems: 100, uniqueItems: true, items: uuid },
    emails: { type: 'array', maxItems: 20, uniqueItems: true, items: email },
  },
} as const satisfies JSONSchema;

const mutable = {
  frequency: { type: 'string', enum: scheduleFrequencies },
  /** A time of day, `HH:mm`, in the company's time zone. */
  time: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
  /** Weekly only: 1 = Monday … 7 = Sunday. */
  weekday: { type: 'integer', minimum: 1, maximum: 7 },
  /** Monthly only: 1–28, so every month has the day. */
  dayOfMonth: { type: 'integer', minimum: 1, maximum: 28 },
  format: { type: 'string', enum: scheduleFormats },
  recipients: scheduleRecipients,
  enabled: { type: 'boolean' },
} as const;

export const reportScheduleCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['reportId', 'frequency', 'time', 'format', 'recipients'],
  properties: { reportId: uuid, ...mutable },
} as const satisfies JSONSchema;
export type ReportScheduleCreate = FromSchema<typeof reportScheduleCreate>;

/** A change; `weekday`/`dayOfMonth` may be null to drop them when the frequency changes. */
export const reportScheduleUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    ...mutable,
    weekday: { type: ['integer', 'null'], minimum: 1, maximum: 7 },
    dayOfMonth: { type: ['integer', 'null'], minimum: 1, maximum: 28 },
  },
} as const satisfies JSONSchema;
export type ReportScheduleUpdate = FromSchema<typeof reportScheduleUpdate>;

export const reportScheduleView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'reportId', 'frequency', 'time', 'format', 'recipients', 'enabled', 'createdBy', 'createdAt', 'updatedAt', 'nextRunAt', 'lastRun'],
  properties: {
    id: uuid,
    reportId: uuid,
    frequency: { type: 'string', enum: scheduleFrequencies },
    time: { type: 'string' },
    weekday: { type: 'integer' },
    dayOfMonth: { type: 'integer' },
    format: { type: 'string', enum: scheduleFormats },
    recipients: {
      type: 'object',
      additionalProperties: false,
      required: ['userIds', 'emails'],
      properties: { userIds: { type: 'array', items: uuid }, emails: { type: 'array', items: { type: 'string' } } },
    },
    enabled: { type: 'boolean' },
    createdBy: uuid,
    createdAt: timestamp,
    updatedAt: timestamp,
    /** When it runs next, in UTC (computed from the fields and the company's time zone); null when disabled. */
    nextRunAt: nullableTimestamp,
    /** The newest run (by when it started), or null before the first. */
    lastRun: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['id', 'status', 'startedAt'],
      properties: { id: uuid, status: { type: 'string', enum: scheduleRunStatuses }, startedAt: timestamp },
    },
  },
} as const satisfies JSONSchema;
export type ReportScheduleView = FromSchema<typeof reportScheduleView>;

export const reportScheduleListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...pageQueryProperties, reportId: uuid },
} as const satisfies JSONSchema;

export const reportSchedulePage = pageOf(reportScheduleView);

/** Why a run failed, in the reader's language. */
const runProblem = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['code', 'title', 'detail'],
  properties: { code: { type: 'string' }, title: { type: 'string' }, detail: { type: 'string' } },
} as const;

export const reportScheduleRunView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'scheduledFor', 'startedAt', 'finishedAt', 'status', 'attempts', 'fileId', 'messages', 'mails', 'problem'],
  properties: {
    id: uuid,
    scheduledFor: timestamp,
    startedAt: timestamp,
    finishedAt: nullableTimestamp,
    status: { type: 'string', enum: scheduleRunStatuses },
    /** How many times the run was tried (a failed try is retried with a growing delay). */
    attempts: { type: 'integer' },
    fileId: { type: ['string', 'null'], format: 'uuid' },
    /** Messages posted to members' message centers. */
    messages: { type: 'integer' },
    /** The run's e-mails by outcome, and the SMTP attempts they took (retried with a growing delay). */
    mails: {
      type: 'object',
      additionalProperties: false,
      required: ['sent', 'failed', 'pending', 'attempts'],
      properties: { sent: { type: 'integer' }, failed: { type: 'integer' }, pending: { type: 'integer' }, attempts: { type: 'integer' } },
    },
    problem: runProblem,
  },
} as const satisfies JSONSchema;
export type ReportScheduleRunView = FromSchema<typeof reportScheduleRunView>;

export const reportScheduleRunPage = pageOf(reportScheduleRunView);

export const reportScheduleRunsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...pageQueryProperties },
} as const satisfies JSONSchema;

export const reportScheduleRunAccepted = {
  type: 'object',
  additionalProperties: false,
  required: ['runId'],
  properties: { runId: uuid },
} as const satisfies JSONSchema;
