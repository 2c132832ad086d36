import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { optionSetKey, optionText } from './option-set.ts';
import { timestamp, uuid } from './common.ts';

/** What a custom field holds; each type is one JSON Schema shape (see core/forms/custom-fields/custom-field-schema.ts). */
export const customFieldTypes = [
  'text',
  'textarea',
  'integer',
  'number',
  'money',
  'date',
  'date-time',
  'boolean',
  'option',
  'options',
] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

/** `<plugin>.<resource>`, e.g. `announcements.announcements`. */
export const customFieldResource = {
  type: 'string',
  minLength: 3,
  maxLength: 81,
  pattern: '^[a-z][a-z0-9-]{0,39}\\.[a-z][a-z0-9-]{0,39}$',
} as const;

/**
 * The key values are stored under in the record's `custom` object, and what field rules name as
 * `custom.<key>`: a letter, then letters and digits (camelCase), at most 40. It never changes.
 */
export const customFieldKey = { type: 'string', pattern: '^[a-z][a-zA-Z0-9]{0,39}$' } as const;

/** Checks beyond the type; only those that fit the type are accepted. */
const constraints = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minLength: { type: 'integer', minimum: 0, maximum: 5000 },
    maxLength: { type: 'integer', minimum: 1, maximum: 5000 },
    pattern: { type: 'string', minLength: 1, maxLength: 200 },
    minimum: { type: 'number' },
    maximum: { type: 'number' },
  },
} as const satisfies JSONSchema;

const mutable = {
  title: optionText,
  description: { type: 'object', additionalProperties: false, properties: { 'zh-CN': { type: 'string', maxLength: 200 }, 'en-US': { type: 'string', maxLength: 200 } } },
  required: { type: 'boolean' },
  constraints,
  /** Shown as a list column by default. */
  inList: { type: 'boolean' },
  sortOrder: { type: 'integer', minimum: 0, maximum: 100000 },
  /** A disabled field keeps its stored values but is neither shown nor written. */
  disabled: { type: 'boolean' },
} as const;

export const customFieldCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['resource', 'key', 'title', 'type'],
  properties: {
    resource: customFieldResource,
    key: customFieldKey,
    type: { type: 'string', enum: customFieldTypes },
    /** For `option` and `options`: the option set the values come from. */
    optionSet: optionSetKey,
    ...mutable,
  },
} as const satisfies JSONSchema;
export type CustomFieldCreate = FromSchema<typeof customFieldCreate>;

/** Everything but the resource, key, type and option set, which stored values depend on. */
export const customFieldUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: mutable,
} as const satisfies JSONSchema;
export type CustomFieldUpdate = FromSchema<typeof customFieldUpdate>;

const localized = {
  type: 'object',
  additionalProperties: false,
  required: ['zh-CN', 'en-US'],
  properties: { 'zh-CN': { type: 'string' }, 'en-US': { type: 'string' } },
} as const;

export const customFieldView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'resource', 'key', 'type', 'optionSet', 'title', 'description', 'required', 'constraints', 'inList', 'sortOrder', 'disabled', 'createdAt', 'updatedAt'],
  properties: {
    id: uuid,
    resource: { type: 'string' },
    key: { type: 'string' },
    type: { type: 'string', enum: customFieldTypes },
    optionSet: { type: ['string', 'null'] },
    title: localized,
    description: localized,
    required: { type: 'boolean' },
    constraints,
    inList: { type: 'boolean' },
    sortOrder: { type: 'integer' },
    disabled: { type: 'boolean' },
    createdAt: timestamp,
    updatedAt: timestamp,
  },
} as const satisfies JSONSchema;
export type CustomFieldView = FromSchema<typeof customFieldView>;

export const customFieldListQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['resource'],
  properties: { resource: customFieldResource },
} as const satisfies JSONSchema;

export const customFieldList = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: { items: { type: 'array', items: customFieldView } },
} as const satisfies JSONSchema;

/** A resource custom fields can be added to, in the reader's language. */
export const customizableResource = {
  type: 'object',
  additionalProperties: false,
  required: ['resource', 'plugin', 'pluginTitle', 'title', 'fieldCount'],
  properties: {
    resource: { type: 'string' },
    plugin: { type: 'string' },
    pluginTitle: { type: 'string' },
    title: { type: 'string' },
    fieldCount: { type: 'integer' },
  },
} as const satisfies JSONSchema;

export const customizableResourceList = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: { items: { type: 'array', items: customizableResource } },
} as const satisfies JSONSchema;
