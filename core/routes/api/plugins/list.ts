import { pluginList } from '@tessera/schemas/plugin';
import { tenantPluginStates } from '../../../plugin-runtime/tenant-plugins.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/',
    {
      schema: { tags: ['plugins'], summary: 'The modules this platform offers, and which this company enabled', response: { 200: pluginList } },
      config: { access: { action: 'read', subject: 'Plugin' } },
    },
    async (req) => {
      const states = await tenantPluginStates(req.em);
      const enabled = (name: string) => states.get(name)?.enabled ?? false;
      return {
        items: app.plugins.all().map((plugin) => ({
          name: plugin.name,
          version: plugin.version,
          title: plugin.title[req.locale],
          description: plugin.description?.[req.locale] ?? '',
          category: plugin.category ?? null,
          requires: Object.keys(plugin.requires ?? {}),
          enabled: enabled(plugin.name),
          enabledAt: enabled(plugin.name) ? (states.get(plugin.name)?.enabledAt?.toISOString() ?? null) : null,
          requiredBy: app.plugins.requiredBy(plugin.name).filter(enabled),
        })),
      };
    },
  );
});
