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
  },
  filters: { tenant: tenantFilter },
});
export type Message = InstanceType<typeof Message.class>;
