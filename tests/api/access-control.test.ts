import type { AuditEntryView, DepartmentView, RoleView } from '@tessera/schemas/access';
import type { SessionView } from '@tessera/schemas/auth';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { inviteMember } from '../support/members.ts';
import { type SignedUp, signUpCompany } from '../support/test-client.ts';

let t: TestApp;
let owner: SignedUp;
beforeAll(async () => {
  t = await createTestApp(import.meta.filename);
  owner = await signUpCompany(t.app);
});
afterAll(() => t.close());

const addMember = (role: string) => inviteMember(owner.client, role);

async function roleByKey(key: string): Promise<RoleView> {
  const roles = (await owner.client.get('/api/roles')).json<{ items: RoleView[] }>().items;
  const role = roles.find((r) => r.key === key);
  if (!role) throw new Error(`no role ${key}`);
  return role;
}

async function auditActions(): Promise<string[]> {
  const page = (await owner.client.get('/api/audit-log?pageSize=100')).json<{ items: AuditEntryView[] }>();
  return page.items.map((e) => e.action);
}

describe('roles', () => {
  it('lists the built-in roles with names in the reader’s language and the owner role read-only', async () => {
    const roles = (await owner.client.get('/api/roles')).json<{ items: RoleView[] }>().items;
    expect(roles.map((r) => [r.key, r.name, r.builtIn])).toEqual([
      ['admin', '管理员', true],
      ['member', '成员', true],
      ['owner', '所有者', true],
    ]);
    expect(roles.find((r) => r.key === 'owner')?.editable).toBe(false);
    const edit = await owner.client.patch(`/api/roles/${(await roleByKey('owner')).id}`, { rules: [] });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().code).toBe('role-not-editable');
  });

  it('refuses rules naming unknown subjects, actions, fields, operators and placeholders, writing nothing', async () => {
    const response = await owner.client.post('/api/roles', {
      key: 'broken',
      name: '有误的角色',
      rules: [
        { action: 'read', subject: 'Nothing' },
        { action: 'fly', subject: 'Member' },
        { action: 'read', subject: 'Message', conditions: { nope: 1 } },
        { action: 'read', subject: 'Message', conditions: { category: { $where: 'x' } } },
        { action: 'read', subject: 'Message', conditions: { recipientId: '${user.password}' } },
        { action: 'read', subject: 'Member', conditions: { displayName: 'x' } },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('rules-invalid');
    expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      '/body/rules/0/subject',
      '/body/rules/1/action',
      '/body/rules/2/conditions/nope',
      '/body/rules/3/conditions/category/$where',
      '/body/rules/4/conditions/recipientId',
      '/body/rules/5/conditions',
    ]);
    expect(response.json().errors.map((e: { message: string }) => e.message)).toEqual([
      '没有名为 Nothing 的权限对象。',
      '「成员」没有操作 fly。',
      '「消息」没有字段 nope。',
      '不允许使用运算符 $where。',
      '未知的占位符 ${user.password}。',
      '「成员」不支持数据范围条件。',
    ]);
    expect((await owner.client.get('/api/roles')).json().total).toBe(3);
  });

  it('creates a custom role, assigns it, and the member can do exactly that', async () => {
    const created = await owner.client.post('/api/roles', {
      key: 'hr',
      name: '人事专员',
      rules: [
        { action: 'read', subject: 'Member' },
        { action: 'update', subject: 'Member' },
        { action: 'read', subject: 'Department' },
      ],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<RoleView>().editable).toBe(true);
    const invite = await owner.client.post('/api/invitations', { email: 'hr-lead@example.com', role: 'hr' });
    const preview = await t.app.inject({ method: 'GET', url: `/api/invitations/by-token/${invite.json().token}` });
    expect(preview.json()).toMatchObject({ role: 'hr', roleName: '人事专员' });
    const hr = await addMember('member');
    const assigned = await owner.client.patch(`/api/users/${hr.userId}`, { roles: ['hr'] });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().roles).toEqual(['hr']);

    // the next request already runs with the new role
    const session = (await hr.client.get('/api/auth/session')).json<SessionView>();
    expect(session.roles).toEqual(['hr']);
    // a member may not read the role list, so the session names their own roles
    expect(session.roleNames).toEqual({ hr: '人事专员' });
    expect(session.rules.map((r) => `${r.action} ${r.subject}`)).toEqual([
      'read Member',
      'update Member',
      'read Department',
    ]);
    expect((await hr.client.get('/api/users')).statusCode).toBe(200);
    expect((await hr.client.get('/api/tenant')).statusCode).toBe(403);

    // no escalation: hr may update members but cannot hand out a role above its own rights
    const selfPromotion = await hr.client.patch(`/api/users/${hr.userId}`, { roles: ['hr', 'admin'] });
    expect(selfPromotion.statusCode).toBe(403);
    expect(selfPromotion.json().code).toBe('role-not-grantable');
    const ownerGrab = await hr.client.patch(`/api/users/${owner.session.user.id}`, { roles: [] });
    expect(ownerGrab.statusCode).toBe(403);
    const newRole = await hr.client.post('/api/roles', { key: 'x2', name: 'x', rules: [] });
    expect(newRole.statusCode).toBe(403);
    expect((await owner.client.get(`/api/users?role=admin`)).json().total).toBe(0);

    const actions = await auditActions();
    expect(actions).toEqual(expect.arrayContaining(['role.create', 'member.update', 'access.denied']));
    const denied = (await owner.client.get(`/api/audit-log?outcome=denied&actorId=${hr.userId}`)).json<{
      items: AuditEntryView[];
      total: number;
    }>();
    expect(denied.total).toBe(3);
    expect(denied.items.map((e) => e.detail?.code).sort()).toEqual(['forbidden', 'role-not-grantable', 'role-not-grantable']);
  });

  it('gives a member with no role nothing but their own session and profile', async () => {
    const nobody = await addMember('member');
    expect((await owner.client.patch(`/api/users/${nobody.userId}`, { roles: [] })).statusCode).toBe(200);
    expect((await nobody.client.get('/api/auth/session')).statusCode).toBe(200);
    const profile = await nobody.client.patch('/api/auth/profile', { displayName: '赵六' });
    expect(profile.statusCode).toBe(200);
    expect(profile.json().displayName).toBe('赵六');
    for (const url of ['/api/users', '/api/roles', '/api/departments', '/api/tenant', '/api/audit-log', '/api/messages', '/api/plugins']) {
      expect((await nobody.client.get(url)).statusCode, url).toBe(403);
    }
  });

  it('writes users, roles and memberships only through their own endpoints, never by mass assignment', async () => {
    const writes = t.app.routeTable
      .filter((r) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method))
      .map((r) => `${r.method} ${r.url}`)
      .filter((route) => /\/(users|roles|memberships|member-roles)\b/.test(route))
      .sort();
    expect(writes).toEqual([
      'DELETE /api/roles/:id',
      'DELETE /api/users/:id',
      'PATCH /api/roles/:id',
      'PATCH /api/users/:id',
      'POST /api/roles',
    ]);
    const member = await addMember('member');
    for (const body of [{ tenantId: owner.session.tenant.id }, { email: 'x@example.com' }, { role: 'owner' }, { userId: member.userId }]) {
      const response = await owner.client.patch(`/api/users/${member.userId}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    const profile = await member.client.request('PATCH', '/api/auth/profile', { displayName: '王五', roles: ['owner'] });
    expect(profile.statusCode).toBe(400);
    const session = (await member.client.get('/api/auth/session')).json<SessionView>();
    expect(session.roles).toEqual(['member']);
    const roleWithId = await owner.client.post('/api/roles', { key: 'sneaky', name: 'x', rules: [], builtIn: true });
    expect(roleWithId.statusCode).toBe(400);
  });

  it('keeps the last owner and refuses to delete a role in use', async () => {
    const demote = await owner.client.patch(`/api/users/${owner.session.user.id}`, { roles: ['admin'] });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe('last-owner');
    const inUse = await owner.client.delete(`/api/roles/${(await roleByKey('hr')).id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().code).toBe('role-in-use');
  });
});

describe('departments', () => {
  it('builds a tree, refuses cycles and deleting a department that is not empty', async () => {
    const create = async (name: string, parentId?: string) => {
      const response = await owner.client.post('/api/departments', { name, parentId });
      expect(response.statusCode).toBe(201);
      return response.json<DepartmentView>();
    };
    const sales = await create('销售部');
    const east = await create('华东区', sales.id);
    const shanghai = await create('上海办', east.id);
    expect((await owner.client.post('/api/departments', { name: '华东区', parentId: sales.id })).json().code).toBe(
      'department-name-taken',
    );
    const cycle = await owner.client.patch(`/api/departments/${sales.id}`, { parentId: shanghai.id });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().code).toBe('department-cycle');
    const tree = (await owner.client.get('/api/departments')).json<{ items: DepartmentView[] }>().items;
    expect(tree.map((d) => d.name)).toEqual(['销售部', '华东区', '上海办']);

    const member = await addMember('member');
    await owner.client.patch(`/api/users/${member.userId}`, { departmentIds: [shanghai.id] });
    expect((await owner.client.get(`/api/users?departmentId=${shanghai.id}`)).json().total).toBe(1);
    expect((await owner.client.delete(`/api/departments/${east.id}`)).json().code).toBe('department-not-empty');
    expect((await owner.client.delete(`/api/departments/${shanghai.id}`)).json().code).toBe('department-not-empty');
    const unknown = await owner.client.patch(`/api/users/${member.userId}`, {
      departmentIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].pointer).toBe('/body/departmentIds/0');
  });
});

describe('the audit log', () => {
  it('exports CSV with formula cells neutralised', async () => {
    await owner.client.patch('/api/tenant', { name: '=HYPERLINK("http://evil")' });
    const csv = await owner.client.get('/api/audit-log/export?action=tenant.update');
    expect(csv.statusCode).toBe(200);
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    expect(csv.body).toContain('tenant.update');
    expect(csv.body).not.toMatch(/,=HYPERLINK/);
  });

  it('offers no route that writes, changes or deletes entries', () => {
    const writes = t.app.routeTable.filter((r) => r.url.startsWith('/api/audit-log') && r.method !== 'GET' && r.method !== 'HEAD');
    expect(writes).toEqual([]);
  });

  it('cannot be altered or deleted by the app role', async () => {
    const client = new pg.Client({ connectionString: t.appUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [owner.session.tenant.id]);
      expect((await client.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n).toBeGreaterThan(0);
      await expect(client.query("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [owner.session.tenant.id]);
      await expect(client.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });
});
