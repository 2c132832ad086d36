import { cpus, release, type } from 'node:os';

/** What a result was measured on, for its report. */
export function benchEnvironment(postgres: string, loadAverageAtStart: number) {
  return {
    node: process.versions.node,
    postgres,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    os: `${type()} ${release()}`,
    loadAverageAtStart,
  };
}
