import type { MessageView } from '@tessera/schemas';
import { apiRequest } from './api-request.ts';
import type { ListQuery, ListResult } from './list-result.ts';

export type { MessageView } from '@tessera/schemas';

export function listMessages(query: ListQuery): Promise<ListResult<MessageView>> {
  return apiRequest<ListResult<MessageView>>('/api/messages', { query });
}

export function fetchUnreadCount(): Promise<{ count: number }> {
  return apiRequest<{ count: number }>('/api/messages/unread-count');
}

export function markMessageRead(id: string): Promise<MessageView> {
  return apiRequest<MessageView>(`/api/messages/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

export function deleteMessage(id: string): Promise<void> {
  return apiRequest<void>(`/api/messages/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
