import { describe, expect, it } from 'vitest';
import type { DepartmentView } from '../api/departments-api.ts';
import { buildDepartmentTree, subtreeIds } from './department-tree.ts';

const department = (id: string, parentId: string | null): DepartmentView => ({
  id,
  parentId,
  name: id,
  sortOrder: 0,
  memberCount: 0,
});
const items = [
  department('sales', null),
  department('east', 'sales'),
  department('shanghai', 'east'),
  department('north', 'sales'),
  department('finance', null),
  department('orphan', 'gone'),
];

describe('department tree', () => {
  it('nests children under their parents in list order, an orphan as a root', () => {
    const tree = buildDepartmentTree(items);
    expect(tree.map((node) => node.department.id)).toEqual(['sales', 'finance', 'orphan']);
    expect(tree[0]?.children.map((node) => node.department.id)).toEqual(['east', 'north']);
    expect(tree[0]?.children[0]?.children.map((node) => node.department.id)).toEqual(['shanghai']);
  });

  it('finds a department with everything under it', () => {
    expect([...subtreeIds(items, 'sales')].sort()).toEqual(['east', 'north', 'sales', 'shanghai']);
    expect([...subtreeIds(items, 'finance')]).toEqual(['finance']);
  });
});
