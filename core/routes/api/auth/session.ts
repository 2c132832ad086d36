import { sessionView } from '@tessera/schemas/auth';
import { requireSession } from '../../../auth/require-session.ts';
import { buildSessionView } from '../../../auth/views/session-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/session',
    {
      schema: { tags: ['auth'], summary: 'The signed-in user, tenant and role', response: { 200: sessionView } },
      config: { access: 'authenticated' },
    },
    async (req) => buildSessionView(app.db, app.subjects, requireSession(req.principal)),
  );
});
