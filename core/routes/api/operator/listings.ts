import { operatorListingList, operatorListingParams, operatorListingUpdate, operatorListingView } from '@tessera/schemas/operator-market';
import { listListings, updateListing } from '../../../operator/operator-listings.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const tags = ['operator'];

export default defineRoutes(async (app) => {
  app.get(
    '/listings',
    {
      schema: { tags, summary: 'Every served module with its plans and the operator’s settings', response: { 200: operatorListingList } },
      config: { access: 'operator' },
    },
    async () => ({ items: await app.ownerDb.transaction((client) => listListings(client, app.plugins.all())) }),
  );

  app.patch(
    '/listings/:plugin',
    {
      schema: {
        tags,
        summary: 'Hide a module, include it for every company, or override its plans’ prices',
        params: operatorListingParams,
        body: operatorListingUpdate,
        response: { 200: operatorListingView },
      },
      config: { access: 'operator' },
    },
    async (req) => updateListing(req, app.plugins.served(req.params.plugin), req.body),
  );
});
