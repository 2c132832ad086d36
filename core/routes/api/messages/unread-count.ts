import { unreadCount } from '@tessera/schemas/message';
import { Message } from '../../../messages/entities/message.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/unread-count',
    {
      schema: { tags: ['messages'], summary: 'How many unread messages the user has', response: { 200: unreadCount } },
      config: { access: 'authenticated' },
    },
    async (req) => ({
      count: await req.em.count(Message, { recipientId: req.principal?.userId ?? '', status: 'unread' }),
    }),
  );
});
