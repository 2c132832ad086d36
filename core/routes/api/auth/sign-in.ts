import { sessionView, signInBody } from '@tessera/schemas/auth';
import { signIn } from '../../../auth/sign-in.ts';
import { buildSessionView } from '../../../auth/views/session-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/sign-in',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail or mobile and password',
        body: signInBody,
        response: { 200: sessionView },
      },
      config: { access: 'public', rateLimit: { max: app.appConfig.authRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => buildSessionView(app.db, app.subjects, await signIn(req, reply, req.body)),
  );
});
