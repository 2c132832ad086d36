import { defineEntity, p } from '@mikro-orm/core';
import { tenantFilter } from '../../tenancy/tenant-filter.ts';

export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitations',
  properties: {
    tenantId: p.uuid().primary(),
    id: p.uuid().primary(),
    email: p.string(),
    role: p.string(),
    tokenHash: p.blob().hidden(),
    invitedBy: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    acceptedBy: p.uuid().nullable(),
    revokedAt: p.datetime().nullable(),
  },
  filters: { tenant: tenantFilter },
});
export type Invitation = InstanceType<typeof Invitation.class>;
