import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { roleKey } from './access.ts';
import { nullableTimestamp, pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';

export const apiTokenCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'role'],
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 80 },
    role: roleKey,
    expiresAt: { type: 'string', format: 'date-time' },
  },
} as const satisfies JSONSchema;
export type ApiTokenCreate = FromSchema<typeof apiTokenCreate>;

const apiTokenViewProperties = {
  id: uuid,
  name: { type: 'string' },
  role: roleKey,
  prefix: { type: 'string' },
  createdAt: timestamp,
  lastUsedAt: nullableTimestamp,
  expiresAt: nullableTimestamp,
  revokedAt: nullableTimestamp,
} as const;
const apiTokenViewRequired = [
  'id',
  'name',
  'role',
  'prefix',
  'createdAt',
  'lastUsedAt',
  'expiresAt',
  'revokedAt',
] as const;

export const apiTokenView = {
  type: 'object',
  additionalProperties: false,
  required: apiTokenViewRequired,
  properties: apiTokenViewProperties,
} as const satisfies JSONSchema;
export type ApiTokenView = FromSchema<typeof apiTokenView>;

/** The creation answer: the only time the secret is shown. */
export const apiTokenIssued = {
  type: 'object',
  additionalProperties: false,
  required: [...apiTokenViewRequired, 'token'],
  properties: { ...apiTokenViewProperties, token: { type: 'string' } },
} as const satisfies JSONSchema;
export type ApiTokenIssued = FromSchema<typeof apiTokenIssued>;

export const apiTokenListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...pageQueryProperties,
    sort: { type: 'string', enum: ['createdAt', '-createdAt'], default: '-createdAt' },
  },
} as const satisfies JSONSchema;
export type ApiTokenListQuery = FromSchema<typeof apiTokenListQuery>;
export const apiTokenPage = pageOf(apiTokenView);
