import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { dashboardFilter, dashboardView } from './dashboard.ts';
import { datasetKey, datasetQuery } from './dataset.ts';
import { reportChart, reportView } from './report.ts';

const localKey = { type: 'string', pattern: '^[a-z][a-z0-9-]{0,39}$' } as const;
const localizedText = {
  type: 'object',
  additionalProperties: false,
  required: ['zh-CN', 'en-US'],
  properties: { 'zh-CN': { type: 'string', minLength: 1, maxLength: 200 }, 'en-US': { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

/**
 * A report a module ships (报表模板) in its manifest, over one of its own datasets (named by its key
 * without the module's prefix); a company copies it into a report of its own and edits the copy.
 */
export const reportTemplateDeclaration = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'title', 'dataset', 'query', 'chart'],
  properties: { key: localKey, title: localizedText, description: localizedText, dataset: localKey, query: datasetQuery, chart: reportChart },
} as const satisfies JSONSchema;
export type ReportTemplateDeclaration = FromSchema<typeof reportTemplateDeclaration>;

/** A dashboard a module ships: its widgets are the module's report templates, copied with it. */
export const dashboardTemplateDeclaration = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'title', 'widgets'],
  properties: {
    key: localKey,
    title: localizedText,
    description: localizedText,
    widgets: {
      type: 'array',
      minItems: 1,
      maxItems: 40,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'report', 'x', 'y', 'w', 'h'],
        properties: {
          key: localKey,
          /** A report template of the same module (or of the core, for the core's dashboards). */
          report: localKey,
          x: { type: 'integer', minimum: 0, maximum: 23 },
          y: { type: 'integer', minimum: 0, maximum: 1000 },
          w: { type: 'integer', minimum: 1, maximum: 24 },
          h: { type: 'integer', minimum: 1, maximum: 40 },
        },
      },
    },
    /** Shared filters, titled in both languages; the bindings name the template's widget keys. */
    filters: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'title', 'type', 'bindings'],
        properties: { ...dashboardFilter.properties, title: localizedText },
      },
    },
    refreshSeconds: { anyOf: [{ const: 0 }, { type: 'integer', minimum: 30, maximum: 86400 }] },
  },
} as const satisfies JSONSchema;
export type DashboardTemplateDeclaration = FromSchema<typeof dashboardTemplateDeclaration>;

/** `<source>.<key>`: `core.` for the core's templates, the module's name for a module's. */
export const templateKeyParams = {
  type: 'object',
  additionalProperties: false,
  required: ['key'],
  properties: { key: datasetKey },
} as const satisfies JSONSchema;

const templateSummary = {
  key: { type: 'string' },
  source: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
} as const;

export const reportTemplateList = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'source', 'title', 'description', 'dataset', 'datasetTitle', 'chart'],
        properties: { ...templateSummary, dataset: { type: 'string' }, datasetTitle: { type: 'string' }, chart: { type: 'object', additionalProperties: true } },
      },
    },
  },
} as const satisfies JSONSchema;

export const dashboardTemplateList = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'source', 'title', 'description', 'widgetCount'],
        properties: { ...templateSummary, widgetCount: { type: 'integer' } },
      },
    },
  },
} as const satisfies JSONSchema;

/** A copy may take another title (the template's, in the copier's language, otherwise). */
export const templateCopy = {
  type: 'object',
  additionalProperties: false,
  properties: { title: { type: 'string', minLength: 1, maxLength: 120 } },
} as const satisfies JSONSchema;

export const reportTemplateCopied = reportView;

export const dashboardTemplateCopied = {
  type: 'object',
  additionalProperties: false,
  required: ['dashboard', 'reports'],
  properties: { dashboard: dashboardView, reports: { type: 'array', items: reportView } },
} as const satisfies JSONSchema;
