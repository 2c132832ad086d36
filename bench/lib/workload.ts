import type { BenchTenant } from '../seed.ts';

/** A request mix measured on both the platform and the baseline. */
export interface Workload {
  id: string;
  title: string;
  /** Path and query string sent by every request. */
  path: string;
  /** The platform should reach at least this share of the baseline's rps. */
  targetRatio: number;
  /**
   * Sends one request as `tenant` and checks the answer; returns a fingerprint of it that must be the
   * same on the platform and on the baseline (both read the same rows).
   */
  verify(baseUrl: string, tenant: BenchTenant): Promise<string>;
}
