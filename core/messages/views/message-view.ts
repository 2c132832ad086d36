import type { MessageView } from '@tessera/schemas/message';
import type { Message } from '../entities/message.ts';

/** The columns a message view reads, so lists select nothing more. */
export const messageViewFields = ['id', 'category', 'title', 'body', 'status', 'createdAt', 'readAt'] as const;

export function toMessageView(message: Pick<Message, (typeof messageViewFields)[number]>): MessageView {
  return {
    id: message.id,
    category: message.category,
    title: message.title,
    body: message.body,
    status: message.status === 'read' ? 'read' : 'unread',
    createdAt: message.createdAt.toISOString(),
    readAt: message.readAt?.toISOString() ?? null,
  };
}
