import { idParams } from '@tessera/schemas/common';
import { NotFoundError } from '../../../http/core-errors.ts';
import { Message } from '../../../messages/entities/message.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.delete(
    '/:id',
    {
      schema: { tags: ['messages'], summary: 'Delete a message', params: idParams },
      config: { access: 'authenticated' },
    },
    async (req, reply) => {
      const deleted = await req.em.nativeDelete(Message, {
        id: req.params.id,
        recipientId: req.principal?.userId ?? '',
      });
      if (deleted === 0) throw new NotFoundError({ resource: 'message' });
      reply.code(204);
      return null;
    },
  );
});
