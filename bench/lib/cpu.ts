import { readFile } from 'node:fs/promises';
import type pg from 'pg';

/** Linux reports process CPU time in clock ticks; 100 a second on every mainstream build. */
const ticksPerSecond = 100;

/** User + system CPU time of a process so far, in ms; undefined where /proc is not there (not Linux). */
async function processCpuMs(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond : undefined;
  } catch {
    return undefined;
  }
}

async function sumCpuMs(pids: readonly number[]): Promise<Map<number, number>> {
  const times = new Map<number, number>();
  for (const pid of pids) {
    const ms = await processCpuMs(pid);
    if (ms !== undefined) times.set(pid, ms);
  }
  return times;
}

/** CPU spent during a measurement by the server process and by the PostgreSQL backends serving it. */
export interface CpuUse {
  serverMs: number;
  postgresMs: number;
}

/**
 * Starts counting CPU time of `serverPid` and of the backends connected to `database` now as `role` (the
 * server's pool, full after the warm-up; the bench's own connection and the platform's job queue
 * excluded, so another server idling on the same database is not counted), and of those it opens before
 * `stop()`, which returns what they used since, or undefined where /proc cannot be read (the PostgreSQL
 * server must run on this machine). A connection closed during the run takes its time with it.
 */
export async function startCpuCount(
  client: pg.Client,
  serverPid: number,
  database: string,
  role: string,
): Promise<{ stop(): Promise<CpuUse | undefined> }> {
  const backendPids = async (): Promise<number[]> => {
    const backends = await client.query<{ pid: number }>(
      `select pid from pg_stat_activity
        where datname = $1 and usename = $2 and pid <> pg_backend_pid() and application_name <> 'tessera-jobs'`,
      [database, role],
    );
    return backends.rows.map((row) => row.pid);
  };
  const pids = await backendPids();
  const serverBefore = await processCpuMs(serverPid);
  const postgresBefore = await sumCpuMs(pids);
  return {
    async stop() {
      const serverAfter = await processCpuMs(serverPid);
      const postgresAfter = await sumCpuMs(pids);
      // a connection the pool opened during the run: all its time is the run's
      const opened = await sumCpuMs((await backendPids()).filter((pid) => !postgresBefore.has(pid)));
      if (serverBefore === undefined || serverAfter === undefined || postgresBefore.size + opened.size === 0) return undefined;
      let postgresMs = 0;
      for (const [pid, before] of postgresBefore) postgresMs += (postgresAfter.get(pid) ?? before) - before;
      for (const ms of opened.values()) postgresMs += ms;
      return { serverMs: serverAfter - serverBefore, postgresMs };
    },
  };
}
