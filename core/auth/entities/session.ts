import { defineEntity, p } from '@mikro-orm/core';

/** A signed-in browser. Platform table: it is found by its token before any tenant is known. */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'sessions',
  properties: {
    id: p.uuid().primary(),
    tokenHash: p.blob(),
    userId: p.uuid(),
    currentTenantId: p.uuid(),
    csrfToken: p.string(),
    ip: p.string().nullable(),
    userAgent: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastSeenAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
  },
});
export type Session = InstanceType<typeof Session.class>;
