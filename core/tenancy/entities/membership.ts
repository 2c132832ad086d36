import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../../auth/entities/user.ts';
import { tenantFilter } from '../tenant-filter.ts';

export const Membership = defineEntity({
  name: 'Membership',
  tableName: 'memberships',
  properties: {
    tenantId: p.uuid().primary(),
    user: () => p.manyToOne(User).primary().fieldName('user_id'),
    attributes: p.json<Record<string, string[]>>().default('{}'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  filters: { tenant: tenantFilter },
});
export type Membership = InstanceType<typeof Membership.class>;
