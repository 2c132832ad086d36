import { defineEntity, p } from '@mikro-orm/core';
import { tenantFilter } from '../../tenancy/tenant-filter.ts';

export const Department = defineEntity({
  name: 'Department',
  tableName: 'departments',
  properties: {
    tenantId: p.uuid().primary(),
    id: p.uuid().primary(),
    parentId: p.uuid().nullable(),
    name: p.string(),
    sortOrder: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  filters: { tenant: tenantFilter },
});
export type Department = InstanceType<typeof Department.class>;
