import { fileURLToPath } from 'node:url';
import { pluginNameParams } from '@tessera/schemas/plugin';
import { operatorPluginList, operatorUninstall } from '@tessera/schemas/operator';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { DatabaseUnavailableError, NotFoundError } from '../../../http/core-errors.ts';
import { availablePlugins, defaultExportDir, installNamed, pluginInventory, uninstallNamed } from '../../../plugin-runtime/operator-plugins.ts';
import { PluginLifecycleError } from '../../../plugin-runtime/plugin-installer.ts';
import { PluginLifecycleRefusedError } from '../../../plugin-runtime/plugin-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const pluginsDir = fileURLToPath(new URL('../../../../plugins/', import.meta.url));
const operator = { access: 'operator' } as const;
const tags = ['operator'];

/** Runs `work` as the owner role; lifecycle refusals become 409 problems naming why. */
async function asOwner<T>(app: FastifyInstance, work: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!app.ownerUrl) throw new DatabaseUnavailableError({});
  const client = new pg.Client({ connectionString: app.ownerUrl });
  await client.connect();
  try {
    return await work(client);
  } catch (error) {
    if (error instanceof PluginLifecycleError) throw new PluginLifecycleRefusedError({ reason: error.message });
    throw error;
  } finally {
    await client.end();
  }
}

/** The platform operator's plugin lifecycle, as `npm run tessera -- plugins …` offers it on the command line. */
export default defineRoutes(async (app) => {
  const available = () => availablePlugins(pluginsDir, app.appConfig.pluginPackages);

  app.get('/plugins', { schema: { tags, summary: 'Plugins this platform can install, and their state', response: { 200: operatorPluginList } }, config: operator }, async () => {
    const { registry, problems } = await available();
    const items = await asOwner(app, (client) => pluginInventory(client, registry));
    return { items: items.map((item) => ({ ...item, served: app.plugins.get(item.name)?.version === item.installedVersion })), problems };
  });

  app.post(
    '/plugins/:name/install',
    { schema: { tags, summary: 'Install or upgrade a plugin and what it requires', params: pluginNameParams }, config: operator },
    async (req) => {
      const { registry } = await available();
      if (!registry.get(req.params.name)) throw new NotFoundError({ resource: 'plugin' });
      const results = await asOwner(app, (client) => installNamed(client, registry, [req.params.name]));
      return { results, restartRequired: results.some((r) => app.plugins.get(r.plugin)?.version !== r.to) };
    },
  );

  app.post(
    '/plugins/:name/uninstall',
    { schema: { tags, summary: 'Uninstall a plugin (force: after exporting every company’s data)', params: pluginNameParams, body: operatorUninstall }, config: operator },
    async (req) => {
      const { registry } = await available();
      const plugin = registry.get(req.params.name);
      if (!plugin) throw new NotFoundError({ resource: 'plugin' });
      const force = req.body?.force ?? false;
      const result = await asOwner(app, (client) => uninstallNamed(client, registry, plugin, { force, exportDir: defaultExportDir(app.appConfig.dataDir) }));
      return { ...result, restartRequired: app.plugins.get(plugin.name) !== undefined };
    },
  );
});
