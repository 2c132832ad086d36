import type { AccessRule } from '@tessera/schemas/access';
import { describe, expect, it } from 'vitest';
import { buildRequestAccess } from '../../core/access/build-request-access.ts';
import { localizeAccessVars } from '../../core/access/localize-access-vars.ts';
import { SubjectRegistry } from '../../core/access/subject-registry.ts';

const registry = new SubjectRegistry();
const title = { 'zh-CN': '拜访', 'en-US': 'Visit' };
registry.addSubject({
  key: 'Visit',
  group: 'test',
  title,
  actions: [
    { key: 'read', title },
    { key: 'update', title },
  ],
  fields: ['title', 'amount', 'ownerId', 'departmentId'].map((key) => ({ key, title, type: 'string' as const })),
  rowScoped: true,
  fieldScoped: true,
});

const me = '11111111-1111-4111-8111-111111111111';
const dept = '22222222-2222-4222-8222-222222222222';
const accessOf = (rules: AccessRule[]) =>
  buildRequestAccess(
    { roles: ['r'], rules, departmentIds: [dept], departmentTreeIds: [dept], attributes: {}, enabledPlugins: [], readOnlyPlugins: {} },
    me,
    registry,
  );

describe('a principal’s access', () => {
  it('turns data scopes into one row condition with the user’s values filled in', () => {
    const access = accessOf([
      { action: 'read', subject: 'Visit', conditions: { ownerId: '${user.id}' } },
      { action: 'read', subject: 'Visit', conditions: { departmentId: { $in: '${user.departmentIds}' } } },
    ]);
    expect(access.rowCondition('read', 'Visit')).toEqual({
      $or: [{ departmentId: { $in: [dept] } }, { ownerId: me }],
    });
    expect(() => access.rowCondition('update', 'Visit')).toThrow(/forbidden/);
  });

  it('lets a cannot win over a can, in rows and in fields', () => {
    const access = accessOf([
      { action: 'read', subject: 'Visit' },
      { action: 'read', subject: 'Visit', conditions: { departmentId: 'x' }, inverted: true },
      { action: 'read', subject: 'Visit', fields: ['amount'], inverted: true },
    ]);
    expect(access.rowCondition('read', 'Visit')).toEqual({ $not: { departmentId: 'x' } });
    expect(access.can('read', 'Visit', { departmentId: 'x' })).toBe(false);
    expect([...access.uniformFields('read', 'Visit')]).toEqual(['title', 'ownerId', 'departmentId']);
    expect(access.maskRows('read', 'Visit', [{ title: 't', amount: 5, ownerId: me, departmentId: 'y' }])).toEqual([
      { title: 't', ownerId: me, departmentId: 'y' },
    ]);
    expect(() => access.assertQueryFields('read', 'Visit', ['amount'])).toThrow(/field-forbidden/);
  });

  it('masks per row when a field is granted only on some rows, and refuses to filter by it', () => {
    const access = accessOf([
      { action: 'read', subject: 'Visit', fields: ['title', 'ownerId'] },
      { action: 'read', subject: 'Visit', conditions: { ownerId: '${user.id}' } },
    ]);
    const rows = [
      { title: 'mine', amount: 1, ownerId: me },
      { title: 'theirs', amount: 2, ownerId: 'other' },
    ];
    expect(access.maskRows('read', 'Visit', rows)).toEqual([
      { title: 'mine', amount: 1, ownerId: me },
      { title: 'theirs', ownerId: 'other' },
    ]);
    expect(() => access.assertQueryFields('read', 'Visit', ['amount'])).toThrow(/field-forbidden/);
  });

  it('checks a write before and after, naming the forbidden field', () => {
    const access = accessOf([
      { action: 'update', subject: 'Visit', fields: ['title'], conditions: { ownerId: '${user.id}' } },
    ]);
    expect(() => access.assertWrite('update', 'Visit', { before: { ownerId: me }, after: { ownerId: me } }, ['title'])).not.toThrow();
    expect(() => access.assertWrite('update', 'Visit', { before: { ownerId: me }, after: { ownerId: me } }, ['amount'])).toThrow(
      /field-forbidden/,
    );
    expect(() => access.assertWrite('update', 'Visit', { before: { ownerId: me }, after: { ownerId: 'other' } }, ['title'])).toThrow(
      /forbidden/,
    );
  });
});

describe('access error wording', () => {
  it('names the subject, action and field in the reader’s words, and leaves unknown keys as they are', () => {
    const words = new SubjectRegistry();
    words.addSubject({
      key: 'Visit',
      group: 'test',
      title: { 'zh-CN': '拜访', 'en-US': 'Visits' },
      actions: [{ key: 'approve', title: { 'zh-CN': '审批', 'en-US': 'Approve' } }],
      fields: [{ key: 'amount', title: { 'zh-CN': '金额', 'en-US': 'Amount' }, type: 'money' }],
      rowScoped: true,
      fieldScoped: true,
    });
    expect(localizeAccessVars({ subject: 'Visit', action: 'approve', field: 'amount' }, words, 'zh-CN')).toEqual({
      subject: '拜访',
      action: '审批',
      field: '金额',
    });
    expect(localizeAccessVars({ subject: 'Visit', action: 'read' }, words, 'en-US')).toEqual({ subject: 'Visits', action: 'Read' });
    expect(localizeAccessVars({ subject: 'Nothing', action: 'read' }, words, 'en-US')).toEqual({ subject: 'Nothing', action: 'read' });
  });
});
