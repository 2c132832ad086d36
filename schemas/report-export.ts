import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { nullableTimestamp, pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';
import { reportRunOptions } from './report.ts';

export const reportExportFormats = ['csv', 'xlsx', 'pdf'] as const;
export const reportExportStatuses = ['queued', 'running', 'done', 'failed'] as const;

/** An export of a saved report: the file format, and the same filters and dimensions a run takes (a drilled-down view). */
export const reportExportCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['format'],
  properties: { format: { type: 'string', enum: reportExportFormats }, ...reportRunOptions.properties },
} as const satisfies JSONSchema;
export type ReportExportCreate = FromSchema<typeof reportExportCreate>;

export const reportExportView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'reportId', 'format', 'status', 'progress', 'rowCount', 'file', 'problem', 'createdAt', 'finishedAt'],
  properties: {
    id: uuid,
    reportId: uuid,
    format: { type: 'string', enum: reportExportFormats },
    status: { type: 'string', enum: reportExportStatuses },
    /** Percent done, 0–100. */
    progress: { type: 'integer', minimum: 0, maximum: 100 },
    rowCount: { type: ['integer', 'null'] },
    /** The file to download from `GET /api/files/:id`, once done. */
    file: {
      anyOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'size'],
          properties: { id: uuid, name: { type: 'string' }, size: { type: 'integer' } },
        },
        { type: 'null' },
      ],
    },
    /** Why it failed, in the reader's language. */
    problem: {
      anyOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['code', 'title', 'detail'],
          properties: { code: { type: 'string' }, title: { type: 'string' }, detail: { type: 'string' } },
        },
        { type: 'null' },
      ],
    },
    createdAt: timestamp,
    finishedAt: nullableTimestamp,
  },
} as const satisfies JSONSchema;
export type ReportExportView = FromSchema<typeof reportExportView>;

export const reportExportListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...pageQueryProperties, reportId: uuid },
} as const satisfies JSONSchema;

export const reportExportPage = pageOf(reportExportView);
