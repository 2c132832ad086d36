import type { SubjectView } from '../api/access-api.ts';

export interface MatrixColumn {
  key: string;
  title: string;
}

export interface MatrixGroup {
  group: string;
  /** The declaring module's name in the reader's language, as the server gives it. */
  title: string;
  subjects: SubjectView[];
}

/** The standard actions lead, in the order people think of them (增删改查 as 查看, 新建, 编辑, 删除). */
const leadingActions = ['read', 'create', 'update', 'delete', 'manage'];

function actionRank(key: string): number {
  const rank = leadingActions.indexOf(key);
  return rank === -1 ? leadingActions.length : rank;
}

/**
 * The matrix's shape: one column per action any subject declares (standard ones first, then the others
 * in the order they first appear), and the subjects grouped by the module that declares them, `core` first.
 */
export function matrixLayout(subjects: readonly SubjectView[]): { columns: MatrixColumn[]; groups: MatrixGroup[] } {
  const columns: MatrixColumn[] = [];
  const groups: MatrixGroup[] = [];
  for (const subject of subjects) {
    for (const action of subject.actions) {
      if (!columns.some((column) => column.key === action.key)) columns.push({ key: action.key, title: action.title });
    }
    const group = groups.find((candidate) => candidate.group === subject.group);
    if (group) group.subjects.push(subject);
    else groups.push({ group: subject.group, title: subject.groupTitle, subjects: [subject] });
  }
  columns.sort((a, b) => actionRank(a.key) - actionRank(b.key));
  groups.sort((a, b) => Number(b.group === 'core') - Number(a.group === 'core'));
  return { columns, groups };
}
