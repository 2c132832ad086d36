import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { User } from '../auth/entities/user.ts';
import { defaultLocale, isLocale } from '../i18n/translate.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { mailDispatcherFor } from '../mail/start-mail-dispatch.ts';
import { notificationMail } from '../mail/notification-mail.ts';
import type { PluginContext } from '../plugin-runtime/plugin-definition.ts';
import { pluginOfRequest } from '../plugin-runtime/plugin-of-request.ts';
import { Membership } from '../tenancy/entities/membership.ts';
import { isUuid } from '../tenancy/tenant-binding.ts';
import { Message } from './entities/message.ts';
import { type NotificationDraft, notificationDraftProblems } from './notification-draft.ts';
import { recordTypeOf } from './record-types.ts';

/** Where a notification is written: a signed-in request, or a plugin's event handler or service. */
export type NotifyTarget = FastifyRequest | PluginContext;

interface Sender {
  readonly em: EntityManager;
  readonly tenantId: string;
  readonly plugin: string | null;
}

function senderOf(target: NotifyTarget, draft: NotificationDraft): Sender {
  if (!('server' in target)) return { em: target.em, tenantId: target.tenantId, plugin: draft.plugin ?? null };
  const principal = target.principal;
  if (!principal) throw new TypeError('notify: only a signed-in request can notify');
  // the route's own plugin, not what the draft claims
  return { em: target.em, tenantId: principal.tenantId, plugin: pluginOfRequest(target) ?? null };
}

/**
 * Puts a notification into each recipient's message center, in their language, in the caller's
 * transaction: it appears only if that commits. With `email: true` (and SMTP configured) each recipient
 * with an e-mail address is also mailed the same title and body, after the commit and without holding up
 * the caller. Recipients that are not members of the company are skipped. Returns the user ids notified.
 * A malformed draft is a programming error and throws a `TypeError`.
 */
export async function notify(target: NotifyTarget, draft: NotificationDraft): Promise<string[]> {
  const problems = notificationDraftProblems(draft);
  if ('server' in target && draft.record && !recordTypeOf(target.server.plugins, draft.record.subject)) {
    problems.push(`record.subject ${draft.record.subject} is not the subject of any served plugin's resource`);
  }
  if (problems.length > 0) throw new TypeError(`notify: ${problems.join('; ')}`);
  const sender = senderOf(target, draft);
  const ids = [...new Set(draft.recipients.filter(isUuid))];
  if (ids.length === 0) return [];
  const members = await sender.em.find(Membership, { user: { $in: ids } }, { populate: ['user'] });
  const dispatcher = draft.email ? mailDispatcherFor(sender.em) : undefined;
  for (const { user } of members) {
    const locale = isLocale(user.locale) ? user.locale : defaultLocale;
    const title = draft.title[locale];
    const body = draft.body[locale];
    sender.em.create(Message, {
      tenantId: sender.tenantId,
      id: uuidv7(),
      recipientId: user.id,
      category: draft.category,
      title,
      body,
      status: 'unread',
      link: draft.link ?? null,
      recordSubject: draft.record?.subject ?? null,
      recordId: draft.record?.id ?? null,
      plugin: sender.plugin,
    });
    const address = mailAddressOf(user);
    if (dispatcher && address) {
      const mail = notificationMail(locale, title, body);
      queueMail(sender.em, dispatcher, {
        tenantId: sender.tenantId,
        recipientId: user.id,
        to: address,
        subject: mail.subject,
        text: mail.text,
        record: draft.record,
      });
    }
  }
  return members.map(({ user }) => user.id);
}

/** A disabled account gets no mail; one signed up with a mobile number only has no address. */
function mailAddressOf(user: User): string | null {
  return user.isDisabled ? null : (user.email ?? null);
}
