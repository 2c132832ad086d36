import type { MessageView } from '@tessera/schemas/message';
import type { Message } from '../entities/message.ts';

export function toMessageView(message: Message): MessageView {
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
