import { roleListQuery, rolePage, roleView } from '@tessera/schemas/access';
import { idParams } from '@tessera/schemas/common';
import { Role } from '../../../access/entities/role.ts';
import { toRoleViews } from '../../../access/views/role-view.ts';
import { principalOf } from '../../../auth/principal-of.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { pageArgs, pageResult, sortArg } from '../../../http/pagination.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/',
    {
      schema: { tags: ['roles'], summary: 'Roles of the company', querystring: roleListQuery, response: { 200: rolePage } },
      config: { access: { action: 'read', subject: 'Role' } },
    },
    async (req) => {
      const page = pageArgs(req.query);
      const sort = sortArg(req.query.sort ?? 'name');
      const [roles, total] = await req.em.findAndCount(
        Role,
        {},
        { orderBy: [{ builtIn: 'desc' }, { [sort.key]: sort.direction }, { id: 'asc' }], limit: page.limit, offset: page.offset },
      );
      return pageResult(await toRoleViews(req.em, roles, principalOf(req), req.locale), total, page);
    },
  );

  app.get(
    '/:id',
    {
      schema: { tags: ['roles'], summary: 'One role', params: idParams, response: { 200: roleView } },
      config: { access: { action: 'read', subject: 'Role' } },
    },
    async (req) => {
      const role = await req.em.findOne(Role, { id: req.params.id });
      if (!role || !req.principal) throw new NotFoundError({ resource: 'role' });
      const [view] = await toRoleViews(req.em, [role], req.principal, req.locale);
      return view;
    },
  );
});
