import type { MessageView } from '@tessera/schemas/message';
import { isoTime } from '../../http/iso-time.ts';
import { type Locale, translate } from '../../i18n/translate.ts';
import type { Message } from '../entities/message.ts';

/** The columns a message view reads, so lists select nothing more. */
export const messageViewFields = [
  'id',
  'category',
  'title',
  'body',
  'status',
  'createdAt',
  'readAt',
  'link',
  'recordSubject',
  'recordId',
] as const;

/**
 * A message as its reader sees it. One about a record the reader may no longer read (see
 * `recordAvailability`) keeps only its category and times: the text the sender wrote may describe the
 * record, so it is replaced by a neutral notice in the reader's language, and the link is dropped.
 */
export function toMessageView(
  message: Pick<Message, (typeof messageViewFields)[number]>,
  reader: { locale: Locale; recordAvailable: boolean },
): MessageView {
  const shown = reader.recordAvailable;
  return {
    id: message.id,
    category: message.category,
    title: shown ? message.title : translate(reader.locale, 'messages.record-unavailable.title'),
    body: shown ? message.body : translate(reader.locale, 'messages.record-unavailable.body'),
    status: message.status === 'read' ? 'read' : 'unread',
    createdAt: isoTime(message.createdAt),
    readAt: message.readAt ? isoTime(message.readAt) : null,
    link: shown ? (message.link ?? null) : null,
    recordAvailable: shown,
  };
}
