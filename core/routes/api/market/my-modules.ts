import { myModuleList } from '@tessera/schemas/market';
import { companyMarketState } from '../../../marketplace/company-market-state.ts';
import { marketPlans, settingsOf } from '../../../marketplace/market-listing.ts';
import { latestPaidPlans } from '../../../marketplace/module-orders.ts';
import { toEntitlementView, toPlanView } from '../../../marketplace/views/listing-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/my-modules',
    {
      schema: {
        tags: ['market'],
        summary: 'The modules the company holds, has enabled or gets included, with the plan to renew',
        response: { 200: myModuleList },
      },
      config: { access: { action: 'read', subject: 'Plugin' } },
    },
    async (req) => {
      const state = await companyMarketState(req.em);
      const lastPlans = await latestPaidPlans(req.em);
      const now = app.clock.now();
      const held = app.plugins.all().filter((plugin) => {
        const included = settingsOf(state.settings, plugin.name).included;
        return included || state.entitlements.has(plugin.name) || state.modules.get(plugin.name)?.enabled === true;
      });
      return {
        items: held.map((plugin) => {
          const settings = settingsOf(state.settings, plugin.name);
          const lastPlan = marketPlans(plugin, settings).find((plan) => plan.key === lastPlans.get(plugin.name));
          return {
            name: plugin.name,
            title: plugin.title[req.locale],
            enabled: state.modules.get(plugin.name)?.enabled ?? false,
            included: settings.included,
            entitlement: toEntitlementView(state.entitlements.get(plugin.name), now),
            readOnlyUntil: state.modules.get(plugin.name)?.readOnlyUntil?.toISOString() ?? null,
            lastPlan: lastPlan ? toPlanView(lastPlan, req.locale) : null,
          };
        }),
      };
    },
  );
});
