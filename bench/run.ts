/**
 * `npm run bench`: creates a fresh `tessera_bench` database, starts the platform, seeds 100 tenants ×
 * 10,000 messages, measures each workload on the platform and then on the raw baseline (one server at a
 * time), and writes bench/results/latest.{json,md}. Exit code 1 when the run is invalid or fails.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { benchDatabaseName, createBenchDatabase } from './lib/database.ts';
import { measureLoad } from './lib/measure.ts';
import { type RunningServer, type ServerOptions, startBaseline, startPlatform } from './lib/servers.ts';
import { type BenchSettings, readSettings, SettingsError } from './lib/settings.ts';
import type { Workload } from './lib/workload.ts';
import { type BenchReport, compare, type Measurement, toMarkdown, writeReport } from './report.ts';
import { type BenchTenant, seed } from './seed.ts';
import { groupedReport } from './workloads/grouped-report.ts';
import { scopedPage } from './workloads/scoped-page.ts';
import { tenantPage } from './workloads/tenant-page.ts';
import { benchEnvironment } from './lib/environment.ts';

const allWorkloads: readonly Workload[] = [tenantPage, scopedPage, groupedReport];
/** `BENCH_ONLY=grouped-report` measures only those workloads (and what they are compared with). */
const only = process.env.BENCH_ONLY?.split(',').map((id) => id.trim());
const workloads = only
  ? allWorkloads.filter((w) => only.includes(w.id) || allWorkloads.some((o) => only.includes(o.id) && o.comparedWith === w.id))
  : allWorkloads;

const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, 'bench', 'results');
const log = (line: string): void => console.log(line);

/** A few tenants spread over the seeded ones: first, middle, last. */
function sample(tenants: readonly BenchTenant[]): BenchTenant[] {
  const picks = new Set([0, Math.floor(tenants.length / 2), tenants.length - 1]);
  return [...picks].map((i) => tenants[i]).filter((t): t is BenchTenant => t !== undefined);
}

/** Checks the answers, warms up, then measures every workload on one server. */
async function measure(
  server: RunningServer,
  databaseUrl: string,
  settings: BenchSettings,
  tenants: readonly BenchTenant[],
  fingerprints: Map<string, string>,
): Promise<Map<string, Measurement>> {
  const results = new Map<string, Measurement>();
  for (const workload of workloads) {
    if (workload.comparedWith && server.name !== 'platform') continue;
    const tokens = tenants.map((t) => workload.tokenOf(t));
    for (const tenant of sample(tenants)) {
      const fingerprint = await workload.verify(server.baseUrl, tenant);
      // a compared workload must give the same answer as the one it is compared with
      const key = `${workload.comparedWith ?? workload.id}/${tenant.index}`;
      const seen = fingerprints.get(key);
      if (seen === undefined) fingerprints.set(key, fingerprint);
      else if (seen !== fingerprint)
        throw new Error(`${workload.id}: ${server.name} answers tenant ${tenant.index} with other rows than the platform`);
    }
    const { measurement } = await measureLoad({
      server,
      databaseUrl,
      database: benchDatabaseName,
      load: {
        baseUrl: server.baseUrl,
        path: workload.path,
        method: workload.method,
        jsonBody: workload.jsonBody,
        tokens,
        connections: settings.connections,
      },
      label: workload.id,
      warmupSeconds: settings.warmupSeconds,
      durationSeconds: settings.durationSeconds,
      log,
    });
    results.set(workload.id, measurement);
  }
  return results;
}

async function main(): Promise<number> {
  let settings: BenchSettings;
  try {
    settings = readSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(`bench: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = loadavg()[0] ?? 0;
  if (loadAverageAtStart > 0.5)
    log(`bench: load average is ${loadAverageAtStart.toFixed(2)}: other work will skew the numbers`);

  log('bench: creating database tessera_bench');
  const database = await createBenchDatabase(settings.ownerUrl);
  const serverOptions: ServerOptions = {
    root,
    logDir: resultsDir,
    databaseUrl: database.url,
    poolMax: settings.poolMax,
    cpuProfileDir: settings.cpuProfile ? join(resultsDir, 'profiles') : undefined,
  };

  log('bench: starting the platform (migrations run at start)');
  const platform = await startPlatform(serverOptions);
  let tenants: BenchTenant[];
  let platformResults: Map<string, Measurement>;
  const fingerprints = new Map<string, string>();
  try {
    log(`bench: seeding ${settings.tenants} tenants × ${settings.messagesPerTenant} messages`);
    tenants = await seed({
      databaseUrl: database.url,
      platformUrl: platform.baseUrl,
      tenants: settings.tenants,
      messagesPerTenant: settings.messagesPerTenant,
      seed: settings.seed,
      log,
    });
    log('bench: platform');
    platformResults = await measure(platform, database.url, settings, tenants, fingerprints);
  } finally {
    await platform.child.stop();
  }

  log('bench: starting the baseline');
  const baseline = await startBaseline(serverOptions, tenants);
  let baselineResults: Map<string, Measurement>;
  try {
    log('bench: baseline');
    baselineResults = await measure(baseline, database.url, settings, tenants, fingerprints);
  } finally {
    await baseline.child.stop();
  }

  const reports = workloads.map((w) => {
    const p = platformResults.get(w.id);
    const b = w.comparedWith ? platformResults.get(w.comparedWith) : baselineResults.get(w.id);
    if (!p || !b) throw new Error(`${w.id} was not measured against its reference`);
    return compare(w, p, b);
  });
  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    valid: reports.every((r) => r.problems.length === 0),
    environment: benchEnvironment(database.server.version, loadAverageAtStart),
    settings: {
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
      connections: settings.connections,
      poolMax: settings.poolMax,
      tenants: settings.tenants,
      messagesPerTenant: settings.messagesPerTenant,
      seed: settings.seed,
    },
    workloads: reports,
  };
  const files = await writeReport(resultsDir, report);
  log('');
  log(toMarkdown(report));
  log(`bench: wrote ${files.json} and ${files.markdown}`);
  if (!report.valid) console.error('bench: INVALID run: some requests failed (see Problems above)');
  return report.valid ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
