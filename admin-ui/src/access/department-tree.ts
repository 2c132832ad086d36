import type { DepartmentView } from '../api/departments-api.ts';

export interface DepartmentNode {
  department: DepartmentView;
  children: DepartmentNode[];
}

/**
 * The tree from the server's flat list (parents before children, siblings already in order). A
 * department whose parent is missing from the list becomes a root, so nothing disappears.
 */
export function buildDepartmentTree(items: readonly DepartmentView[]): DepartmentNode[] {
  const nodes = new Map(items.map((department) => [department.id, { department, children: [] as DepartmentNode[] }]));
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.department.parentId ? nodes.get(node.department.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** A department and everything under it: the parents it may not be moved into. */
export function subtreeIds(items: readonly DepartmentView[], id: string): Set<string> {
  const ids = new Set([id]);
  // Parents come before children, so one pass in list order finds every descendant.
  for (const department of items) {
    if (department.parentId && ids.has(department.parentId)) ids.add(department.id);
  }
  return ids;
}

export interface DepartmentTreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: DepartmentTreeOption[];
}

/** TreeSelect data; `disabledIds` are shown but cannot be picked. */
export function departmentTreeOptions(
  nodes: readonly DepartmentNode[],
  disabledIds: ReadonlySet<string> = new Set(),
): DepartmentTreeOption[] {
  return nodes.map(({ department, children }) => ({
    value: department.id,
    title: department.name,
    ...(disabledIds.has(department.id) ? { disabled: true } : {}),
    children: departmentTreeOptions(children, disabledIds),
  }));
}
