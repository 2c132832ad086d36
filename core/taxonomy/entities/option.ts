import { defineEntity, p } from '@mikro-orm/core';
import { tenantFilter } from '../../tenancy/tenant-filter.ts';

export const Option = defineEntity({
  name: 'Option',
  tableName: 'options',
  properties: {
    tenantId: p.uuid().primary(),
    setKey: p.string().primary(),
    /** What records store: never changes. */
    value: p.string().primary(),
    parentValue: p.string().nullable(),
    labelZh: p.string(),
    labelEn: p.string().default(''),
    color: p.string().nullable(),
    sortOrder: p.integer().default(0),
    disabled: p.boolean().default(false),
    /** Declared by the set's module: relabelled or disabled, never deleted while the module is installed. */
    declared: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  filters: { tenant: tenantFilter },
});
export type Option = InstanceType<typeof Option.class>;
