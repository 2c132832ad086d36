import { idParams } from '@tessera/schemas/common';
import { ApiToken } from '../../../auth/entities/api-token.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { audit } from '../../../audit/write-audit.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.delete(
    '/:id',
    {
      schema: { tags: ['api-tokens'], summary: 'Revoke an API token; it stops working at once', params: idParams },
      config: { access: { action: 'delete', subject: 'ApiToken' } },
    },
    async (req, reply) => {
      const token = await req.em.findOne(ApiToken, { id: req.params.id });
      if (!token) throw new NotFoundError({ resource: 'API token' });
      if (!token.revokedAt) {
        token.revokedAt = new Date();
        await req.em.flush();
        await audit(req, { action: 'api-token.revoke', subject: 'ApiToken', recordId: token.id });
      }
      // other processes hear of it from PostgreSQL at commit; this one forgets the token now
      app.tokenCache.invalidateTenant(token.tenantId);
      reply.code(204);
      return null;
    },
  );
});
