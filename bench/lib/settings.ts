/** Everything a bench run can be told through the environment, read once and checked. */
export interface BenchSettings {
  /** Superuser URL of the PostgreSQL server the bench database is created on. */
  ownerUrl: string;
  /** Measured seconds per target (per round where the bench measures in rounds), after the warm-up. */
  durationSeconds: number;
  warmupSeconds: number;
  /** Measured runs per target, taken in turns with what it is compared with (`npm run bench`). */
  rounds: number;
  connections: number;
  /** pg pool size of both servers (the platform's DATABASE_POOL_MAX). */
  poolMax: number;
  tenants: number;
  messagesPerTenant: number;
  seed: number;
  /** Start the platform with --cpu-prof: a .cpuprofile under bench/results/profiles/ when it stops. */
  cpuProfile: boolean;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SettingsError(`${name} must be an integer in ${min}..${max}, got "${raw}"`);
  }
  return value;
}

/** The defaults a bench may set for itself: how long it measures. */
export type MeasuringDefaults = Pick<BenchSettings, 'durationSeconds' | 'warmupSeconds' | 'rounds'>;

export function readSettings(
  env: NodeJS.ProcessEnv = process.env,
  defaults: MeasuringDefaults = { durationSeconds: 15, warmupSeconds: 3, rounds: 1 },
): BenchSettings {
  const ownerUrl = env.DATABASE_URL;
  if (!ownerUrl) {
    throw new SettingsError(
      'DATABASE_URL is not set. Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench (a superuser URL)',
    );
  }
  if (!/^postgres(ql)?:\/\//.test(ownerUrl)) {
    throw new SettingsError('DATABASE_URL must be a postgres:// URL');
  }
  return {
    ownerUrl,
    durationSeconds: integer(env, 'BENCH_DURATION', defaults.durationSeconds, 1, 3600),
    warmupSeconds: integer(env, 'BENCH_WARMUP', defaults.warmupSeconds, 0, 600),
    rounds: integer(env, 'BENCH_ROUNDS', defaults.rounds, 1, 20),
    connections: integer(env, 'BENCH_CONNECTIONS', 50, 1, 1000),
    poolMax: integer(env, 'BENCH_POOL_MAX', 10, 1, 200),
    tenants: integer(env, 'BENCH_TENANTS', 100, 1, 10000),
    messagesPerTenant: integer(env, 'BENCH_MESSAGES_PER_TENANT', 10000, 50, 1000000),
    seed: integer(env, 'BENCH_SEED', 20240601, 0, 2 ** 32 - 1),
    cpuProfile: env.BENCH_CPU_PROFILE === '1',
  };
}
