import { messageListQuery, messagePage } from '@tessera/schemas/message';
import { listPage } from '../../../db/list-page.ts';
import { pageArgs, pageResult, sortArg } from '../../../http/pagination.ts';
import { Message } from '../../../messages/entities/message.ts';
import { recordAvailability } from '../../../messages/record-availability.ts';
import { messageViewFields, toMessageView } from '../../../messages/views/message-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { inboxWhere } from '../../../messages/inbox-where.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['messages'],
        summary: 'The signed-in user’s messages',
        querystring: messageListQuery,
        response: { 200: messagePage },
      },
      config: { access: { action: 'read', subject: 'Message' } },
    },
    async (req) => {
      const page = pageArgs(req.query);
      const sort = sortArg(req.query.sort ?? '-createdAt');
      const { rows, total } = await listPage(req.em, Message, {
        where: inboxWhere(req, {
          ...(req.query.status ? { status: req.query.status } : {}),
          ...(req.query.category ? { category: req.query.category } : {}),
        }),
        fields: messageViewFields,
        orderBy: [{ createdAt: sort.direction }, { id: sort.direction }],
        limit: page.limit,
        offset: page.offset,
      });
      const available = await recordAvailability(req, rows);
      const views = rows.map((m) => toMessageView(m, { locale: req.locale, recordAvailable: available(m) }));
      return pageResult(views, total, page);
    },
  );
});
