import type { SubjectAction } from './subject-registry.ts';

/** The actions every subject may use, with the words of UI.md. */
export const standardActions = {
  read: { key: 'read', title: { 'zh-CN': '查看', 'en-US': 'Read' } },
  create: { key: 'create', title: { 'zh-CN': '新建', 'en-US': 'Create' } },
  update: { key: 'update', title: { 'zh-CN': '编辑', 'en-US': 'Update' } },
  delete: { key: 'delete', title: { 'zh-CN': '删除', 'en-US': 'Delete' } },
  export: { key: 'export', title: { 'zh-CN': '导出', 'en-US': 'Export' } },
} as const satisfies Record<string, SubjectAction>;

/** `manage` stands for every action of a subject; `all` for every subject (CASL's own words). */
export const manageAction = 'manage';
export const allSubjects = 'all';

export const crudActions: readonly SubjectAction[] = [
  standardActions.read,
  standardActions.create,
  standardActions.update,
  standardActions.delete,
];
