import { pluginNameParams, pluginSettingsUpdate, pluginSettingsView } from '@tessera/schemas/plugin';
import { audit, changedFields } from '../../../audit/write-audit.ts';
import { ModuleNotEnabledError, ValidationFailedError } from '../../../http/core-errors.ts';
import { fieldProblemsOf } from '../../../http/validation-problems.ts';
import {
  readPluginSettings,
  readTenantPlugin,
  settingsSchemaOf,
  settingsValidator,
} from '../../../plugin-runtime/plugin-settings.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/:name/settings',
    {
      schema: { tags: ['plugins'], summary: 'A module’s settings for this company', params: pluginNameParams, response: { 200: pluginSettingsView } },
      config: { access: { action: 'read', subject: 'Plugin' } },
    },
    async (req) => {
      const plugin = app.plugins.served(req.params.name);
      return { schema: settingsSchemaOf(plugin), values: await readPluginSettings(req.em, plugin) };
    },
  );

  app.put(
    '/:name/settings',
    {
      schema: {
        tags: ['plugins'],
        summary: 'Change a module’s settings for this company (checked against the module’s settings schema)',
        params: pluginNameParams,
        body: pluginSettingsUpdate,
        response: { 200: pluginSettingsView },
      },
      config: { access: { action: 'update', subject: 'Plugin' } },
    },
    async (req) => {
      const plugin = app.plugins.served(req.params.name);
      const current = await readTenantPlugin(req.em, plugin);
      if (!current.enabled) throw new ModuleNotEnabledError({ plugin: plugin.name });
      const values = structuredClone(req.body as Record<string, unknown>);
      const validate = settingsValidator(plugin);
      if (!validate(values)) {
        throw new ValidationFailedError({}, { fieldProblems: fieldProblemsOf(validate.errors ?? [], 'body', req.locale) });
      }
      const before = current.values;
      await req.em.execute('UPDATE tenant_plugins SET settings = ?::jsonb, updated_at = now() WHERE plugin = ?', [
        JSON.stringify(values),
        plugin.name,
      ]);
      await audit(req, {
        action: 'plugin.settings',
        subject: 'Plugin',
        recordId: null,
        detail: { plugin: plugin.name },
        changes: changedFields(before, values, [...new Set([...Object.keys(before), ...Object.keys(values)])]),
      });
      return { schema: settingsSchemaOf(plugin), values };
    },
  );
});
