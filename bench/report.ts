import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadResult } from './lib/load.ts';
import type { BenchSettings } from './lib/settings.ts';

/** A load result with the CPU time the server and PostgreSQL spent per request, where /proc tells it. */
export interface Measurement extends LoadResult {
  cpuMsPerRequest: { server: number; postgres: number } | null;
  /** Each round's rps, where the measurement combines rounds (rps is then their median). */
  roundRps?: number[];
}

export interface WorkloadReport {
  id: string;
  title: string;
  path: string;
  platform: Measurement;
  /** What the platform is held against: the raw baseline, or another workload on the platform. */
  baseline: Measurement;
  /** `baseline`, or the id of the platform workload this one is compared with. */
  reference: string;
  /** platform rps / reference rps. */
  ratio: number;
  targetRatio: number;
  meetsTarget: boolean;
  /** Why the numbers of this workload do not count (non-2xx answers, connection errors). */
  problems: string[];
}

export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  /** False when any workload saw a non-2xx answer or a connection error: the numbers do not count. */
  valid: boolean;
  environment: {
    node: string;
    postgres: string;
    cpus: number;
    cpuModel: string;
    os: string;
    /** 1-minute load average when the bench started: other work on the machine skews the numbers. */
    loadAverageAtStart: number;
  };
  settings: Omit<BenchSettings, 'ownerUrl' | 'cpuProfile'>;
  workloads: WorkloadReport[];
}

/** The checks that decide whether a workload's run counts. */
export function problemsOf(target: string, result: LoadResult): string[] {
  const problems: string[] = [];
  if (result.non2xx > 0)
    problems.push(`${target}: ${result.non2xx} non-2xx answers (${JSON.stringify(result.statusCodes)})`);
  if (result.errors > 0) problems.push(`${target}: ${result.errors} connection errors (${result.timeouts} timeouts)`);
  if (result.requests === 0) problems.push(`${target}: no request completed`);
  return problems;
}

/** One workload's line of the report: both measurements, their ratio and whether the run counts. */
export function compare(
  workload: { id: string; title: string; path: string; targetRatio: number; comparedWith?: string },
  platform: Measurement,
  baseline: Measurement,
): WorkloadReport {
  const ratio = baseline.rps > 0 ? platform.rps / baseline.rps : 0;
  return {
    id: workload.id,
    title: workload.title,
    path: workload.path,
    platform,
    baseline,
    reference: workload.comparedWith ?? 'baseline',
    ratio,
    targetRatio: workload.targetRatio,
    meetsTarget: ratio >= workload.targetRatio,
    problems: [...problemsOf('platform', platform), ...problemsOf(workload.comparedWith ?? 'baseline', baseline)],
  };
}

const number = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The results as a short Markdown document; the same table is printed to the terminal. */
export function toMarkdown(report: BenchReport): string {
  const s = report.settings;
  const lines = [
    '# Tessera bench: latest run',
    '',
    `${report.finishedAt} · ${report.valid ? 'valid' : '**INVALID** (see problems)'} · ` +
      `${s.tenants} tenants × ${number(s.messagesPerTenant)} messages · ${s.connections} connections · ` +
      `${s.rounds > 1 ? `${s.rounds} rounds of ${s.durationSeconds} s in turns` : `${s.durationSeconds} s measured`} ` +
      `after ${s.warmupSeconds} s warm-up · pg pool ${s.poolMax}`,
    '',
    `Node ${report.environment.node} · PostgreSQL ${report.environment.postgres} · ` +
      `${report.environment.cpus} × ${report.environment.cpuModel} · ${report.environment.os} · ` +
      `load average ${report.environment.loadAverageAtStart.toFixed(2)} at start`,
    '',
    `| Workload | Server | rps (${s.rounds > 1 ? 'median round' : 'mean'}) | p50 ms | p99 ms | non-2xx | server CPU ms/req | pg CPU ms/req | ratio |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const w of report.workloads) {
    const againstBaseline = w.reference === 'baseline';
    const verdict = againstBaseline
      ? `platform / baseline **${w.ratio.toFixed(2)}×** ${w.meetsTarget ? '✓' : '✗'} (target ≥ ${w.targetRatio}×)`
      : // time per request relative to the reference: the inverse of the rps ratio
        `time / ${w.reference} **${(1 / w.ratio).toFixed(2)}×** ${w.meetsTarget ? '✓' : '✗'} ` +
        `(target ≤ ${(1 / w.targetRatio).toFixed(1)}×)`;
    for (const [server, r] of [
      ['platform', w.platform],
      [againstBaseline ? 'baseline' : `platform, as ${w.reference}`, w.baseline],
    ] as const) {
      const cpu = r.cpuMsPerRequest;
      lines.push(
        `| ${server === 'platform' ? w.title : ''} | ${server} | ${number(r.rps)} | ${number(r.p50Ms, 1)} | ` +
          `${number(r.p99Ms, 1)} | ${r.non2xx + r.errors} | ${cpu ? number(cpu.server, 2) : '–'} | ` +
          `${cpu ? number(cpu.postgres, 2) : '–'} | ${server === 'platform' ? verdict : ''} |`,
      );
    }
  }
  const rounds = report.workloads.flatMap((w) =>
    [
      ['platform', w.platform],
      [w.reference === 'baseline' ? 'baseline' : `platform as ${w.reference}`, w.baseline],
    ].flatMap(([server, r]) =>
      typeof r === 'object' && r.roundRps ? [`${w.id} on ${server}: ${r.roundRps.map((rps) => number(rps)).join(' · ')}`] : [],
    ),
  );
  if (rounds.length > 0) lines.push('', `Each round's rps (mean of its seconds): ${rounds.join('; ')}.`);
  const problems = report.workloads.flatMap((w) => w.problems.map((p) => `- ${w.id}: ${p}`));
  if (problems.length > 0) lines.push('', '## Problems', '', ...problems);
  lines.push('', 'non-2xx counts connection errors too. See bench/README.md for how to read this.', '');
  return lines.join('\n');
}

/** Writes `latest.json` and `latest.md` into `dir`. */
export async function writeReport(dir: string, report: BenchReport): Promise<{ json: string; markdown: string }> {
  await mkdir(dir, { recursive: true });
  const json = join(dir, 'latest.json');
  const markdown = join(dir, 'latest.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, toMarkdown(report));
  return { json, markdown };
}
