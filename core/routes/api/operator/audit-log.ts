import { operatorAuditListQuery, operatorAuditPage } from '@tessera/schemas/operator';
import { pageArgs, pageResult } from '../../../http/pagination.ts';
import { listOperatorAudit } from '../../../operator/list-operator-audit.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/audit-log',
    {
      schema: { tags: ['operator'], summary: 'What operators did, newest first', querystring: operatorAuditListQuery, response: { 200: operatorAuditPage } },
      config: { access: 'operator' },
    },
    async (req) => {
      const page = pageArgs(req.query);
      const { items, total } = await app.ownerDb.readAcrossCompanies((client) => listOperatorAudit(client, req.query, page));
      return pageResult(items, total, page);
    },
  );
});
