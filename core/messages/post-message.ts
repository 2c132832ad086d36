import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { type Locale, translate } from '../i18n/translate.ts';
import { Message } from './entities/message.ts';

export interface MessageDraft {
  tenantId: string;
  recipientId: string;
  recipientLocale: Locale;
  category: string;
  /** i18n key prefix: `<key>.title` and `<key>.body` are rendered in the recipient's language. */
  key: string;
  vars?: Record<string, string | number>;
}

/** Puts a message into one recipient's inbox in the message center, in the current transaction. */
export function postMessage(em: EntityManager, draft: MessageDraft): void {
  em.create(Message, {
    tenantId: draft.tenantId,
    id: uuidv7(),
    recipientId: draft.recipientId,
    category: draft.category,
    title: translate(draft.recipientLocale, `${draft.key}.title`, draft.vars),
    body: translate(draft.recipientLocale, `${draft.key}.body`, draft.vars),
    status: 'unread',
  });
}
