import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchReport, Measurement } from '../report.ts';

/** Rows a server's table holds after its runs, against the submissions it answered 201 to. */
export interface StoredRows {
  rows: number;
  /** Rows whose data is exactly the bench payload (jsonb equality). */
  samePayload: number;
  acknowledged: number;
}

export interface FormsHttpReport {
  startedAt: string;
  finishedAt: string;
  /** False when a run saw a non-2xx answer or a connection error, or a table lacks acknowledged rows. */
  valid: boolean;
  environment: BenchReport['environment'];
  settings: {
    durationSeconds: number;
    warmupSeconds: number;
    connections: number;
    poolMax: number;
    fieldCount: number;
    payloadBytes: number;
  };
  path: string;
  platform: Measurement;
  /** The raw fastify + pg insert (bench/baseline/submission-server.ts). */
  baseline: Measurement;
  /** platform rps / baseline rps. */
  ratio: number;
  stored: { platform: StoredRows; baseline: StoredRows };
  problems: string[];
}

/** What makes stored rows disagree with what a server acknowledged. */
export function storedProblems(server: string, stored: StoredRows): string[] {
  const problems: string[] = [];
  if (stored.rows < stored.acknowledged)
    problems.push(`${server}: ${stored.rows} rows stored, ${stored.acknowledged} submissions acknowledged`);
  if (stored.samePayload !== stored.rows)
    problems.push(`${server}: ${stored.rows - stored.samePayload} stored rows differ from the submitted data`);
  return problems;
}

const number = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The results as a short Markdown document; the same table is printed to the terminal. */
export function toMarkdown(report: FormsHttpReport): string {
  const s = report.settings;
  const env = report.environment;
  const lines = [
    '# Tessera bench: form submissions over HTTP, latest run',
    '',
    `${report.finishedAt} · ${report.valid ? 'valid' : '**INVALID** (see problems)'} · ` +
      `${s.fieldCount}-field form, ${number(s.payloadBytes)} bytes of JSON per submission · ${s.connections} connections · ` +
      `${s.durationSeconds} s measured after ${s.warmupSeconds} s warm-up · pg pool ${s.poolMax}`,
    '',
    `Node ${env.node} · PostgreSQL ${env.postgres} · ${env.cpus} × ${env.cpuModel} · ${env.os} · ` +
      `load average ${env.loadAverageAtStart.toFixed(2)} at start`,
    '',
    '| Workload | Server | submissions/s (mean) | p50 ms | p99 ms | non-2xx | server CPU ms/req | pg CPU ms/req | ratio |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [server, r] of [
    ['platform', report.platform],
    ['raw insert', report.baseline],
  ] as const) {
    const cpu = r.cpuMsPerRequest;
    const first = server === 'platform';
    lines.push(
      `| ${first ? `\`POST ${report.path}\`` : ''} | ${server} | ${number(r.rps)} | ` +
        `${number(r.p50Ms, 1)} | ${number(r.p99Ms, 1)} | ${r.non2xx + r.errors} | ` +
        `${cpu ? number(cpu.server, 2) : '–'} | ${cpu ? number(cpu.postgres, 2) : '–'} | ` +
        `${first ? `platform / raw insert **${report.ratio.toFixed(2)}×**` : ''} |`,
    );
  }
  if (report.problems.length > 0) lines.push('', '## Problems', '', ...report.problems.map((p) => `- ${p}`));
  lines.push('', 'non-2xx counts connection errors too. See bench/README.md for how to read this.', '');
  return lines.join('\n');
}

/** Writes `forms-http.json` and `forms-http.md` into `dir` (next to the main bench's `latest.*`). */
export async function writeReport(dir: string, report: FormsHttpReport): Promise<{ json: string; markdown: string }> {
  await mkdir(dir, { recursive: true });
  const json = join(dir, 'forms-http.json');
  const markdown = join(dir, 'forms-http.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, toMarkdown(report));
  return { json, markdown };
}
