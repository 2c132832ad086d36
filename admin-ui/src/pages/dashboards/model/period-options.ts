import type { RelativePeriod } from '@tessera/schemas/dataset';

/** The relative periods a `period` filter offers, in the order people look for them. */
export { type RelativePeriod, relativePeriods } from '@tessera/schemas/dataset';

export const periodLabelKey = (period: RelativePeriod) => `dashboards.period.${period}`;
