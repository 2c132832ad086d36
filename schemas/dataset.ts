import type { FromSchema, JSONSchema } from 'json-schema-to-ts';

/** `<plugin>.<key>`, `core.<key>` or `form.<formId>`. */
export const datasetKey = { type: 'string', pattern: '^[a-z][a-z0-9-]{0,39}\\.[a-z0-9][a-z0-9-]{0,39}$' } as const;
export const datasetKeyParams = {
  type: 'object',
  additionalProperties: false,
  required: ['key'],
  properties: { key: datasetKey },
} as const satisfies JSONSchema;

const fieldRef = { type: 'string', minLength: 1, maxLength: 80 } as const;
export const timeGrains = ['day', 'week', 'month', 'quarter', 'year'] as const;
/** `ratio` is sum(field) / sum(over), e.g. read by recipients: a fraction (column type `ratio`), empty where `over` sums to 0. */
export const measureOps = ['count', 'count-distinct', 'sum', 'avg', 'min', 'max', 'ratio'] as const;
export const filterOps = ['eq', 'ne', 'in', 'gte', 'lte', 'within'] as const;
/** Periods a `within` filter names relative to now, in the company's time zone (weeks start on Monday). */
export const relativePeriods = [
  'today',
  'yesterday',
  'last-7-days',
  'last-30-days',
  'this-week',
  'last-week',
  'this-month',
  'last-month',
  'this-quarter',
  'last-quarter',
  'this-year',
  'last-year',
] as const;
export type RelativePeriod = (typeof relativePeriods)[number];
const scalar = { type: ['string', 'number', 'boolean'], maxLength: 200 } as const;

/** One condition on a dataset field. */
export const datasetFilter = {
  type: 'object',
  additionalProperties: false,
  required: ['field', 'op', 'value'],
  properties: {
    field: fieldRef,
    op: { type: 'string', enum: filterOps },
    value: { anyOf: [scalar, { type: 'array', minItems: 1, maxItems: 100, items: scalar }] },
  },
} as const satisfies JSONSchema;
export type DatasetFilter = FromSchema<typeof datasetFilter>;

export const datasetDimension = {
  type: 'object',
  additionalProperties: false,
  required: ['field'],
  properties: { field: fieldRef, grain: { type: 'string', enum: timeGrains } },
} as const satisfies JSONSchema;
export type DatasetDimension = FromSchema<typeof datasetDimension>;

/** What to compute over a dataset: groups, measures, filters, order and a row limit. */
export const datasetQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['measures'],
  properties: {
    dimensions: { type: 'array', maxItems: 3, items: datasetDimension },
    measures: {
      type: 'array',
      minItems: 1,
      maxItems: 10,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['op'],
        properties: { op: { type: 'string', enum: measureOps }, field: fieldRef, over: fieldRef },
      },
    },
    filters: { type: 'array', maxItems: 20, items: datasetFilter },
    /** By result column: `d0`… for dimensions, `m0`… for measures. */
    sort: {
      type: 'array',
      maxItems: 4,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['column'],
        properties: { column: { type: 'string', pattern: '^[dm][0-9]$' }, direction: { type: 'string', enum: ['asc', 'desc'] } },
      },
    },
    limit: { type: 'integer', minimum: 1, maximum: 10000, default: 1000 },
  },
} as const satisfies JSONSchema;
export type DatasetQuery = FromSchema<typeof datasetQuery>;

export const datasetSources = ['core', 'plugin', 'form'] as const;

const fieldType = { type: 'string', enum: ['string', 'number', 'money', 'boolean', 'date', 'time', 'option'] } as const;
const labels = { type: 'object', additionalProperties: { type: 'string' } } as const;

export const datasetSummary = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'title', 'source'],
  properties: { key: { type: 'string' }, title: { type: 'string' }, source: { type: 'string', enum: datasetSources } },
} as const satisfies JSONSchema;

export const datasetList = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: { items: { type: 'array', items: datasetSummary } },
} as const satisfies JSONSchema;

export const datasetView = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'title', 'source', 'fields'],
  properties: {
    ...datasetSummary.properties,
    fields: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'title', 'type'],
        properties: { key: { type: 'string' }, title: { type: 'string' }, type: fieldType, labels },
      },
    },
  },
} as const satisfies JSONSchema;

export const datasetResult = {
  type: 'object',
  additionalProperties: false,
  required: ['columns', 'rows', 'truncated'],
  properties: {
    columns: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'kind', 'title', 'type'],
        properties: {
          key: { type: 'string' },
          kind: { type: 'string', enum: ['dimension', 'measure'] },
          field: { type: 'string' },
          title: { type: 'string' },
          type: { type: 'string' },
          grain: { type: 'string' },
          op: { type: 'string' },
          /** For a ratio: the field it is divided by. */
          over: { type: 'string' },
          labels,
        },
      },
    },
    /** One array per group, in column order: time buckets as `YYYY-MM-DD`, money in fen, counts as numbers. */
    rows: { type: 'array', items: { type: 'array', items: {} } },
    /** More groups than the limit existed. */
    truncated: { type: 'boolean' },
    /** For a report comparing with the previous period: the same query with every relative period one period back. */
    previous: {
      type: 'object',
      additionalProperties: false,
      required: ['rows', 'truncated'],
      properties: { rows: { type: 'array', items: { type: 'array', items: {} } }, truncated: { type: 'boolean' } },
    },
  },
} as const satisfies JSONSchema;
export type DatasetResult = FromSchema<typeof datasetResult>;
