import { defineEntity, p } from '@mikro-orm/core';
import { tenantFilter } from '../../tenancy/tenant-filter.ts';

export const ApiToken = defineEntity({
  name: 'ApiToken',
  tableName: 'api_tokens',
  properties: {
    tenantId: p.uuid().primary(),
    id: p.uuid().primary(),
    name: p.string(),
    role: p.string(),
    tokenHash: p.blob().hidden(),
    prefix: p.string(),
    createdBy: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastUsedAt: p.datetime().nullable(),
    expiresAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
  filters: { tenant: tenantFilter },
});
export type ApiToken = InstanceType<typeof ApiToken.class>;
