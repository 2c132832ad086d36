import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { MailOutboxEntry } from './entities/mail-outbox-entry.ts';
import type { MailDispatcher } from './mail-dispatcher.ts';

export interface QueuedMail {
  readonly tenantId: string;
  readonly recipientId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** The record the mail is about: checked again, for the recipient, before it is sent. */
  readonly record?: { readonly subject: string; readonly id: string } | undefined;
}

/** Puts a mail in the outbox in `em`'s transaction; the dispatcher sends it once that transaction commits. */
export function queueMail(em: EntityManager, dispatcher: MailDispatcher, mail: QueuedMail): void {
  em.create(MailOutboxEntry, {
    tenantId: mail.tenantId,
    id: uuidv7(),
    recipientId: mail.recipientId,
    toAddress: mail.to,
    subject: mail.subject,
    body: mail.text,
    recordSubject: mail.record?.subject ?? null,
    recordId: mail.record?.id ?? null,
  });
  dispatcher.sendAfterCommit(em, mail.tenantId);
}
