/**
 * `npm run bench`: creates a fresh `tessera_bench` database, starts the platform, seeds 100 tenants ×
 * 10,000 messages, starts the raw baseline, measures each workload on the platform and on what it is
 * compared with in turns (one server under load at a time), and writes bench/results/latest.{json,md}.
 * Exit code 1 when the run is invalid or fails.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { benchDatabaseName, createBenchDatabase } from './lib/database.ts';
import { measureLoad } from './lib/measure.ts';
import { type RunningServer, type ServerOptions, startBaseline, startPlatform } from './lib/servers.ts';
import { type BenchSettings, readSettings, SettingsError } from './lib/settings.ts';
import type { Workload } from './lib/workload.ts';
import { type BenchReport, compare, type Measurement, toMarkdown, type WorkloadReport, writeReport } from './report.ts';
import { combineRounds } from './lib/rounds.ts';
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

/** Checks that every workload gets the right answer from each server it is measured on, the same on all. */
async function verify(servers: readonly RunningServer[], tenants: readonly BenchTenant[], fingerprints: Map<string, string>): Promise<void> {
  for (const workload of workloads) {
    for (const server of servers) {
      if (workload.comparedWith && server.name !== 'platform') continue;
      for (const tenant of sample(tenants)) {
        const fingerprint = await workload.verify(server.baseUrl, tenant);
        // a compared workload must give the same answer as the one it is compared with
        const key = `${workload.comparedWith ?? workload.id}/${tenant.index}`;
        const seen = fingerprints.get(key);
        if (seen === undefined) fingerprints.set(key, fingerprint);
        else if (seen !== fingerprint)
          throw new Error(`${workload.id}: ${server.name} answers tenant ${tenant.index} with other rows than the platform`);
      }
    }
  }
}

/** A workload sent to a server. */
interface Target {
  server: RunningServer;
  workload: Workload;
}

/**
 * Measures two targets in turns: both warmed up, then `rounds` measured runs of each (each after a second
 * of unmeasured load), the order flipped every round (A B, B A, A B …) so that drift on the machine falls on both alike. Each target's rounds are
 * combined by their median (see combineRounds).
 */
async function measureInTurns(
  targets: readonly [Target, Target],
  databaseUrl: string,
  settings: BenchSettings,
  tenants: readonly BenchTenant[],
): Promise<[Measurement, Measurement]> {
  const run = async (target: Target, label: string, warmupSeconds: number): Promise<Measurement> => {
    const { measurement } = await measureLoad({
      server: target.server,
      databaseUrl,
      database: benchDatabaseName,
      load: {
        baseUrl: target.server.baseUrl,
        path: target.workload.path,
        method: target.workload.method,
        jsonBody: target.workload.jsonBody,
        tokens: tenants.map((t) => target.workload.tokenOf(t)),
        connections: settings.connections,
      },
      label,
      warmupSeconds,
      durationSeconds: settings.durationSeconds,
      log,
    });
    return measurement;
  };
  const rounds: [Measurement[], Measurement[]] = [[], []];
  for (let round = 1; round <= settings.rounds; round++) {
    const order = round % 2 === 1 ? [0, 1] : [1, 0];
    for (const index of order) {
      const target = targets[index] as Target;
      // later rounds get a second of load first: the pool may have closed connections while it idled
      const warmUp = round === 1 ? settings.warmupSeconds : Math.min(settings.warmupSeconds, 1);
      rounds[index]?.push(await run(target, `${target.workload.id} round ${round}/${settings.rounds}`, warmUp));
    }
  }
  return [combineRounds(rounds[0]), combineRounds(rounds[1])];
}

async function main(): Promise<number> {
  let settings: BenchSettings;
  try {
    settings = readSettings(process.env, { durationSeconds: 10, warmupSeconds: 30, rounds: 3 });
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
  let baseline: RunningServer | undefined;
  let reports: WorkloadReport[];
  try {
    log(`bench: seeding ${settings.tenants} tenants × ${settings.messagesPerTenant} messages`);
    const tenants = await seed({
      databaseUrl: database.url,
      platformUrl: platform.baseUrl,
      tenants: settings.tenants,
      messagesPerTenant: settings.messagesPerTenant,
      seed: settings.seed,
      log,
    });
    // both servers stay up; only the one being measured gets requests
    log('bench: starting the baseline');
    baseline = await startBaseline(serverOptions, tenants);
    await verify([platform, baseline], tenants, new Map());
    reports = [];
    for (const workload of workloads) {
      const reference = workload.comparedWith ? allWorkloads.find((w) => w.id === workload.comparedWith) : workload;
      if (!reference) throw new Error(`${workload.id} is compared with an unknown workload`);
      log(`bench: ${workload.id} against ${workload.comparedWith ? `${reference.id} on the platform` : 'the baseline'}`);
      const [measured, against] = await measureInTurns(
        [
          { server: platform, workload },
          { server: workload.comparedWith ? platform : baseline, workload: reference },
        ],
        database.url,
        settings,
        tenants,
      );
      reports.push(compare(workload, measured, against));
    }
  } finally {
    await baseline?.child.stop();
    await platform.child.stop();
  }

  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    valid: reports.every((r) => r.problems.length === 0),
    environment: benchEnvironment(database.server.version, loadAverageAtStart),
    settings: {
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
      rounds: settings.rounds,
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
