import { defineEntity, p } from '@mikro-orm/core';
import { tenantFilter } from '../tenancy/tenant-filter.ts';

/** An audit log row as reports read it (the log is written with SQL by write-audit.ts and never changed). */
export const AuditLogEntry = defineEntity({
  name: 'AuditLogEntry',
  tableName: 'audit_log',
  properties: {
    tenantId: p.uuid().primary(),
    id: p.bigint().primary(),
    occurredAt: p.datetime(),
    actorUserId: p.uuid().nullable(),
    action: p.string(),
    subject: p.string(),
    recordId: p.string().nullable(),
    outcome: p.string(),
  },
  filters: { tenant: tenantFilter },
});
export type AuditLogEntry = InstanceType<typeof AuditLogEntry.class>;
