import { defineEntity, p } from '@mikro-orm/core';
import { tenantFilter } from '../../tenancy/tenant-filter.ts';

export const Message = defineEntity({
  name: 'Message',
  tableName: 'messages',
  properties: {
    tenantId: p.uuid().primary(),
    id: p.uuid().primary(),
    recipientId: p.uuid(),
    category: p.string(),
    title: p.string(),
    body: p.text(),
    status: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
    readAt: p.datetime().nullable(),
    /** An admin UI path (`/…`) to open from the message. */
    link: p.text().nullable(),
    /** The record the message is about: its text shows only while the reader may still read it. */
    recordSubject: p.string().nullable(),
    recordId: p.uuid().nullable(),
    /** The plugin that sent it; core messages have none. */
    plugin: p.string().nullable(),
  },
  filters: { tenant: tenantFilter },
});
export type Message = InstanceType<typeof Message.class>;
