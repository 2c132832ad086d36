import { operatorSessionView, operatorSignIn } from '@tessera/schemas/operator';
import { signInOperator } from '../../../../operator/operator-sign-in.ts';
import { defineRoutes } from '../../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/sign-in',
    {
      schema: {
        tags: ['operator'],
        summary: 'Sign an operator in (cookie tessera_operator, 12 hours)',
        body: operatorSignIn,
        response: { 200: operatorSessionView },
      },
      config: { access: 'public', rateLimit: { max: app.appConfig.authRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => signInOperator(req, reply, req.body),
  );
});
