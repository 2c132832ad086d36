import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';
import { datasetDimension, datasetFilter, datasetKey, datasetQuery, datasetResult } from './dataset.ts';

export const chartTypes = ['table', 'pivot', 'bar', 'line', 'area', 'pie', 'gauge', 'kpi'] as const;

/** How the result is drawn; the options are the chart's own (stacking, the gauge's maximum…). */
export const reportChart = {
  type: 'object',
  additionalProperties: false,
  required: ['type'],
  properties: {
    type: { type: 'string', enum: chartTypes },
    options: { type: 'object', maxProperties: 20, additionalProperties: { type: ['string', 'number', 'boolean'], maxLength: 200 } },
  },
} as const satisfies JSONSchema;
export type ReportChart = FromSchema<typeof reportChart>;

const title = { type: 'string', minLength: 1, maxLength: 120 } as const;
const description = { type: 'string', maxLength: 2000 } as const;

export const reportCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'dataset', 'query', 'chart'],
  properties: { title, description, dataset: datasetKey, query: datasetQuery, chart: reportChart },
} as const satisfies JSONSchema;
export type ReportCreate = FromSchema<typeof reportCreate>;

export const reportUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: reportCreate.properties,
} as const satisfies JSONSchema;

export const reportView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'description', 'dataset', 'query', 'chart', 'createdBy', 'createdAt', 'updatedAt'],
  properties: {
    id: uuid,
    title: { type: 'string' },
    description: { type: 'string' },
    dataset: { type: 'string' },
    query: { type: 'object', additionalProperties: true },
    chart: { type: 'object', additionalProperties: true },
    createdBy: uuid,
    createdAt: timestamp,
    updatedAt: timestamp,
  },
} as const satisfies JSONSchema;
export type ReportView = FromSchema<typeof reportView>;

export const reportListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...pageQueryProperties, search: { type: 'string', minLength: 1, maxLength: 100 }, dataset: datasetKey },
} as const satisfies JSONSchema;

export const reportPage = pageOf({
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'dataset', 'chart', 'updatedAt'],
  properties: { id: uuid, title: { type: 'string' }, dataset: { type: 'string' }, chart: { type: 'object', additionalProperties: true }, updatedAt: timestamp },
});

export const reportRun = {
  type: 'object',
  additionalProperties: false,
  required: ['report', 'result'],
  properties: { report: reportView, result: datasetResult },
} as const satisfies JSONSchema;

/**
 * A run's changes to the saved query: filters added to its own (a dashboard's shared filters, a drill-down's
 * chosen value) and dimensions in place of its own (drilling down to the next level).
 */
export const reportRunOptions = {
  type: 'object',
  additionalProperties: false,
  properties: {
    filters: { type: 'array', maxItems: 20, items: datasetFilter },
    dimensions: { type: 'array', maxItems: 3, items: datasetDimension },
  },
} as const satisfies JSONSchema;

/** The rows behind a report's numbers: its own filters and these (the value clicked), a page at a time. */
export const reportRecordsOptions = {
  type: 'object',
  additionalProperties: false,
  properties: {
    filters: { type: 'array', maxItems: 20, items: datasetFilter },
    page: { type: 'integer', minimum: 1, maximum: 10000, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
} as const satisfies JSONSchema;

export const reportRecords = {
  type: 'object',
  additionalProperties: false,
  required: ['columns', 'rows', 'total', 'page', 'pageSize'],
  properties: {
    columns: datasetResult.properties.columns,
    rows: datasetResult.properties.rows,
    total: { type: 'integer' },
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
  },
} as const satisfies JSONSchema;
