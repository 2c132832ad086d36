import { sessionView } from '@tessera/schemas/auth';
import { invitationAccept } from '@tessera/schemas/invitation';
import { acceptInvitation } from '../../../auth/accept-invitation.ts';
import { buildSessionView } from '../../../auth/views/session-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/accept',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation and sign in',
        body: invitationAccept,
        response: { 200: sessionView },
      },
      config: { access: 'public', rateLimit: { max: app.appConfig.authRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => buildSessionView(app.db, app.subjects, await acceptInvitation(req, reply, req.body)),
  );
});
