import { idParams } from '@tessera/schemas/common';
import { ownerRoleKey } from '../../../access/built-in-roles.ts';
import { rolesOfMembers } from '../../../access/member-roles.ts';
import { assertNotLastOwner } from '../../../access/owners.ts';
import { audit } from '../../../audit/write-audit.ts';
import { RoleNotGrantableError } from '../../../auth/errors.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { Membership } from '../../../tenancy/entities/membership.ts';

export default defineRoutes(async (app) => {
  app.delete(
    '/:id',
    {
      schema: { tags: ['users'], summary: 'Remove a member from the company', params: idParams },
      config: { access: { action: 'delete', subject: 'Member' } },
    },
    async (req, reply) => {
      const membership = await req.em.findOne(Membership, { user: req.params.id });
      if (!membership) throw new NotFoundError({ resource: 'user' });
      const roles = (await rolesOfMembers(req.em, [req.params.id])).get(req.params.id) ?? [];
      if (roles.includes(ownerRoleKey)) {
        if (!req.principal?.roles.includes(ownerRoleKey)) throw new RoleNotGrantableError({ role: ownerRoleKey });
        await assertNotLastOwner(req.em, req.params.id);
      }
      req.em.remove(membership);
      await req.em.flush();
      await audit(req, {
        action: 'member.remove',
        subject: 'Member',
        recordId: req.params.id,
        changes: { roles: { before: roles, after: null } },
      });
      // the member's API tokens go with the membership; other processes hear of it at commit
      app.tokenCache.invalidateTenant(membership.tenantId);
      reply.code(204);
      return null;
    },
  );
});
