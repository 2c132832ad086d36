import { marketListingDetail, marketListingList, marketListingQuery, marketPluginParams } from '@tessera/schemas/market';
import { NotFoundError } from '../../../http/core-errors.ts';
import { translate } from '../../../i18n/translate.ts';
import { companyMarketState } from '../../../marketplace/company-market-state.ts';
import { listingMatches } from '../../../marketplace/listing-search.ts';
import { settingsOf } from '../../../marketplace/market-listing.ts';
import { moduleRef, toListingView } from '../../../marketplace/views/listing-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const readModules = { access: { action: 'read', subject: 'Plugin' } } as const;

export default defineRoutes(async (app) => {
  app.get(
    '/listings',
    {
      schema: {
        tags: ['market'],
        summary: 'The module market: every module the operator lists, with plans at this company’s prices and its state',
        querystring: marketListingQuery,
        response: { 200: marketListingList },
      },
      config: readModules,
    },
    async (req) => {
      const state = await companyMarketState(req.em);
      const context = { state, registry: app.plugins, locale: req.locale, now: app.clock.now() };
      const listed = app.plugins.all().filter((plugin) => !settingsOf(state.settings, plugin.name).hidden);
      return { items: listed.filter((plugin) => listingMatches(plugin, req.query, req.locale)).map((plugin) => toListingView(plugin, context)) };
    },
  );

  app.get(
    '/listings/:plugin',
    {
      schema: {
        tags: ['market'],
        summary: 'One market listing, with the listed modules that need it',
        params: marketPluginParams,
        response: { 200: marketListingDetail },
      },
      config: readModules,
    },
    async (req) => {
      const state = await companyMarketState(req.em);
      const plugin = app.plugins.get(req.params.plugin);
      const listed = (name: string) => !settingsOf(state.settings, name).hidden;
      if (!plugin || !listed(plugin.name)) throw new NotFoundError({ resource: translate(req.locale, 'market.purchase.module') });
      return {
        ...toListingView(plugin, { state, registry: app.plugins, locale: req.locale, now: app.clock.now() }),
        requiredBy: app.plugins.requiredBy(plugin.name).filter(listed).map((name) => moduleRef(app.plugins, name, req.locale)),
      };
    },
  );
});
