import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { pageOf, pageQueryProperties, timestamp } from './common.ts';

/**
 * An option set's key: lower-case, 2–40 characters. A company's own sets use letters, digits, `-` and
 * `_`; a set a module declares is `<module>.<name>` (the dot is reserved for modules, so a company's key
 * never collides with a module's).
 */
export const optionSetKey = {
  type: 'string',
  minLength: 2,
  maxLength: 40,
  pattern: '^[a-z][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)?$',
} as const;
/** A key a company may create: no dot. */
export const ownOptionSetKey = { type: 'string', minLength: 2, maxLength: 40, pattern: '^[a-z][a-z0-9_-]*$' } as const;

/**
 * An option's value: what records store, so it never changes once created. 1–64 characters, starting
 * with a letter, digit or `_` (never a spreadsheet formula character), no control characters, no `/`,
 * no trailing space.
 */
export const optionValue = {
  type: 'string',
  minLength: 1,
  maxLength: 64,
  pattern: '^[\\p{L}\\p{N}_](?:[^\\p{Cc}/]*[^\\p{Cc}/\\s])?$',
} as const;
const parentValue = { ...optionValue, type: ['string', 'null'] } as const;
/** `#rrggbb`; stored in lower case. */
export const optionColor = { type: ['string', 'null'], pattern: '^#[0-9a-fA-F]{6}$' } as const;
const sortOrder = { type: 'integer', minimum: 0, maximum: 100000 } as const;

/** zh-CN is required; an empty en-US means "show the zh-CN text". */
export const optionText = {
  type: 'object',
  additionalProperties: false,
  required: ['zh-CN'],
  properties: {
    'zh-CN': { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' },
    'en-US': { type: 'string', maxLength: 100 },
  },
} as const;
const optionTextView = {
  type: 'object',
  additionalProperties: false,
  required: ['zh-CN', 'en-US'],
  properties: { 'zh-CN': { type: 'string' }, 'en-US': { type: 'string' } },
} as const;

export const optionSetKeyParams = {
  type: 'object',
  additionalProperties: false,
  required: ['key'],
  properties: { key: optionSetKey },
} as const satisfies JSONSchema;

export const optionParams = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'value'],
  properties: { key: optionSetKey, value: optionValue },
} as const satisfies JSONSchema;

/** One option as the API shows it; the set's `options` list them parents first, siblings in order. */
export const optionView = {
  type: 'object',
  additionalProperties: false,
  required: ['value', 'parentValue', 'label', 'color', 'sortOrder', 'disabled', 'declared', 'depth'],
  properties: {
    value: { type: 'string' },
    parentValue: { type: ['string', 'null'] },
    label: optionTextView,
    color: { type: ['string', 'null'] },
    sortOrder: { type: 'integer' },
    /** A disabled option stays on the records that hold it but is no longer offered. */
    disabled: { type: 'boolean' },
    /** Declared by the set's module: it can be relabelled or disabled, not deleted. */
    declared: { type: 'boolean' },
    /** 0 for a top-level option. */
    depth: { type: 'integer' },
  },
} as const satisfies JSONSchema;
export type OptionView = FromSchema<typeof optionView>;

const optionSetSummaryProperties = {
  key: { type: 'string' },
  name: optionTextView,
  /** The module that declared the set, or null for the company's own. */
  plugin: { type: ['string', 'null'] },
  /** The module's title in the reader's language (its name when the module is no longer installed). */
  pluginTitle: { type: ['string', 'null'] },
  /** Declared by an installed module: cannot be deleted. */
  builtIn: { type: 'boolean' },
  optionCount: { type: 'integer' },
  createdAt: timestamp,
  updatedAt: timestamp,
} as const;
const optionSetSummaryRequired = ['key', 'name', 'plugin', 'pluginTitle', 'builtIn', 'optionCount', 'createdAt', 'updatedAt'] as const;

export const optionSetSummary = {
  type: 'object',
  additionalProperties: false,
  required: optionSetSummaryRequired,
  properties: optionSetSummaryProperties,
} as const satisfies JSONSchema;
export type OptionSetSummary = FromSchema<typeof optionSetSummary>;
export const optionSetPage = pageOf(optionSetSummary);

export const optionSetView = {
  type: 'object',
  additionalProperties: false,
  required: [...optionSetSummaryRequired, 'options'],
  properties: { ...optionSetSummaryProperties, options: { type: 'array', items: optionView } },
} as const satisfies JSONSchema;
export type OptionSetView = FromSchema<typeof optionSetView>;

export const optionSetListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...pageQueryProperties,
    /** Matches the key and both names. */
    q: { type: 'string', maxLength: 100 },
    /** `own`: the company's sets; `plugin`: sets modules declared. */
    source: { type: 'string', enum: ['own', 'plugin'] },
    sort: { type: 'string', enum: ['key', '-key', 'updatedAt', '-updatedAt'], default: 'key' },
  },
} as const satisfies JSONSchema;
export type OptionSetListQuery = FromSchema<typeof optionSetListQuery>;

export const optionSetCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'name'],
  properties: { key: ownOptionSetKey, name: optionText },
} as const satisfies JSONSchema;
export type OptionSetCreate = FromSchema<typeof optionSetCreate>;

export const optionSetUpdate = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { name: optionText },
} as const satisfies JSONSchema;
export type OptionSetUpdate = FromSchema<typeof optionSetUpdate>;

export const optionCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['value', 'label'],
  properties: {
    value: optionValue,
    label: optionText,
    /** Null or absent: a top-level option. */
    parentValue,
    color: optionColor,
    /** Absent: after its siblings. */
    sortOrder,
    disabled: { type: 'boolean' },
  },
} as const satisfies JSONSchema;
export type OptionCreate = FromSchema<typeof optionCreate>;

/** Everything but the value, which never changes. */
export const optionUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { label: optionText, parentValue, color: optionColor, sortOrder, disabled: { type: 'boolean' } },
} as const satisfies JSONSchema;
export type OptionUpdate = FromSchema<typeof optionUpdate>;

/** The new order of one parent's children: every child, each once. */
export const optionReorder = {
  type: 'object',
  additionalProperties: false,
  required: ['parentValue', 'values'],
  properties: {
    parentValue,
    values: { type: 'array', items: optionValue, minItems: 1, maxItems: 2000, uniqueItems: true },
  },
} as const satisfies JSONSchema;
export type OptionReorder = FromSchema<typeof optionReorder>;

/** One option in an exchange file (JSON export, import); the XLSX sheet has the same columns. */
export const optionFileRow = {
  type: 'object',
  additionalProperties: false,
  required: ['value', 'label'],
  properties: {
    value: optionValue,
    parentValue,
    label: optionText,
    color: optionColor,
    sortOrder,
    disabled: { type: 'boolean' },
  },
} as const satisfies JSONSchema;
export type OptionFileRow = FromSchema<typeof optionFileRow>;

/** The JSON exchange file: what `export?format=json` answers and `import` reads back. */
export const optionSetFile = {
  type: 'object',
  additionalProperties: false,
  required: ['options'],
  properties: {
    format: { type: 'string', enum: ['tessera.option-set'] },
    version: { type: 'integer', enum: [1] },
    key: optionSetKey,
    name: optionText,
    options: { type: 'array', items: optionFileRow, maxItems: 2000 },
  },
} as const satisfies JSONSchema;
export type OptionSetFile = FromSchema<typeof optionSetFile>;

export const optionSetExportQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { format: { type: 'string', enum: ['json', 'xlsx'], default: 'json' } },
} as const satisfies JSONSchema;

/**
 * An import: `format: 'json'` with the exchange file in `set`, or `format: 'xlsx'` with the workbook as
 * base64 in `content` (the API takes JSON bodies only). `preview: true` checks and reports without saving.
 */
export const optionSetImport = {
  type: 'object',
  additionalProperties: false,
  required: ['format'],
  properties: {
    format: { type: 'string', enum: ['json', 'xlsx'] },
    preview: { type: 'boolean', default: false },
    set: optionSetFile,
    content: { type: 'string', minLength: 1, maxLength: 4_000_000, pattern: '^[A-Za-z0-9+/=\\s]+$' },
  },
} as const satisfies JSONSchema;
export type OptionSetImport = FromSchema<typeof optionSetImport>;

export const optionSetImportResult = {
  type: 'object',
  additionalProperties: false,
  required: ['applied', 'added', 'relabelled', 'unchanged'],
  properties: {
    /** False for a preview: nothing was saved. */
    applied: { type: 'boolean' },
    /** Values of the options the import adds. */
    added: { type: 'array', items: { type: 'string' } },
    /** Values of existing options whose label or color it changes. */
    relabelled: { type: 'array', items: { type: 'string' } },
    /** How many rows matched an existing option exactly. */
    unchanged: { type: 'integer' },
  },
} as const satisfies JSONSchema;
export type OptionSetImportResult = FromSchema<typeof optionSetImportResult>;
