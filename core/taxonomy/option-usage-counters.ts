import { formDefinitionsUsage, formSubmissionsUsage } from '../forms/form-option-usage.ts';
import type { OptionUsageCounter } from './option-usage.ts';

/**
 * The core's option usage counters, in the order they are asked:
 * - `forms.submissions`: `countValues` counts submissions whose `data` holds one of the values at a
 *   property whose schema says `x-options: <set>` (and custom field values the same way);
 *   `countSet` counts those holding any value of the set;
 * - `forms.definitions`: `countValues` is 0; `countSet` counts forms (drafts and published versions)
 *   whose schema names the set with `x-options`, so a set a form still offers cannot be deleted.
 * Each runs in the request's transaction (RLS-bound), one after another.
 */
export const coreOptionUsageCounters: readonly OptionUsageCounter[] = [formSubmissionsUsage, formDefinitionsUsage];
