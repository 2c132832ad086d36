import { defineEntity, p } from '@mikro-orm/core';
import { tenantFilter } from '../../tenancy/tenant-filter.ts';

/** One e-mail to one recipient, queued in the transaction that caused it (see the mail-outbox migration). */
export const MailOutboxEntry = defineEntity({
  name: 'MailOutboxEntry',
  tableName: 'mail_outbox',
  properties: {
    tenantId: p.uuid().primary(),
    id: p.uuid().primary(),
    recipientId: p.uuid(),
    toAddress: p.string(),
    subject: p.string(),
    body: p.text(),
    recordSubject: p.string().nullable(),
    recordId: p.uuid().nullable(),
    status: p.string().default('pending'),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
    // the database's clock, the one the dispatcher compares with, decides when a new entry is due
    nextAttemptAt: p.datetime().defaultRaw('now()'),
    createdAt: p.datetime().defaultRaw('now()'),
    sentAt: p.datetime().nullable(),
  },
  filters: { tenant: tenantFilter },
});
export type MailOutboxEntry = InstanceType<typeof MailOutboxEntry.class>;
