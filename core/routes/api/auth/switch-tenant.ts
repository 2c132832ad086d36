import { sessionView, switchTenantBody } from '@tessera/schemas/auth';
import { Session } from '../../../auth/entities/session.ts';
import { User } from '../../../auth/entities/user.ts';
import { requireSession } from '../../../auth/require-session.ts';
import { buildSessionView } from '../../../auth/views/session-view.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { Membership } from '../../../tenancy/entities/membership.ts';

export default defineRoutes(async (app) => {
  app.post(
    '/switch-tenant',
    {
      schema: {
        tags: ['auth'],
        summary: 'Switch the session to another tenant of the user',
        body: switchTenantBody,
        response: { 200: sessionView },
      },
      config: { access: 'authenticated' },
    },
    async (req) => {
      const principal = requireSession(req.principal);
      const target = req.body.tenantId;
      const isMember = await app.db.transaction({ tenantId: target, userId: principal.userId }, (em) =>
        em.count(Membership, { tenantId: target, user: principal.userId }),
      );
      if (!isMember) throw new NotFoundError({ resource: 'tenant' });
      await req.em.nativeUpdate(Session, { id: principal.sessionId }, { currentTenantId: target });
      await req.em.nativeUpdate(User, { id: principal.userId }, { lastTenantId: target });
      await req.em.commit();
      return buildSessionView(app.db, app.subjects, { ...principal, tenantId: target });
    },
  );
});
