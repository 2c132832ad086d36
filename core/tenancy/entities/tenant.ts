import { defineEntity, p } from '@mikro-orm/core';

export const Tenant = defineEntity({
  name: 'Tenant',
  tableName: 'tenants',
  properties: {
    id: p.uuid().primary(),
    name: p.string(),
    slug: p.string(),
    contactName: p.string().nullable(),
    contactPhone: p.string().nullable(),
    contactEmail: p.string().nullable(),
    address: p.string().nullable(),
    logoUrl: p.string().nullable(),
    timeZone: p.string(),
    currency: p.string(),
    locale: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Tenant = InstanceType<typeof Tenant.class>;
