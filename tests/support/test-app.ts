import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../core/config/load-config.ts';
import { Database } from '../../core/db/database.ts';
import { appRoleUrl, withDatabase } from '../../core/db/database-urls.ts';
import { initOrm } from '../../core/db/orm.ts';
import { type BuildAppOptions, buildApp } from '../../core/http/build-app.ts';
import type { PluginDefinition } from '../../core/plugin-runtime/plugin-definition.ts';
import { installOrUpgrade } from '../../core/plugin-runtime/plugin-installer.ts';
import { testAppRole } from './test-app-role.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  /** Superuser URL of this file's database: for setting up and inspecting, never for the app. */
  ownerUrl: string;
  /** The app role's URL of this file's database, as the server uses it. */
  appUrl: string;
  close(): Promise<void>;
}

async function createDatabaseFromTemplate(serverUrl: string, name: string, template: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        return;
      } catch (error) {
        // 55006: the template is momentarily in use by a parallel file's CREATE DATABASE
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
      }
    }
  } finally {
    await admin.end();
  }
}

/** Installs each plugin on the file's database, as the platform's start-up does. */
async function installPlugins(ownerUrl: string, plugins: readonly PluginDefinition[]): Promise<void> {
  if (plugins.length === 0) return;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const plugin of plugins) await installOrUpgrade(client, plugin);
  } finally {
    await client.end();
  }
}

/**
 * A second server process's worth of app (own pool, own caches, own change listener) on the same database:
 * for checking what one process does reaches another.
 */
export async function createSiblingApp(t: TestApp): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const plugins = t.app.plugins.all();
  const pluginEntities = plugins.flatMap((plugin) => plugin.entities ?? []);
  const db = new Database(await initOrm({ appUrl: t.appUrl, poolMax: 5, debug: false, pluginEntities }));
  const app = await buildApp({ config: t.app.appConfig, db, logLevel: 'silent', plugins, clock: t.app.clock });
  return {
    app,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** A server on a database of the calling test file's own, cloned from the migrated template. */
export async function createTestApp(
  fileName: string,
  env: Record<string, string> = {},
  plugins: readonly PluginDefinition[] = [],
  options: Pick<BuildAppOptions, 'clock' | 'jobQueue' | 'logLevel' | 'logStream'> = {},
): Promise<TestApp> {
  const serverUrl = inject('pgOwnerUrl');
  const slug = fileName.replace(/^.*\//, '').replace(/\W+/g, '_').slice(0, 30).toLowerCase();
  const name = `tessera_t_${slug}_${randomBytes(3).toString('hex')}`;
  await createDatabaseFromTemplate(serverUrl, name, inject('templateDatabase'));
  const ownerUrl = withDatabase(serverUrl, name);
  const appUrl = appRoleUrl(ownerUrl, testAppRole.user, testAppRole.password);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: ownerUrl,
    DATABASE_APP_USER: testAppRole.user,
    APP_DB_PASSWORD: testAppRole.password,
    TESSERA_DEMO: 'off',
    // test files sign many companies up from one address; the limit itself is tested with a low value
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  await installPlugins(ownerUrl, plugins);
  const pluginEntities = plugins.flatMap((plugin) => plugin.entities ?? []);
  const db = new Database(await initOrm({ appUrl, poolMax: 5, debug: false, pluginEntities }));
  // TEST_LOG_LEVEL=error shows the server's own log while a test is being debugged
  const app = await buildApp({ config, db, logLevel: process.env.TEST_LOG_LEVEL ?? 'silent', plugins, ...options });
  return {
    app,
    db,
    ownerUrl,
    appUrl,
    close: async () => {
      await app.close();
      await db.close();
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
