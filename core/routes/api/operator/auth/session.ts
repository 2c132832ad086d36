import { operatorSessionView } from '@tessera/schemas/operator';
import { requireOperatorSession } from '../../../../operator/operator-principal.ts';
import { defineRoutes } from '../../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/session',
    {
      schema: { tags: ['operator'], summary: 'The signed-in operator and the session’s CSRF token', response: { 200: operatorSessionView } },
      config: { access: 'operator' },
    },
    async (req) => {
      const { id, email, displayName, csrfToken } = requireOperatorSession(req.operator);
      return { operator: { id, email, displayName }, csrfToken };
    },
  );
});
