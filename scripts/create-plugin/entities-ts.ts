import type { PluginNames } from './plugin-names.ts';

export function entitiesTemplate(n: PluginNames): string {
  return `import { defineEntity, p } from '@mikro-orm/core';
import { customFieldsProperty, tenantFilter } from '@tessera/core/sdk';

export const itemStatuses = ['draft', 'active', 'archived'] as const;

/** One record of ${n.words}. The tenant is part of the key (RLS and Citus need it); the filter is the second fence. */
export const ${n.entity} = defineEntity({
  name: '${n.entity}',
  tableName: '${n.table}',
  properties: {
    tenantId: p.uuid().primary(),
    id: p.uuid().primary(),
    title: p.string(),
    status: p.enum(itemStatuses),
    /** Integer fen (分); bigint read as a number, safe up to 2^53. */
    amountFen: p.bigint('number'),
    ownerId: p.uuid(),
    /** Values of the fields companies add themselves (自定义字段). */
    custom: customFieldsProperty(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  filters: { tenant: tenantFilter },
});
export type ${n.entity} = InstanceType<typeof ${n.entity}.class>;
`;
}
