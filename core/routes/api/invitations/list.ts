import { invitationListQuery, invitationPage } from '@tessera/schemas/invitation';
import { Invitation } from '../../../auth/entities/invitation.ts';
import { toInvitationView } from '../../../auth/views/invitation-view.ts';
import { pageArgs, pageResult, sortArg } from '../../../http/pagination.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Invitations of the company',
        querystring: invitationListQuery,
        response: { 200: invitationPage },
      },
      config: { access: { action: 'read', subject: 'Invitation' } },
    },
    async (req) => {
      const page = pageArgs(req.query);
      const sort = sortArg(req.query.sort ?? '-createdAt');
      const [rows, total] = await req.em.findAndCount(
        Invitation,
        {},
        {
          orderBy: { createdAt: sort.direction, id: sort.direction },
          limit: page.limit,
          offset: page.offset,
        },
      );
      const now = new Date();
      return pageResult(
        rows.map((row) => toInvitationView(row, now)),
        total,
        page,
      );
    },
  );
});
