import { defineEntity, p } from '@mikro-orm/core';

export const User = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    id: p.uuid().primary(),
    email: p.string().nullable(),
    mobile: p.string().nullable(),
    displayName: p.string(),
    locale: p.string(),
    passwordHash: p.string().hidden().lazy(),
    isDisabled: p.boolean(),
    failedSignIns: p.integer(),
    firstFailedAt: p.datetime().nullable(),
    lockedUntil: p.datetime().nullable(),
    lastTenantId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type User = InstanceType<typeof User.class>;
