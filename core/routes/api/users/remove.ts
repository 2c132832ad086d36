import { LockMode } from '@mikro-orm/core';
import { idParams } from '@tessera/schemas/common';
import { LastOwnerError } from '../../../auth/errors.ts';
import { ForbiddenError, NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { Membership } from '../../../tenancy/entities/membership.ts';

export default defineRoutes(async (app) => {
  app.delete(
    '/:id',
    {
      schema: { tags: ['users'], summary: 'Remove a member from the company', params: idParams },
      config: { access: { action: 'delete', subject: 'User' } },
    },
    async (req, reply) => {
      const membership = await req.em.findOne(Membership, { user: req.params.id });
      if (!membership) throw new NotFoundError({ resource: 'user' });
      if (membership.role === 'owner') {
        // lock the owners' rows so two concurrent removals cannot both pass the check
        if (req.principal?.role !== 'owner') throw new ForbiddenError({ action: 'delete', subject: 'owner' });
        const owners = await req.em.find(Membership, { role: 'owner' }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (owners.length <= 1) throw new LastOwnerError({});
      }
      req.em.remove(membership);
      await req.em.flush();
      // the member's API tokens go with the membership; other processes hear of it at commit
      app.tokenCache.invalidateTenant(membership.tenantId);
      reply.code(204);
      return null;
    },
  );
});
