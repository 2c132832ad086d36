import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { role } from './auth.ts';
import { pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';

export const memberView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'email', 'mobile', 'displayName', 'role', 'joinedAt'],
  properties: {
    id: uuid,
    email: { type: ['string', 'null'] },
    mobile: { type: ['string', 'null'] },
    displayName: { type: 'string' },
    role,
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
  },
} as const satisfies JSONSchema;
export type MemberListQuery = FromSchema<typeof memberListQuery>;

export const memberPage = pageOf(memberView);
