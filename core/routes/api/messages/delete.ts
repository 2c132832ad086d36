import { idParams } from '@tessera/schemas/common';
import { NotFoundError } from '../../../http/core-errors.ts';
import { Message } from '../../../messages/entities/message.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { inboxWhere } from '../../../messages/inbox-where.ts';

export default defineRoutes(async (app) => {
  app.delete(
    '/:id',
    {
      schema: { tags: ['messages'], summary: 'Delete a message', params: idParams },
      config: { access: { action: 'read', subject: 'Message' } },
    },
    async (req, reply) => {
      const deleted = await req.em.nativeDelete(Message, inboxWhere(req, { id: req.params.id }));
      if (deleted === 0) throw new NotFoundError({ resource: 'message' });
      reply.code(204);
      return null;
    },
  );
});
