import { invitationCreate, invitationIssued } from '@tessera/schemas/invitation';
import { v7 as uuidv7 } from 'uuid';
import { assertGrantableRole } from '../../../access/assert-grantable-role.ts';
import { Invitation } from '../../../auth/entities/invitation.ts';
import { digest, issueTenantSecret } from '../../../auth/secret-tokens.ts';
import { toInvitationView } from '../../../auth/views/invitation-view.ts';
import { audit } from '../../../audit/write-audit.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const invitationTtlMs = 7 * 24 * 3_600_000;

export default defineRoutes(async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Invite someone into the company',
        body: invitationCreate,
        response: { 201: invitationIssued },
      },
      config: { access: { action: 'create', subject: 'Invitation' } },
    },
    async (req, reply) => {
      const principal = await assertGrantableRole(req, req.body.role, '/body/role');
      const token = issueTenantSecret('inv', principal.tenantId);
      const invitation = req.em.create(Invitation, {
        tenantId: principal.tenantId,
        id: uuidv7(),
        email: req.body.email.trim().toLowerCase(),
        role: req.body.role,
        tokenHash: digest(token),
        invitedBy: principal.userId,
        expiresAt: new Date(Date.now() + invitationTtlMs),
      });
      await req.em.flush();
      await audit(req, {
        action: 'invitation.create',
        subject: 'Invitation',
        recordId: invitation.id,
        changes: { email: { after: invitation.email }, role: { after: invitation.role } },
      });
      reply.code(201);
      return { ...toInvitationView(invitation, new Date()), token, acceptPath: `/accept-invite?token=${token}` };
    },
  );
});
