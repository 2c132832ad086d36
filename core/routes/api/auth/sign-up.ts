import { sessionView, signUpBody } from '@tessera/schemas/auth';
import { signUp } from '../../../auth/sign-up.ts';
import { buildSessionView } from '../../../auth/views/session-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/sign-up',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a company and its owner account',
        body: signUpBody,
        response: { 201: sessionView },
      },
      config: { access: 'public', rateLimit: { max: app.appConfig.authRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const started = await signUp(req, reply, req.body);
      reply.code(201);
      return buildSessionView(app.db, app.subjects, started);
    },
  );
});
