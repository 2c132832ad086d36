import { defineEntity, p } from '@mikro-orm/core';
import { customFieldsProperty, tenantFilter } from '@tessera/core/sdk';

export const Announcement = defineEntity({
  name: 'Announcement',
  tableName: 'announcements',
  properties: {
    tenantId: p.uuid().primary(),
    id: p.uuid().primary(),
    title: p.string(),
    body: p.text(),
    status: p.string(),
    audience: p.json<Record<string, unknown>>(),
    attachments: p.json<{ name: string; url: string }[]>(),
    pinned: p.boolean(),
    publishAt: p.datetime().nullable(),
    expireAt: p.datetime().nullable(),
    publishedAt: p.datetime().nullable(),
    authorId: p.uuid(),
    recipientCount: p.integer(),
    readCount: p.integer(),
    custom: customFieldsProperty(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  filters: { tenant: tenantFilter },
});
export type Announcement = InstanceType<typeof Announcement.class>;
