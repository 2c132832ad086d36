import { Session } from '../../../auth/entities/session.ts';
import { clearSessionCookie } from '../../../auth/session-cookie.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/sign-out',
    { schema: { tags: ['auth'], summary: 'End the current session' }, config: { access: 'authenticated' } },
    async (req, reply) => {
      if (req.principal?.sessionId) await req.em.nativeDelete(Session, { id: req.principal.sessionId });
      clearSessionCookie(reply, app.appConfig.cookieSecure);
      reply.code(204);
      return null;
    },
  );
});
