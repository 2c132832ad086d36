import { idParams } from '@tessera/schemas/common';
import { messageView } from '@tessera/schemas/message';
import { NotFoundError } from '../../../http/core-errors.ts';
import { Message } from '../../../messages/entities/message.ts';
import { toMessageView } from '../../../messages/views/message-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/:id/read',
    {
      schema: { tags: ['messages'], summary: 'Mark a message read', params: idParams, response: { 200: messageView } },
      config: { access: 'authenticated' },
    },
    async (req) => {
      const message = await req.em.findOne(Message, { id: req.params.id, recipientId: req.principal?.userId ?? '' });
      if (!message) throw new NotFoundError({ resource: 'message' });
      if (message.status === 'unread') {
        message.status = 'read';
        message.readAt = new Date();
        await req.em.flush();
      }
      return toMessageView(message);
    },
  );
});
