import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { roleKey } from './access.ts';
import { pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';
import { datasetResult } from './dataset.ts';
import { reportView } from './report.ts';

const key = { type: 'string', pattern: '^[a-z][a-z0-9-]{0,39}$' } as const;

/** A saved report placed on the dashboard's 24-column grid. */
export const dashboardWidget = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'reportId', 'x', 'y', 'w', 'h'],
  properties: {
    key,
    reportId: uuid,
    x: { type: 'integer', minimum: 0, maximum: 23 },
    y: { type: 'integer', minimum: 0, maximum: 1000 },
    w: { type: 'integer', minimum: 1, maximum: 24 },
    h: { type: 'integer', minimum: 1, maximum: 40 },
  },
} as const satisfies JSONSchema;

/**
 * A filter the widgets share: a relative period (`period`, e.g. this month) or values (`value`, e.g. a
 * region), applied to each bound widget's field.
 */
export const dashboardFilter = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'title', 'type', 'bindings'],
  properties: {
    key,
    title: { type: 'string', minLength: 1, maxLength: 60 },
    type: { type: 'string', enum: ['period', 'value'] },
    bindings: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['widget', 'field'],
        properties: { widget: key, field: { type: 'string', minLength: 1, maxLength: 80 } },
      },
    },
  },
} as const satisfies JSONSchema;

const mutable = {
  title: { type: 'string', minLength: 1, maxLength: 120 },
  description: { type: 'string', maxLength: 2000 },
  widgets: { type: 'array', maxItems: 40, items: dashboardWidget },
  filters: { type: 'array', maxItems: 10, items: dashboardFilter },
  /** 0: no auto refresh; otherwise every so many seconds (30 s – 1 day). */
  refreshSeconds: { anyOf: [{ const: 0 }, { type: 'integer', minimum: 30, maximum: 86400 }] },
  /** Members holding one of these roles open this dashboard first. */
  defaultForRoles: { type: 'array', maxItems: 50, uniqueItems: true, items: roleKey },
} as const;

export const dashboardCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['title'],
  properties: mutable,
} as const satisfies JSONSchema;
export type DashboardCreate = FromSchema<typeof dashboardCreate>;

export const dashboardUpdate = { type: 'object', additionalProperties: false, minProperties: 1, properties: mutable } as const satisfies JSONSchema;

export const dashboardView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'description', 'widgets', 'filters', 'refreshSeconds', 'defaultForRoles', 'createdBy', 'createdAt', 'updatedAt'],
  properties: {
    id: uuid,
    title: { type: 'string' },
    description: { type: 'string' },
    widgets: { type: 'array', items: dashboardWidget },
    filters: { type: 'array', items: dashboardFilter },
    refreshSeconds: { type: 'integer' },
    defaultForRoles: { type: 'array', items: { type: 'string' } },
    createdBy: uuid,
    createdAt: timestamp,
    updatedAt: timestamp,
  },
} as const satisfies JSONSchema;
export type DashboardView = FromSchema<typeof dashboardView>;

export const dashboardListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...pageQueryProperties, search: { type: 'string', minLength: 1, maxLength: 100 } },
} as const satisfies JSONSchema;

export const dashboardPage = pageOf({
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'defaultForRoles', 'updatedAt'],
  properties: { id: uuid, title: { type: 'string' }, defaultForRoles: { type: 'array', items: { type: 'string' } }, updatedAt: timestamp },
});

/** The shared filters' values: a period name for `period` filters, a value or list of values for `value` ones. */
export const dashboardRunBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    filters: {
      type: 'object',
      maxProperties: 10,
      propertyNames: key,
      additionalProperties: {
        anyOf: [
          { type: ['string', 'number', 'boolean'], maxLength: 200 },
          { type: 'array', minItems: 1, maxItems: 100, items: { type: ['string', 'number', 'boolean'], maxLength: 200 } },
        ],
      },
    },
  },
} as const satisfies JSONSchema;

const problemShape = {
  type: 'object',
  additionalProperties: true,
  required: ['code', 'title'],
  properties: { code: { type: 'string' }, title: { type: 'string' }, detail: { type: 'string' } },
} as const;

export const dashboardRun = {
  type: 'object',
  additionalProperties: false,
  required: ['dashboard', 'widgets'],
  properties: {
    dashboard: dashboardView,
    widgets: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key'],
        properties: { key: { type: 'string' }, report: reportView, result: datasetResult, problem: problemShape },
      },
    },
  },
} as const satisfies JSONSchema;
