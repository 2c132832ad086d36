import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { roleKey } from './access.ts';
import { pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';

export const memberView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'email', 'mobile', 'displayName', 'roles', 'departments', 'attributes', 'joinedAt'],
  properties: {
    id: uuid,
    email: { type: ['string', 'null'] },
    mobile: { type: ['string', 'null'] },
    displayName: { type: 'string' },
    roles: { type: 'array', items: roleKey },
    departments: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: { id: uuid, name: { type: 'string' } },
      },
    },
    /** Scope attributes (e.g. `regionIds`) that data-scope rules can refer to. */
    attributes: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    joinedAt: timestamp,
  },
} as const satisfies JSONSchema;
export type MemberView = FromSchema<typeof memberView>;

export const memberListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...pageQueryProperties,
    sort: { type: 'string', enum: ['displayName', '-displayName', 'joinedAt', '-joinedAt'], default: 'joinedAt' },
    q: { type: 'string', minLength: 1, maxLength: 100 },
    departmentId: uuid,
    role: roleKey,
  },
} as const satisfies JSONSchema;
export type MemberListQuery = FromSchema<typeof memberListQuery>;

export const memberPage = pageOf(memberView);
