import type { BenchTenant } from '../seed.ts';

/** A request mix measured on both the platform and the baseline. */
export interface Workload {
  id: string;
  title: string;
  /** Path and query string sent by every request. */
  path: string;
  /** GET unless told; a POST sends `jsonBody` with every request. */
  method?: 'GET' | 'POST';
  jsonBody?: string;
  /**
   * Without `comparedWith`: the platform should reach at least this share of the baseline's rps. With it:
   * this workload should reach at least this share of the `comparedWith` workload's rps on the platform.
   */
  targetRatio: number;
  /**
   * Measured on the platform only, against another platform workload (same request, other principal):
   * what a feature costs on top of the platform itself.
   */
  comparedWith?: string;
  /** The API token the workload's requests carry for `tenant`. */
  tokenOf(tenant: BenchTenant): string;
  /**
   * Sends one request as `tenant` and checks the answer; returns a fingerprint of it that must be the
   * same on the platform and on the baseline (both read the same rows), and the same as the compared
   * workload's.
   */
  verify(baseUrl: string, tenant: BenchTenant): Promise<string>;
}
