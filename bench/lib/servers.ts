import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { BenchTenant } from '../seed.ts';
import { type Child, startChild } from './child.ts';
import { freePort, waitForOk } from './http.ts';
import { startScriptNodeFlags } from './start-flags.ts';

/** A server under test, started as its own process so it never shares an event loop with autocannon. */
export interface RunningServer {
  name: 'platform' | 'baseline';
  baseUrl: string;
  child: Child;
  /** The database role its pool connects as: whose backends' CPU is its. */
  databaseRole: string;
}

export interface ServerOptions {
  /** Repository root. */
  root: string;
  /** Where the server's log file goes. */
  logDir: string;
  /** Owner (superuser) URL of the bench database. */
  databaseUrl: string;
  poolMax: number;
  /** Put before the log file's name (`forms-platform.log`), so one bench's logs never overwrite another's. */
  logPrefix?: string | undefined;
  /** Directory for a V8 CPU profile of the platform, written when it stops; none if undefined. */
  cpuProfileDir?: string | undefined;
}

const readyTimeoutMs = 60000;

/** Node 24 from the `node` dev dependency (it runs .ts), else the Node running the bench. */
function nodeBinary(root: string): string {
  const pinned = join(root, 'node_modules', '.bin', 'node');
  return existsSync(pinned) ? pinned : process.execPath;
}

/** Only what a server needs: the rest of the bench's environment stays out of the measurement. */
function baseEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LANG: process.env.LANG, TZ: 'UTC' };
}

async function start(
  name: RunningServer['name'],
  args: string[],
  env: NodeJS.ProcessEnv,
  options: ServerOptions,
  databaseRole: string,
): Promise<RunningServer> {
  const port = await freePort();
  const child = startChild({
    name,
    command: nodeBinary(options.root),
    args,
    cwd: options.root,
    env: { ...baseEnv(), ...env, HOST: '127.0.0.1', PORT: String(port) },
    logFile: join(options.logDir, `${options.logPrefix ?? ''}${name}.log`),
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(`${baseUrl}/readyz`, readyTimeoutMs, child.exitReason);
  } catch (error) {
    await child.stop(2000);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${name} did not become ready: ${message}\n--- last lines of ${name}.log ---\n${child.tail()}`, {
      cause: error,
    });
  }
  return { name, baseUrl, child, databaseRole };
}

/** The platform's app role in the bench: a role of its own (see startPlatform). */
const platformRole = 'tessera_bench_app';

/** The baselines connect as the owner of the bench database (a superuser: no RLS applies). */
function ownerRole(options: ServerOptions): string {
  return decodeURIComponent(new URL(options.databaseUrl).username) || process.env.PGUSER || userInfo().username;
}

/** The platform as deployed: production mode, migrations at start, no demo data, fixed bench secrets. */
export function startPlatform(options: ServerOptions): Promise<RunningServer> {
  return start(
    'platform',
    [
      ...startScriptNodeFlags(options.root),
      ...(options.cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir] : []),
      'core/main.ts',
    ],
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      TESSERA_DEMO: 'off',
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_MAX: String(options.poolMax),
      // A role of its own, so the bench never changes the password of the role tests or development use.
      DATABASE_APP_USER: platformRole,
      APP_DB_PASSWORD: 'bench-app-db-password',
      // Sign-up is rate-limited per address (30 a minute by default); the seed signs up every tenant from one.
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      // production installs no plugin by itself; the grouped-report workload reads the announcements module
      TESSERA_PLUGINS_AUTO_INSTALL: 'on',
    },
    options,
    platformRole,
  );
}

/** The raw fastify + pg baseline, given the seeded tokens up front. */
export function startBaseline(options: ServerOptions, tenants: readonly BenchTenant[]): Promise<RunningServer> {
  const tokens = Object.fromEntries(tenants.map((t) => [t.token, { tenantId: t.tenantId, userId: t.userId }]));
  return start(
    'baseline',
    ['bench/baseline/server.ts'],
    {
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      POOL_MAX: String(options.poolMax),
      BASELINE_TOKENS: JSON.stringify(tokens),
    },
    options,
    ownerRole(options),
  );
}

/** The raw insert baseline of the forms bench, given the one submitter (token, company, form) up front. */
export function startSubmissionBaseline(
  options: ServerOptions,
  submitter: { token: string; tenantId: string; userId: string; formId: string; version: number },
): Promise<RunningServer> {
  return start(
    'baseline',
    ['bench/baseline/submission-server.ts'],
    {
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      POOL_MAX: String(options.poolMax),
      BASELINE_SUBMITTER: JSON.stringify(submitter),
    },
    options,
    ownerRole(options),
  );
}
