import { defineEntity, p } from '@mikro-orm/core';
import { tenantFilter } from '../../tenancy/tenant-filter.ts';

export const OptionSet = defineEntity({
  name: 'OptionSet',
  tableName: 'option_sets',
  properties: {
    tenantId: p.uuid().primary(),
    key: p.string().primary(),
    nameZh: p.string(),
    nameEn: p.string().default(''),
    /** The module that declared the set; null for the company's own. */
    plugin: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  filters: { tenant: tenantFilter },
});
export type OptionSet = InstanceType<typeof OptionSet.class>;
