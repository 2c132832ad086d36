import { customizableResourceList } from '@tessera/schemas/custom-field';
import { fieldCountsByResource } from '../../../forms/custom-fields/custom-field-store.ts';
import { customizableResources } from '../../../forms/custom-fields/customizable-resources.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/resources',
    {
      schema: {
        tags: ['custom-fields'],
        summary: 'The record types of the company’s enabled modules that custom fields can be added to',
        response: { 200: customizableResourceList },
      },
      config: { access: { action: 'read', subject: 'CustomField' } },
    },
    async (req) => {
      const counts = await fieldCountsByResource(req.em);
      return {
        items: customizableResources(req).map(({ key, plugin, resource }) => ({
          resource: key,
          plugin: plugin.name,
          pluginTitle: plugin.title[req.locale],
          title: resource.title[req.locale],
          fieldCount: counts.get(key) ?? 0,
        })),
      };
    },
  );
});
