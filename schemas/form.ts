import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { nullableTimestamp, pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const roleKey = { type: 'string', pattern: '^[a-z][a-z0-9_-]{1,39}$' } as const;

/** Who may fill a form in, how often, and when (checked on every submission). */
export const formSettings = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** One submission per member (a second is refused); otherwise as many as they like. */
    onePerUser: { type: 'boolean', default: false },
    opensAt: nullableTimestamp,
    closesAt: nullableTimestamp,
    /** Only members holding one of these roles may submit; empty: anyone who may create FormSubmission. */
    submitterRoles: { type: 'array', items: roleKey, maxItems: 50, uniqueItems: true, default: [] },
  },
} as const satisfies JSONSchema;
export type FormSettings = FromSchema<typeof formSettings>;

const title = { type: 'string', minLength: 1, maxLength: 120 } as const;
const description = { type: 'string', maxLength: 2000 } as const;

export const formCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'schema'],
  properties: { title, description, schema: anyObject, uiSchema: anyObject, settings: formSettings },
} as const satisfies JSONSchema;

export const formUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: formCreate.properties,
} as const satisfies JSONSchema;

export const formView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'description', 'schema', 'uiSchema', 'settings', 'latestVersion', 'draftChanged', 'createdAt', 'updatedAt'],
  properties: {
    id: uuid,
    title: { type: 'string' },
    description: { type: 'string' },
    /** The draft being edited; what members fill in is `latestVersion`'s. */
    schema: anyObject,
    uiSchema: anyObject,
    settings: anyObject,
    latestVersion: { type: ['integer', 'null'] },
    /** Whether the draft differs from the latest published version. */
    draftChanged: { type: 'boolean' },
    createdAt: timestamp,
    updatedAt: timestamp,
  },
} as const satisfies JSONSchema;

export const formListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...pageQueryProperties,
    search: { type: 'string', minLength: 1, maxLength: 100 },
    published: { type: 'boolean' },
  },
} as const satisfies JSONSchema;

export const formPage = pageOf({
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'latestVersion', 'draftChanged', 'updatedAt'],
  properties: { id: uuid, title: { type: 'string' }, latestVersion: { type: ['integer', 'null'] }, draftChanged: { type: 'boolean' }, updatedAt: timestamp },
});

export const formVersionView = {
  type: 'object',
  additionalProperties: false,
  required: ['formId', 'version', 'title', 'description', 'schema', 'uiSchema', 'settings', 'publishedAt'],
  properties: {
    formId: uuid,
    version: { type: 'integer' },
    title: { type: 'string' },
    description: { type: 'string' },
    schema: anyObject,
    uiSchema: anyObject,
    settings: anyObject,
    publishedAt: timestamp,
  },
} as const satisfies JSONSchema;

export const formVersionParams = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version'],
  properties: { id: uuid, version: { type: 'integer', minimum: 1, maximum: 100000 } },
} as const satisfies JSONSchema;

export const submissionCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['data'],
  properties: { data: anyObject },
} as const satisfies JSONSchema;

export const submissionStatus = { type: 'string', enum: ['submitted', 'reviewed', 'approved', 'rejected'] } as const;

export const submissionView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'formId', 'version', 'data', 'submitterId', 'status', 'submittedAt', 'updatedAt'],
  properties: {
    id: uuid,
    formId: uuid,
    /** The form version it was made against; it is validated and shown with that version's schema. */
    version: { type: 'integer' },
    data: anyObject,
    submitterId: uuid,
    status: submissionStatus,
    submittedAt: timestamp,
    updatedAt: timestamp,
  },
} as const satisfies JSONSchema;

export const submissionParams = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'submissionId'],
  properties: { id: uuid, submissionId: uuid },
} as const satisfies JSONSchema;

/** `field` is a top-level property of the form's data; the filter matches it exactly. */
export const submissionListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...pageQueryProperties,
    status: submissionStatus,
    version: { type: 'integer', minimum: 1 },
    submitterId: uuid,
    field: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]{0,63}$' },
    value: { type: 'string', maxLength: 200 },
    sort: { type: 'string', pattern: '^-?(submittedAt|data\\.[A-Za-z_][A-Za-z0-9_]{0,63})$', default: '-submittedAt' },
  },
} as const satisfies JSONSchema;

export const submissionPage = pageOf(submissionView);

export const submissionReview = {
  type: 'object',
  additionalProperties: false,
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['reviewed', 'approved', 'rejected'] },
    comment: { type: 'string', maxLength: 2000 },
  },
} as const satisfies JSONSchema;

export const submissionEdit = submissionCreate;

export const submissionEventList = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['authorId', 'status', 'comment', 'createdAt'],
        properties: { authorId: uuid, status: { type: ['string', 'null'] }, comment: { type: 'string' }, createdAt: timestamp },
      },
    },
  },
} as const satisfies JSONSchema;

export const submissionExportQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { format: { type: 'string', enum: ['csv', 'xlsx'], default: 'csv' }, status: submissionStatus },
} as const satisfies JSONSchema;
