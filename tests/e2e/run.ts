import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { withDatabase } from '../../core/db/database-urls.ts';
import { freePort } from '../support/free-port.ts';
import { startTestDatabaseServer } from '../support/test-database-server.ts';
import { run as runAccessControl } from './access-control.e2e.ts';
import { run as runAnnouncements } from './announcements.e2e.ts';
import { run as runCustomFields } from './custom-fields.e2e.ts';
import { run as runDashboards } from './dashboards.e2e.ts';
import { run as runForms } from './forms.e2e.ts';
import { run as runMarketplace, type ScenarioServer } from './marketplace.e2e.ts';
import { run as runOptionSets } from './option-sets.e2e.ts';
import { run as runReportSchedules } from './report-schedules.e2e.ts';
import { run as runReports } from './reports.e2e.ts';
import { run as runShell } from './shell.e2e.ts';

const root = resolve(import.meta.dirname, '../..');

async function waitForReady(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output()}`);
    if (
      (await fetch(`${baseUrl}/readyz`).then(
        (r) => r.status,
        () => 0,
      )) === 200
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not ready within 60 s:\n${output()}`);
}

/** Browser scenarios, each against the built admin UI served by a real server on a fresh database. */
const scenarios: [string, (baseUrl: string, server: ScenarioServer) => Promise<void>][] = [
  ['admin shell', runShell],
  ['access control', runAccessControl],
  ['announcements', runAnnouncements],
  ['marketplace', runMarketplace],
  ['option sets', runOptionSets],
  ['custom fields', runCustomFields],
  ['forms', runForms],
  ['reports', runReports],
  ['report schedules', runReportSchedules],
  ['dashboards', runDashboards],
];

/** `E2E_ONLY=forms,custom fields` runs only those scenarios (while working on them); CI runs all. */
function chosenScenarios(only = process.env.E2E_ONLY): typeof scenarios {
  if (!only) return scenarios;
  const names = only.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !scenarios.some(([known]) => known === name));
  if (unknown.length > 0) throw new Error(`E2E_ONLY names no scenario: ${unknown.join(', ')}`);
  return scenarios.filter(([name]) => names.includes(name));
}

async function main(): Promise<number> {
  const chosen = chosenScenarios();
  const server = await startTestDatabaseServer();
  const database = `tessera_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.ownerUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const databaseUrl = withDatabase(server.ownerUrl, database);
  let output = '';
  const child = spawn(process.execPath, ['core/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      TESSERA_DEMO: 'off',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  let failed = 0;
  try {
    await waitForReady(baseUrl, child, () => output);
    for (const [name, scenario] of chosen) {
      try {
        await scenario(baseUrl, { databaseUrl });
        process.stdout.write(`  ✓ e2e: ${name}\n`);
      } catch (error) {
        failed++;
        process.stdout.write(
          `  ✗ e2e: ${name}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      }
    }
  } finally {
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
    const cleanup = new pg.Client({ connectionString: server.ownerUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await cleanup.end();
    await server.stop();
  }
  process.stdout.write(`e2e: ${chosen.length - failed} passed, ${failed} failed\n`);
  return failed;
}

process.exitCode = (await main()) > 0 ? 1 : 0;
