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
      // per address, on top of the per-account lock-out
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => buildSessionView(app.db, await signIn(req, reply, req.body)),
  );
});
