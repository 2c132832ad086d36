import { uiExtensions } from '@tessera/schemas/resource';
import { accessOf } from '../../../access/scoped/access-of.ts';
import { withCustomFields } from '../../../forms/custom-fields/custom-resource-view.ts';
import { customResourceKey, takesCustomFields } from '../../../forms/custom-fields/customizable-resources.ts';
import { resourceView } from '../../../plugin-runtime/resources/resource-view.ts';
import { defineRoutes } from '../../../sdk/index.ts';

export default defineRoutes(async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['plugins'],
        summary: 'What the company’s enabled modules add to the signed-in user’s admin UI',
        response: { 200: uiExtensions },
      },
      config: { access: 'authenticated' },
    },
    async (req) => {
      const access = accessOf(req);
      const enabled = new Set(req.principal?.access.context.enabledPlugins ?? []);
      const plugins = app.plugins.all().filter((plugin) => enabled.has(plugin.name));
      const allowed = (need?: { action: string; subject: string }) => !need || access.can(need.action, need.subject);
      return {
        resources: await Promise.all(
          plugins.flatMap((plugin) =>
            (plugin.resources ?? [])
              .filter((resource) => access.can('read', resource.subject))
              .map((resource) => {
                const view = resourceView(req, plugin.name, resource);
                return takesCustomFields(resource) ? withCustomFields(req, view, resource.subject, customResourceKey(plugin.name, resource.name)) : view;
              }),
          ),
        ),
        pages: plugins.flatMap((plugin) =>
          (plugin.ui?.pages ?? [])
            .filter((page) => allowed(page.access))
            .map((page) => ({
              plugin: plugin.name,
              key: page.key,
              title: page.title[req.locale],
              icon: page.icon ?? null,
              uiPath: `/m/${plugin.name}/${page.key}`,
              menuOrder: page.menuOrder === undefined ? 100 : page.menuOrder,
            })),
        ),
        widgets: plugins.flatMap((plugin) =>
          (plugin.ui?.widgets ?? [])
            .filter((widget) => allowed(widget.access))
            .map((widget) => ({ plugin: plugin.name, key: widget.key, title: widget.title[req.locale] })),
        ),
      };
    },
  );
});
