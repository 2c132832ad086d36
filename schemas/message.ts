import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { nullableTimestamp, pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';

const messageStatus = { type: 'string', enum: ['unread', 'read'] } as const;
/** A message's category: a short kebab-case code the admin UI may have a label for. */
export const messageCategory = { type: 'string', pattern: '^[a-z][a-z0-9-]{1,39}$' } as const;

export const messageView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'category', 'title', 'body', 'status', 'createdAt', 'readAt', 'link', 'recordAvailable'],
  properties: {
    id: uuid,
    category: messageCategory,
    title: { type: 'string' },
    body: { type: 'string' },
    status: messageStatus,
    createdAt: timestamp,
    readAt: nullableTimestamp,
    /** An admin UI path to open from the message, or null. */
    link: { type: ['string', 'null'] },
    /**
     * False when the message is about a record the reader may no longer read (or whose module the
     * company disabled): its title and body are then a neutral notice and `link` is null.
     */
    recordAvailable: { type: 'boolean' },
  },
} as const satisfies JSONSchema;
export type MessageView = FromSchema<typeof messageView>;

export const messageListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...pageQueryProperties,
    status: messageStatus,
    category: messageCategory,
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
