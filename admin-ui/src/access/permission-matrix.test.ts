import { describe, expect, it } from 'vitest';
import type { AccessRule, SubjectView } from '../api/access-api.ts';
import { advancedRules, matrixToRules, rulesToMatrix, setMatrixCell } from './permission-matrix.ts';

const ownDepartment = { department: { $in: '${user.departmentIds}' } };
const member: SubjectView = {
  key: 'Member',
  title: '成员',
  group: 'core',
  groupTitle: '系统',
  rowScoped: true,
  fieldScoped: true,
  actions: [
    { key: 'read', title: '查看' },
    { key: 'update', title: '编辑' },
  ],
  fields: [
    { key: 'email', title: '邮箱', type: 'string' },
    { key: 'mobile', title: '手机号', type: 'string' },
  ],
  scopes: [
    { key: 'all', title: '全部', conditions: null },
    { key: 'department', title: '本部门', conditions: ownDepartment },
  ],
};
const role: SubjectView = { ...member, key: 'Role', title: '角色', fields: [], scopes: [] };
const subjects = [member, role];
const rulesOf = (rules: readonly AccessRule[]) => matrixToRules(rulesToMatrix(rules, subjects), subjects).rules;

describe('rulesToMatrix and matrixToRules', () => {
  it.each<[string, AccessRule[]]>([
    ['a plain grant', [{ action: 'read', subject: 'Member' }]],
    ['a data scope', [{ action: 'read', subject: 'Member', conditions: ownDepartment }]],
    ['allowed fields', [{ action: 'update', subject: 'Member', fields: ['mobile'] }]],
    [
      'hidden fields',
      [
        { action: 'read', subject: 'Member' },
        { action: 'read', subject: 'Member', fields: ['mobile', 'email'], inverted: true },
      ],
    ],
  ])('shows %s as a cell and writes it back the same', (_, rules) => {
    const matrix = rulesToMatrix(rules, subjects);
    expect(advancedRules(matrix)).toEqual([]);
    expect(Object.keys(matrix.cells)).toHaveLength(1);
    expect(rulesOf(rules)).toEqual(rules);
  });

  it('reads a scope whose conditions come back with their keys in another order', () => {
    const scoped = { ...member, scopes: [{ key: 'mine', title: '本人', conditions: { a: 1, b: { c: 2, d: 3 } } }] };
    const rules: AccessRule[] = [{ action: 'read', subject: 'Member', conditions: { b: { d: 3, c: 2 }, a: 1 } }];
    const matrix = rulesToMatrix(rules, [scoped]);
    expect(matrix.cells['Member:read']).toEqual({ scope: 'mine', fields: null, hiddenFields: [] });
  });

  it.each<[string, AccessRule[]]>([
    ['everything', [{ action: 'manage', subject: 'all' }]],
    ['an unknown subject', [{ action: 'read', subject: 'Order' }]],
    ['an action the subject lacks', [{ action: 'export', subject: 'Member' }]],
    ['conditions that are no scope', [{ action: 'read', subject: 'Member', conditions: { id: 'x' } }]],
    ['a field the subject lacks', [{ action: 'read', subject: 'Member', fields: ['salary'] }]],
    ['a reason', [{ action: 'read', subject: 'Member', reason: 'policy' }]],
    ['a lone cannot rule', [{ action: 'read', subject: 'Member', inverted: true }]],
    [
      'two grants for one cell',
      [
        { action: 'read', subject: 'Member', conditions: ownDepartment },
        { action: 'read', subject: 'Member', fields: ['email'] },
      ],
    ],
    [
      'a cell split by another rule',
      [
        { action: 'read', subject: 'Member' },
        { action: 'read', subject: 'Role' },
        { action: 'read', subject: 'Member', fields: ['mobile'], inverted: true },
      ],
    ],
  ])('keeps %s as advanced rules, unchanged and in order', (_, rules) => {
    const matrix = rulesToMatrix(rules, subjects);
    const cellRules = rules.filter((rule) => rule.subject === 'Role');
    expect(advancedRules(matrix)).toEqual(rules.filter((rule) => !cellRules.includes(rule)));
    expect(rulesOf(rules)).toEqual(rules);
  });

  it('keeps every rule in its place around advanced rules', () => {
    const rules: AccessRule[] = [
      { action: 'manage', subject: 'all' },
      { action: 'read', subject: 'Member', conditions: ownDepartment },
      { action: 'delete', subject: 'all', inverted: true },
      { action: 'read', subject: 'Role' },
    ];
    expect(rulesOf(rules)).toEqual(rules);
  });
});

describe('setMatrixCell', () => {
  const start = rulesToMatrix(
    [
      { action: 'read', subject: 'Member' },
      { action: 'manage', subject: 'all', inverted: true, fields: ['mobile'] },
    ],
    subjects,
  );

  it('adds a new cell after every existing rule', () => {
    const next = setMatrixCell(start, 'Role', 'read', { scope: null, fields: null, hiddenFields: [] });
    expect(matrixToRules(next, subjects).rules.at(-1)).toEqual({ action: 'read', subject: 'Role' });
  });

  it('changes a cell in its place and returns where each rule came from', () => {
    const grant = { scope: 'department', fields: null, hiddenFields: ['mobile'] };
    const next = setMatrixCell(start, 'Member', 'read', grant);
    const { rules, origins } = matrixToRules(next, subjects);
    expect(rules).toEqual([
      { action: 'read', subject: 'Member', conditions: ownDepartment },
      { action: 'read', subject: 'Member', fields: ['mobile'], inverted: true },
      { action: 'manage', subject: 'all', inverted: true, fields: ['mobile'] },
    ]);
    expect(origins).toEqual([
      { kind: 'cell', subject: 'Member', action: 'read' },
      { kind: 'cell', subject: 'Member', action: 'read' },
      { kind: 'advanced', index: 0 },
    ]);
  });

  it('clears a cell without touching the input', () => {
    const next = setMatrixCell(start, 'Member', 'read', undefined);
    expect(matrixToRules(next, subjects).rules).toEqual([
      { action: 'manage', subject: 'all', inverted: true, fields: ['mobile'] },
    ]);
    expect(Object.keys(start.cells)).toEqual(['Member:read']);
  });
});
