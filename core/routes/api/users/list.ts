import type { FilterQuery } from '@mikro-orm/core';
import { memberListQuery, memberPage } from '@tessera/schemas/member';
import { pageArgs, pageResult, sortArg } from '../../../http/pagination.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { Membership } from '../../../tenancy/entities/membership.ts';
import { toMemberViews } from '../../../tenancy/views/member-view.ts';

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
      config: { access: { action: 'read', subject: 'Member' } },
    },
    async (req) => {
      const page = pageArgs(req.query);
      const sort = sortArg(req.query.sort ?? 'joinedAt');
      const like = req.query.q ? `%${req.query.q.replace(/[\\%_]/g, '\\$&')}%` : undefined;
      const where: FilterQuery<Membership>[] = [];
      if (like) {
        where.push({
          user: { $or: [{ displayName: { $ilike: like } }, { email: { $ilike: like } }, { mobile: { $like: like } }] },
        });
      }
      if (req.query.departmentId) {
        const rows = await req.em.execute<{ user_id: string }[]>(
          'SELECT user_id FROM department_members WHERE department_id = ?',
          [req.query.departmentId],
        );
        where.push({ user: { $in: rows.map((r) => r.user_id) } });
      }
      if (req.query.role) {
        const rows = await req.em.execute<{ user_id: string }[]>('SELECT user_id FROM member_roles WHERE role_key = ?', [
          req.query.role,
        ]);
        where.push({ user: { $in: rows.map((r) => r.user_id) } });
      }
      const orderBy =
        sort.key === 'displayName' ? { user: { displayName: sort.direction } } : { createdAt: sort.direction };
      const [rows, total] = await req.em.findAndCount(Membership, where.length ? { $and: where } : {}, {
        populate: ['user'],
        orderBy: [orderBy, { user: { id: 'asc' } }],
        limit: page.limit,
        offset: page.offset,
      });
      return pageResult(await toMemberViews(req.em, rows), total, page);
    },
  );
});
