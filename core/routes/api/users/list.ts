import type { MemberView } from '@tessera/schemas/member';
import { memberListQuery, memberPage } from '@tessera/schemas/member';
import { isBuiltInRole } from '../../../access/built-in-roles.ts';
import { pageArgs, pageResult, sortArg } from '../../../http/pagination.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { Membership } from '../../../tenancy/entities/membership.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['users'],
        summary: 'Members of the current company',
        querystring: memberListQuery,
        response: { 200: memberPage },
      },
      config: { access: { action: 'read', subject: 'User' } },
    },
    async (req) => {
      const page = pageArgs(req.query);
      const sort = sortArg(req.query.sort ?? 'joinedAt');
      const like = req.query.q ? `%${req.query.q.replace(/[\\%_]/g, '\\$&')}%` : undefined;
      const where = like
        ? {
            user: {
              $or: [{ displayName: { $ilike: like } }, { email: { $ilike: like } }, { mobile: { $like: like } }],
            },
          }
        : {};
      const orderBy =
        sort.key === 'displayName' ? { user: { displayName: sort.direction } } : { createdAt: sort.direction };
      const [rows, total] = await req.em.findAndCount(Membership, where, {
        populate: ['user'],
        orderBy: [orderBy, { user: { id: 'asc' } }],
        limit: page.limit,
        offset: page.offset,
      });
      const items: MemberView[] = rows.map((m) => ({
        id: m.user.id,
        email: m.user.email ?? null,
        mobile: m.user.mobile ?? null,
        displayName: m.user.displayName,
        role: isBuiltInRole(m.role) ? m.role : 'member',
        joinedAt: m.createdAt.toISOString(),
      }));
      return pageResult(items, total, page);
    },
  );
});
