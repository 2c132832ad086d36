import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureAppRole } from '../../core/db/app-role.ts';
import { withDatabase } from '../../core/db/database-urls.ts';
import { coreMigrations } from '../../core/db/migrations/index.ts';
import { migrate } from '../../core/db/migrator.ts';
import { testAppRole } from './test-app-role.ts';
import { startTestDatabaseServer } from './test-database-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgOwnerUrl: string;
    templateDatabase: string;
  }
}

/**
 * Once per run: pick the PostgreSQL server, create a migrated template database, and hand both to the
 * test files, which each clone the template into a database of their own.
 */
export default async function setup(project: TestProject) {
  const server = await startTestDatabaseServer();
  const templateDatabase = `tessera_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.ownerUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  await ensureAppRole(admin, testAppRole.user, testAppRole.password);
  const template = new pg.Client({ connectionString: withDatabase(server.ownerUrl, templateDatabase) });
  await template.connect();
  await migrate(template, 'core', coreMigrations);
  await template.end();
  await admin.end();
  project.provide('pgOwnerUrl', server.ownerUrl);
  project.provide('templateDatabase', templateDatabase);
  return async () => {
    const cleanup = new pg.Client({ connectionString: server.ownerUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    await cleanup.end();
    await server.stop();
  };
}
