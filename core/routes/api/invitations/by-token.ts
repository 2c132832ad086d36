import { invitationPreview, invitationTokenParams } from '@tessera/schemas/invitation';
import { Invitation } from '../../../auth/entities/invitation.ts';
import { User } from '../../../auth/entities/user.ts';
import { InvitationInvalidError } from '../../../auth/errors.ts';
import { digest, parseTenantSecret } from '../../../auth/secret-tokens.ts';
import { invitationStatus } from '../../../auth/views/invitation-view.ts';
import { roleNamesOf } from '../../../access/role-names.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { Tenant } from '../../../tenancy/entities/tenant.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/by-token/:token',
    {
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation link offers',
        params: invitationTokenParams,
        response: { 200: invitationPreview },
      },
      config: { access: 'public', rateLimit: { max: app.appConfig.authRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (req) => {
      const parsed = parseTenantSecret('inv', req.params.token);
      if (!parsed) throw new InvitationInvalidError({});
      return app.db.transaction({ tenantId: parsed.tenantId, userId: null }, async (em) => {
        const invitation = await em.findOne(Invitation, { tokenHash: digest(req.params.token) });
        if (!invitation || invitationStatus(invitation, new Date()) !== 'pending') throw new InvitationInvalidError({});
        const tenant = await em.findOneOrFail(Tenant, { id: parsed.tenantId });
        const hasAccount = (await em.count(User, { email: invitation.email })) > 0;
        return {
          tenantName: tenant.name,
          email: invitation.email,
          role: invitation.role,
          roleName: (await roleNamesOf(em, [invitation.role], req.locale))[invitation.role] ?? invitation.role,
          expiresAt: invitation.expiresAt.toISOString(),
          hasAccount,
        };
      });
    },
  );
});
