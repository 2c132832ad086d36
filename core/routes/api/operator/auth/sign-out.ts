import { auditActor, writeOperatorAudit } from '../../../../operator/operator-audit.ts';
import { clearOperatorCookie } from '../../../../operator/operator-cookie.ts';
import { requireOperatorSession } from '../../../../operator/operator-principal.ts';
import { endOperatorSession } from '../../../../operator/operator-sessions.ts';
import { defineRoutes } from '../../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/sign-out',
    { schema: { tags: ['operator'], summary: 'End the operator’s session' }, config: { access: 'operator' } },
    async (req, reply) => {
      const operator = requireOperatorSession(req.operator);
      await app.ownerDb.transaction(async (client) => {
        await endOperatorSession(client, operator.sessionHash);
        await writeOperatorAudit(client, auditActor(operator), { action: 'operator.sign-out', target: operator.email });
      });
      clearOperatorCookie(reply, app.appConfig.cookieSecure);
      reply.code(204);
      return null;
    },
  );
});
