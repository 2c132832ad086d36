import type { Workload } from '../lib/workload.ts';
import { tenantPage } from './tenant-page.ts';

/**
 * Workload 2: the same page as workload 1, asked with a token whose role reads messages only through a
 * data-scope rule of three conditions (see seed.ts). The rule matches every message the owner has, so the
 * answer is the same as workload 1's; the difference in rps is what compiling and applying the rule costs.
 */
export const scopedPage: Workload = {
  ...tenantPage,
  id: 'scoped-page',
  title: 'Same page under a 3-condition data-scope rule',
  comparedWith: tenantPage.id,
  // at most 1.3× the time of the same request with no rules
  targetRatio: 1 / 1.3,
  tokenOf: (tenant) => tenant.scopedToken,
};
