import type { Measurement } from '../report.ts';
import type { LoadResult } from './load.ts';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * One target's rounds as one measurement: rps and latencies are the rounds' medians (a round disturbed by
 * other work on the machine does not move them), counts are summed (a failed request in any round makes
 * the run invalid), CPU per request is the rounds' CPU over their requests.
 */
export function combineRounds(rounds: readonly Measurement[]): Measurement {
  if (rounds.length === 0) throw new Error('no rounds to combine');
  const sum = (pick: (round: LoadResult) => number): number => rounds.reduce((total, round) => total + pick(round), 0);
  const statusCodes: Record<string, number> = {};
  for (const round of rounds)
    for (const [code, count] of Object.entries(round.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + count;
  const requests = sum((round) => round.requests);
  const counted = rounds.every((round) => round.cpuMsPerRequest !== null);
  const cpuTotal = (pick: (cpu: NonNullable<Measurement['cpuMsPerRequest']>) => number): number =>
    rounds.reduce((total, round) => total + (round.cpuMsPerRequest ? pick(round.cpuMsPerRequest) * round.requests : 0), 0);
  return {
    rps: median(rounds.map((round) => round.rps)),
    p50Ms: median(rounds.map((round) => round.p50Ms)),
    p99Ms: median(rounds.map((round) => round.p99Ms)),
    requests,
    non2xx: sum((round) => round.non2xx),
    errors: sum((round) => round.errors),
    timeouts: sum((round) => round.timeouts),
    durationSeconds: sum((round) => round.durationSeconds),
    statusCodes,
    cpuMsPerRequest:
      counted && requests > 0
        ? { server: cpuTotal((cpu) => cpu.server) / requests, postgres: cpuTotal((cpu) => cpu.postgres) / requests }
        : null,
    roundRps: rounds.map((round) => round.rps),
  };
}
