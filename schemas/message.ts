import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { nullableTimestamp, pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';

const messageStatus = { type: 'string', enum: ['unread', 'read'] } as const;
const category = { type: 'string', pattern: '^[a-z][a-z0-9-]{1,39}$' } as const;

export const messageView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'category', 'title', 'body', 'status', 'createdAt', 'readAt'],
  properties: {
    id: uuid,
    category,
    title: { type: 'string' },
    body: { type: 'string' },
    status: messageStatus,
    createdAt: timestamp,
    readAt: nullableTimestamp,
  },
} as const satisfies JSONSchema;
export type MessageView = FromSchema<typeof messageView>;

export const messageListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...pageQueryProperties,
    status: messageStatus,
    category,
    sort: { type: 'string', enum: ['createdAt', '-createdAt'], default: '-createdAt' },
  },
} as const satisfies JSONSchema;
export type MessageListQuery = FromSchema<typeof messageListQuery>;
export const messagePage = pageOf(messageView);

export const unreadCount = {
  type: 'object',
  additionalProperties: false,
  required: ['count'],
  properties: { count: { type: 'integer' } },
} as const satisfies JSONSchema;
