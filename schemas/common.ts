import type { FromSchema, JSONSchema } from 'json-schema-to-ts';

export const uuid = { type: 'string', format: 'uuid' } as const;
export const timestamp = { type: 'string', format: 'date-time' } as const;
export const nullableTimestamp = { type: ['string', 'null'], format: 'date-time' } as const;
export const locale = { type: 'string', enum: ['zh-CN', 'en-US'] } as const;
export const email = { type: 'string', format: 'email', maxLength: 254 } as const;
/** Mainland China mobile numbers, optionally with +86. */
export const mobile = { type: 'string', pattern: '^(\\+86)?1[3-9][0-9]{9}$' } as const;
export const password = { type: 'string', minLength: 8, maxLength: 128 } as const;
export const displayName = { type: 'string', minLength: 1, maxLength: 60 } as const;

export const idParams = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: uuid },
} as const satisfies JSONSchema;
export type IdParams = FromSchema<typeof idParams>;

/** Query properties every list accepts; a list adds its own filters and its sort enum. */
export const pageQueryProperties = {
  page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
  pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
} as const;

/** `{ items, total, page, pageSize }` around an item schema. */
export function pageOf<const Item extends JSONSchema>(item: Item) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['items', 'total', 'page', 'pageSize'],
    properties: {
      items: { type: 'array', items: item },
      total: { type: 'integer' },
      page: { type: 'integer' },
      pageSize: { type: 'integer' },
    },
  } as const;
}

export const problem = {
  $id: 'problem',
  type: 'object',
  required: ['type', 'code', 'title', 'status'],
  properties: {
    type: { type: 'string' },
    code: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['pointer', 'code', 'message'],
        properties: { pointer: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const satisfies JSONSchema;
export type Problem = FromSchema<typeof problem>;
