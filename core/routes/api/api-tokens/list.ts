import { apiTokenListQuery, apiTokenPage } from '@tessera/schemas/api-token';
import { ApiToken } from '../../../auth/entities/api-token.ts';
import { toApiTokenView } from '../../../auth/views/api-token-view.ts';
import { pageArgs, pageResult, sortArg } from '../../../http/pagination.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['api-tokens'],
        summary: 'API tokens of the company',
        querystring: apiTokenListQuery,
        response: { 200: apiTokenPage },
      },
      config: { access: { action: 'read', subject: 'ApiToken' } },
    },
    async (req) => {
      const page = pageArgs(req.query);
      const sort = sortArg(req.query.sort ?? '-createdAt');
      const [rows, total] = await req.em.findAndCount(
        ApiToken,
        {},
        {
          orderBy: { createdAt: sort.direction, id: sort.direction },
          limit: page.limit,
          offset: page.offset,
        },
      );
      return pageResult(rows.map(toApiTokenView), total, page);
    },
  );
});
