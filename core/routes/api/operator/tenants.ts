import { operatorTenantListQuery, operatorTenantPage } from '@tessera/schemas/operator';
import { pageArgs, pageResult } from '../../../http/pagination.ts';
import { listCompanies } from '../../../operator/list-companies.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/tenants',
    {
      schema: {
        tags: ['operator'],
        summary: 'Companies on the platform: members, enabled modules, active entitlements',
        querystring: operatorTenantListQuery,
        response: { 200: operatorTenantPage },
      },
      config: { access: 'operator' },
    },
    async (req) => {
      const page = pageArgs(req.query);
      const { items, total } = await app.ownerDb.readAcrossCompanies((client) => listCompanies(client, req.query, page, app.clock.now()));
      return pageResult(items, total, page);
    },
  );
});
