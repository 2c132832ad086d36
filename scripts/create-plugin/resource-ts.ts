import type { PluginNames } from './plugin-names.ts';

export function resourceTemplate(n: PluginNames): string {
  return `import type { ResourceDefinition } from '@tessera/core/sdk';
import { ${n.entity}, itemStatuses } from './entities.ts';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });

/**
 * The record type's REST endpoints (\`/api/p/${n.name}/items\`) and admin screens (list + form), all
 * from this declaration. Field titles come from the subject's fields in permissions.ts.
 */
export const ${n.camel}ItemResource: ResourceDefinition = {
  name: 'items',
  entity: ${n.entity},
  subject: '${n.entity}',
  title: text('${n.words}', '${n.words}'),
  icon: 'AppstoreOutlined',
  schema: {
    required: ['title'],
    properties: {
      title: { type: 'string', minLength: 1, maxLength: 120 },
      status: { type: 'string', enum: itemStatuses, default: 'draft' },
      amountFen: { type: 'integer', minimum: 0, maximum: 9_000_000_000_000, default: 0 },
      ownerId: { type: 'string', format: 'uuid' },
      createdAt: { type: 'string', format: 'date-time', readOnly: true },
    },
  },
  enumLabels: {
    status: { draft: text('草稿', 'Draft'), active: text('进行中', 'Active'), archived: text('已归档', 'Archived') },
  },
  list: {
    columns: ['title', 'status', 'amountFen', 'createdAt'],
    filters: ['status', 'amountFen', 'createdAt'],
    sortable: ['title', 'amountFen', 'createdAt'],
    search: ['title'],
  },
  ownerField: 'ownerId',
};
`;
}
