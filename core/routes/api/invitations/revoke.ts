import { idParams } from '@tessera/schemas/common';
import { Invitation } from '../../../auth/entities/invitation.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { audit } from '../../../audit/write-audit.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.delete(
    '/:id',
    {
      schema: { tags: ['invitations'], summary: 'Revoke an invitation', params: idParams },
      config: { access: { action: 'delete', subject: 'Invitation' } },
    },
    async (req, reply) => {
      const invitation = await req.em.findOne(Invitation, { id: req.params.id });
      if (!invitation) throw new NotFoundError({ resource: 'invitation' });
      if (!invitation.acceptedAt && !invitation.revokedAt) {
        invitation.revokedAt = new Date();
        await req.em.flush();
        await audit(req, { action: 'invitation.revoke', subject: 'Invitation', recordId: invitation.id });
      }
      reply.code(204);
      return null;
    },
  );
});
