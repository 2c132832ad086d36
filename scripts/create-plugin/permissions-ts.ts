import type { PluginNames } from './plugin-names.ts';

export function permissionsTemplate(n: PluginNames): string {
  return `import { crudActions, type PluginDefinition, standardActions, subjectField } from '@tessera/core/sdk';

const field = subjectField;

/** Who may do what with ${n.words} records; a company's admin can narrow it per role (系统设置 › 角色). */
export const ${n.camel}Permissions: NonNullable<PluginDefinition['permissions']> = {
  subjects: [
    {
      key: '${n.entity}',
      title: { 'zh-CN': '${n.words}', 'en-US': '${n.words}' },
      actions: crudActions,
      fields: [
        field('id', '编号', 'ID', 'uuid'),
        field('title', '标题', 'Title'),
        field('status', '状态', 'Status'),
        field('amountFen', '金额', 'Amount', 'money'),
        field('ownerId', '负责人', 'Owner', 'uuid'),
        field('createdAt', '创建时间', 'Created', 'date-time'),
      ],
      rowScoped: true,
      fieldScoped: true,
      scopeFields: { owner: 'ownerId' },
    },
  ],
  defaultGrants: {
    admin: [{ action: 'manage', subject: '${n.entity}' }],
    member: [{ action: standardActions.read.key, subject: '${n.entity}' }],
  },
};
`;
}
