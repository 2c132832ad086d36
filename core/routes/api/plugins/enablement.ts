import { pluginEnable, pluginEnableResult, pluginNameParams } from '@tessera/schemas/plugin';
import type { FastifyRequest } from 'fastify';
import { audit } from '../../../audit/write-audit.ts';
import { assertEntitled } from '../../../marketplace/assert-entitled.ts';
import { PluginRequiredError, PluginRequirementsDisabledError } from '../../../plugin-runtime/plugin-errors.ts';
import { setTenantPlugins, tenantPluginStates } from '../../../plugin-runtime/tenant-plugins.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { seedDeclaredOptionSets } from '../../../taxonomy/seed-declared-option-sets.ts';

const changePlugins = { access: { action: 'update', subject: 'Plugin' } } as const;
const contextOf = (req: FastifyRequest) => ({ em: req.em, tenantId: req.principal?.tenantId ?? '', userId: req.principal?.userId ?? '' });

export default defineRoutes(async (app) => {
  app.post(
    '/:name/enable',
    {
      schema: {
        tags: ['plugins'],
        summary: 'Enable a module for this company (and, if asked, the modules it requires)',
        params: pluginNameParams,
        body: pluginEnable,
        response: { 200: pluginEnableResult },
      },
      config: changePlugins,
    },
    async (req) => {
      const plugin = app.plugins.served(req.params.name);
      const states = await tenantPluginStates(req.em, { tenantId: req.principal?.tenantId ?? '' });
      const needed = app.plugins.withRequirements(plugin.name).filter((name) => !states.get(name)?.enabled);
      const missing = needed.filter((name) => name !== plugin.name);
      if (missing.length > 0 && !req.body.withRequirements) {
        throw new PluginRequirementsDisabledError({ plugin: plugin.name, missing: missing.join(', ') });
      }
      await assertEntitled(req, needed);
      await setTenantPlugins(req.em, req.principal?.tenantId ?? '', needed, true);
      // before the hooks, so a plugin's onEnable finds its option sets
      for (const name of needed) await seedDeclaredOptionSets(req.em, req.principal?.tenantId ?? '', app.plugins.get(name));
      for (const name of needed) await app.plugins.get(name)?.hooks?.onEnable?.(contextOf(req));
      for (const name of needed) await audit(req, { action: 'plugin.enable', subject: 'Plugin', recordId: null, detail: { plugin: name } });
      return { enabled: needed };
    },
  );

  app.post(
    '/:name/disable',
    {
      schema: {
        tags: ['plugins'],
        summary: 'Disable a module for this company; its data stays',
        params: pluginNameParams,
      },
      config: changePlugins,
    },
    async (req, reply) => {
      const plugin = app.plugins.served(req.params.name);
      const states = await tenantPluginStates(req.em, { tenantId: req.principal?.tenantId ?? '' });
      const requiredBy = app.plugins.requiredBy(plugin.name).filter((name) => states.get(name)?.enabled);
      if (requiredBy.length > 0) throw new PluginRequiredError({ plugin: plugin.name, requiredBy: requiredBy.join(', ') });
      if (states.get(plugin.name)?.enabled) {
        await setTenantPlugins(req.em, req.principal?.tenantId ?? '', [plugin.name], false);
        await plugin.hooks?.onDisable?.(contextOf(req));
        await audit(req, { action: 'plugin.disable', subject: 'Plugin', recordId: null, detail: { plugin: plugin.name } });
      }
      reply.code(204);
      return null;
    },
  );
});
