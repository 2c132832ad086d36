import { unreadCount } from '@tessera/schemas/message';
import { Message } from '../../../messages/entities/message.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { inboxWhere } from '../../../messages/inbox-where.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/unread-count',
    {
      schema: { tags: ['messages'], summary: 'How many unread messages the user has', response: { 200: unreadCount } },
      config: { access: { action: 'read', subject: 'Message' } },
    },
    async (req) => ({
      count: await req.em.count(Message, inboxWhere(req, { status: 'unread' })),
    }),
  );
});
