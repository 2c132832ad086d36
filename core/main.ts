import { fileURLToPath } from 'node:url';
import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig } from './config/load-config.ts';
import { Database } from './db/database.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './db/embedded-postgres.ts';
import { initOrm } from './db/orm.ts';
import { prepareDatabase } from './db/prepare-database.ts';
import { seedDemoTenant } from './demo/seed-demo-tenant.ts';
import { buildApp } from './http/build-app.ts';
import { preparePlugins } from './plugin-runtime/prepare-plugins.ts';

const log = (line: string) => process.stdout.write(`[tessera] ${line}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let ownerUrl = config.databaseUrl;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, log);
    ownerUrl = embedded.url;
    log('using the embedded PostgreSQL (set DATABASE_URL to use another server)');
  }
  const { appUrl, applied } = await prepareDatabase(config, ownerUrl);
  if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
  const prepared = await preparePlugins(ownerUrl, {
    pluginsDir: fileURLToPath(new URL('../plugins/', import.meta.url)),
    packages: config.pluginPackages,
    autoInstall: config.pluginsAutoInstall,
  });
  for (const change of prepared.changes) log(`plugins: ${change}`);
  for (const problem of prepared.problems) log(`plugins: left out ${problem.plugin} (${problem.code}): ${problem.message}`);
  const { plugins } = prepared;
  if (plugins.length > 0) log(`plugins: serving ${plugins.map((p) => `${p.name}@${p.version}`).join(', ')}`);
  const pluginEntities = plugins.flatMap((plugin) => plugin.entities ?? []);
  const db = new Database(await initOrm({ appUrl, poolMax: config.poolMax, debug: false, pluginEntities }));
  if (config.demo) await seedDemoTenant(db, log);
  const app = await buildApp({ config, db, plugins, ownerUrl, runJobs: true });

  closeWithGrace({ delay: config.shutdownGraceMs }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else log(`${signal ?? 'shutdown'}: finishing in-flight requests`);
    await app.close();
    await db.close();
    await embedded?.stop();
  });
  await app.listen({ host: config.host, port: config.port });
  log(`ready on http://${config.host}:${config.port} (API docs at /api/docs)`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else
    process.stderr.write(
      `[tessera] failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  process.exit(1);
});
