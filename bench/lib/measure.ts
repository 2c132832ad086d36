import type { Measurement } from '../report.ts';
import { startCpuCount } from './cpu.ts';
import { withClient } from './database.ts';
import { type DrainedLoadResult, runDrainedLoad } from './drained-load.ts';
import { type LoadOptions, runLoad } from './load.ts';
import type { RunningServer } from './servers.ts';

export interface MeasureOptions {
  server: RunningServer;
  /** Owner URL of the bench database, and its name: the PostgreSQL backends whose CPU is counted. */
  databaseUrl: string;
  database: string;
  /** What one request is; the run's length and title come from the fields below. */
  load: Omit<LoadOptions, 'durationSeconds' | 'title'>;
  label: string;
  warmupSeconds: number;
  /** Warm up with a run that waits for every answer (see runDrainedLoad) instead of autocannon. */
  drainWarmUp?: boolean;
  durationSeconds: number;
  log: (line: string) => void;
}

/**
 * Warms up (results kept apart), then measures one load on one server while counting the CPU time the
 * server and its PostgreSQL backends spend; fails when the server died during the run.
 */
export async function measureLoad(
  options: MeasureOptions,
): Promise<{ measurement: Measurement; warmUp?: DrainedLoadResult }> {
  const { server, log, label } = options;
  let warmUp: DrainedLoadResult | undefined;
  if (options.warmupSeconds > 0) {
    log(`  ${label} on ${server.name}: warm-up ${options.warmupSeconds} s`);
    const warmUpLoad = { ...options.load, durationSeconds: options.warmupSeconds };
    warmUp = options.drainWarmUp
      ? await runDrainedLoad(warmUpLoad)
      : await runLoad({ ...warmUpLoad, title: `${label} warm-up` });
  }
  log(`  ${label} on ${server.name}: measuring ${options.durationSeconds} s`);
  const { result, cpu } = await withClient(options.databaseUrl, async (client) => {
    const count = await startCpuCount(client, server.child.pid, options.database, server.databaseRole);
    const loaded = await runLoad({ ...options.load, durationSeconds: options.durationSeconds, title: label });
    return { result: loaded, cpu: await count.stop() };
  });
  const perRequest = (ms: number): number => (result.requests > 0 ? ms / result.requests : 0);
  const cpuMsPerRequest = cpu ? { server: perRequest(cpu.serverMs), postgres: perRequest(cpu.postgresMs) } : null;
  log(
    `    ${result.rps.toFixed(0)} rps, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, non-2xx ${result.non2xx}, ` +
      `errors ${result.errors}` +
      (cpuMsPerRequest
        ? `, CPU per request: server ${cpuMsPerRequest.server.toFixed(2)} ms, PostgreSQL ${cpuMsPerRequest.postgres.toFixed(2)} ms`
        : ''),
  );
  const exited = server.child.exitReason();
  if (exited) throw new Error(`${server.name} ${exited} during ${label}\n${server.child.tail()}`);
  return { measurement: { ...result, cpuMsPerRequest }, ...(warmUp ? { warmUp } : {}) };
}
