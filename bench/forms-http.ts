/**
 * `npm run bench:forms-http`: submissions/s of a 40-field form at 50 connections (issue 7). Creates the
 * database `tessera_bench_forms`, starts the platform, signs a company up with a published form and an API
 * token, and measures `POST /api/forms/:id/submissions`; then stops it and measures a raw fastify + pg
 * server inserting the same jsonb into a copy of the table, one server at a time. Writes
 * bench/results/forms-http.{json,md} and drops the database. Exit code 1 when the run is invalid or fails.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { benchForm } from './forms-http/form-fixture.ts';
import { type FormsHttpReport, storedProblems, toMarkdown, writeReport } from './forms-http/report.ts';
import { type FormsBenchAccount, setUpFormsBench } from './forms-http/setup.ts';
import { checkpoint, countRows, createRawTable, platformTable, rawTable } from './forms-http/tables.ts';
import { verifyRefusal, verifySubmission } from './forms-http/verify.ts';
import { createBenchDatabase, dropBenchDatabase } from './lib/database.ts';
import type { DrainedLoadResult } from './lib/drained-load.ts';
import { measureLoad } from './lib/measure.ts';
import {
  type RunningServer,
  type ServerOptions,
  startPlatform,
  startSubmissionBaseline,
} from './lib/servers.ts';
import { type BenchSettings, readSettings, SettingsError } from './lib/settings.ts';
import { type Measurement, problemsOf } from './report.ts';
import { benchEnvironment } from './lib/environment.ts';

const databaseName = 'tessera_bench_forms';
const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, 'bench', 'results');
const log = (line: string): void => console.log(line);
const jsonBody = JSON.stringify({ data: benchForm.data });

const created = (result: DrainedLoadResult | undefined): number => result?.statusCodes['201'] ?? 0;

/** Checks one submission, then warms up and measures the submission load on `server`. */
async function measureServer(
  server: RunningServer,
  databaseUrl: string,
  settings: BenchSettings,
  account: FormsBenchAccount,
): Promise<{ measurement: Measurement; acknowledged: number }> {
  const path = `/api/forms/${account.formId}/submissions`;
  const { token, formId, version } = account;
  await verifySubmission(server.baseUrl, { path, token, data: benchForm.data, formId, version });
  if (server.name === 'platform') {
    const store = benchForm.data['store'] as Record<string, unknown>;
    const data = { ...benchForm.data, store: { ...store, region: 'atlantis' } };
    await verifyRefusal(server.baseUrl, { path, token, data, pointer: '/body/data/store/region' });
  }
  await checkpoint(databaseUrl);
  const { measurement, warmUp } = await measureLoad({
    server,
    databaseUrl,
    database: databaseName,
    load: {
      baseUrl: server.baseUrl,
      path,
      method: 'POST',
      jsonBody,
      tokens: [token],
      connections: settings.connections,
    },
    label: 'form-submission',
    warmupSeconds: settings.warmupSeconds,
    // autocannon's end cuts requests off mid-way, which leaks the platform's pooled connections (README)
    drainWarmUp: true,
    durationSeconds: settings.durationSeconds,
    log,
  });
  // the verifying submission, then every 201 of the warm-up and of the measured run
  return { measurement, acknowledged: 1 + created(warmUp) + created(measurement) };
}

async function run(settings: BenchSettings, database: { url: string; version: string }): Promise<FormsHttpReport> {
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = loadavg()[0] ?? 0;
  const serverOptions: ServerOptions = {
    root,
    logDir: resultsDir,
    logPrefix: 'forms-',
    databaseUrl: database.url,
    poolMax: settings.poolMax,
    cpuProfileDir: settings.cpuProfile ? join(resultsDir, 'profiles') : undefined,
  };

  log('bench:forms-http: starting the platform (migrations run at start)');
  const platform = await startPlatform(serverOptions);
  let account: FormsBenchAccount;
  let platformRun: Awaited<ReturnType<typeof measureServer>>;
  try {
    log(`bench:forms-http: signing a company up, publishing the ${benchForm.fieldCount}-field form`);
    account = await setUpFormsBench(platform.baseUrl);
    log('bench:forms-http: platform');
    platformRun = await measureServer(platform, database.url, settings, account);
  } finally {
    await platform.child.stop();
  }

  log(`bench:forms-http: creating ${rawTable} and starting the raw insert baseline`);
  await createRawTable(database.url);
  const baseline = await startSubmissionBaseline(serverOptions, account);
  let baselineRun: Awaited<ReturnType<typeof measureServer>>;
  try {
    log('bench:forms-http: baseline');
    baselineRun = await measureServer(baseline, database.url, settings, account);
  } finally {
    await baseline.child.stop();
  }

  const platformRows = await countRows(database.url, platformTable, benchForm.data);
  const baselineRows = await countRows(database.url, rawTable, benchForm.data);
  const stored = {
    platform: { ...platformRows, acknowledged: platformRun.acknowledged },
    baseline: { ...baselineRows, acknowledged: baselineRun.acknowledged },
  };
  const problems = [
    ...problemsOf('platform', platformRun.measurement),
    ...problemsOf('raw insert', baselineRun.measurement),
    ...storedProblems('platform', stored.platform),
    ...storedProblems('raw insert', stored.baseline),
  ];
  const baselineRps = baselineRun.measurement.rps;
  return {
    startedAt,
    finishedAt: new Date().toISOString(),
    valid: problems.length === 0,
    environment: benchEnvironment(database.version, loadAverageAtStart),
    settings: {
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
      connections: settings.connections,
      poolMax: settings.poolMax,
      fieldCount: benchForm.fieldCount,
      payloadBytes: Buffer.byteLength(jsonBody),
    },
    path: '/api/forms/:id/submissions',
    platform: platformRun.measurement,
    baseline: baselineRun.measurement,
    ratio: baselineRps > 0 ? platformRun.measurement.rps / baselineRps : 0,
    stored,
    problems,
  };
}

async function main(): Promise<number> {
  let settings: BenchSettings;
  try {
    settings = readSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(`bench:forms-http: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const loadAverage = loadavg()[0] ?? 0;
  if (loadAverage > 0.5)
    log(`bench:forms-http: load average is ${loadAverage.toFixed(2)}: other work will skew the numbers`);

  log(`bench:forms-http: creating database ${databaseName}`);
  const database = await createBenchDatabase(settings.ownerUrl, databaseName);
  let report: FormsHttpReport;
  try {
    report = await run(settings, { url: database.url, version: database.server.version });
  } finally {
    await dropBenchDatabase(settings.ownerUrl, databaseName);
    log(`bench:forms-http: dropped database ${databaseName}`);
  }
  const files = await writeReport(resultsDir, report);
  log('');
  log(toMarkdown(report));
  log(`bench:forms-http: wrote ${files.json} and ${files.markdown}`);
  if (!report.valid) console.error('bench:forms-http: INVALID run (see Problems above)');
  return report.valid ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench:forms-http: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
