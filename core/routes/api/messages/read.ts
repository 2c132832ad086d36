import { idParams } from '@tessera/schemas/common';
import { messageView } from '@tessera/schemas/message';
import { NotFoundError } from '../../../http/core-errors.ts';
import { Message } from '../../../messages/entities/message.ts';
import { recordAvailability } from '../../../messages/record-availability.ts';
import { toMessageView } from '../../../messages/views/message-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { inboxWhere } from '../../../messages/inbox-where.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/:id/read',
    {
      schema: { tags: ['messages'], summary: 'Mark a message read', params: idParams, response: { 200: messageView } },
      config: { access: { action: 'read', subject: 'Message' } },
    },
    async (req) => {
      const message = await req.em.findOne(Message, inboxWhere(req, { id: req.params.id }));
      if (!message) throw new NotFoundError({ resource: 'message' });
      if (message.status === 'unread') {
        message.status = 'read';
        message.readAt = new Date();
        await req.em.flush();
      }
      const available = await recordAvailability(req, [message]);
      return toMessageView(message, { locale: req.locale, recordAvailable: available(message) });
    },
  );
});
