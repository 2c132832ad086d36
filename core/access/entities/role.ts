import { defineEntity, p } from '@mikro-orm/core';
import type { AccessRule } from '@tessera/schemas/access';
import { tenantFilter } from '../../tenancy/tenant-filter.ts';

export const Role = defineEntity({
  name: 'Role',
  tableName: 'roles',
  properties: {
    tenantId: p.uuid().primary(),
    id: p.uuid().primary(),
    key: p.string(),
    name: p.string(),
    description: p.string().default(''),
    builtIn: p.boolean().default(false),
    rules: p.json<AccessRule[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  filters: { tenant: tenantFilter },
});
export type Role = InstanceType<typeof Role.class>;
