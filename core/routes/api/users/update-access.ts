import { memberAccessUpdate } from '@tessera/schemas/access';
import { idParams } from '@tessera/schemas/common';
import { memberView } from '@tessera/schemas/member';
import { UnknownAttributeError, UnknownDepartmentError, UnknownRoleError } from '../../../access/access-errors.ts';
import { ownerRoleKey } from '../../../access/built-in-roles.ts';
import { Department } from '../../../access/entities/department.ts';
import { Role } from '../../../access/entities/role.ts';
import { assertCanGrant, granterOf } from '../../../access/grant-bounds.ts';
import { rolesOfMembers, setMemberRoles } from '../../../access/member-roles.ts';
import { assertNotLastOwner } from '../../../access/owners.ts';
import { audit, type AuditChange } from '../../../audit/write-audit.ts';
import { principalOf } from '../../../auth/principal-of.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';
import { Membership } from '../../../tenancy/entities/membership.ts';
import { toMemberViews } from '../../../tenancy/views/member-view.ts';

const problem = (pointer: string, code: string, message: string) => ({ fieldProblems: [{ pointer, code, message }] });

export default defineRoutes(async (app) => {
  app.patch(
    '/:id',
    {
      schema: {
        tags: ['users'],
        summary: "Change a member's roles, departments and scope attributes",
        params: idParams,
        body: memberAccessUpdate,
        response: { 200: memberView },
      },
      config: { access: { action: 'update', subject: 'Member' } },
    },
    async (req) => {
      const principal = principalOf(req);
      const userId = req.params.id;
      const membership = await req.em.findOne(Membership, { user: userId }, { populate: ['user'] });
      if (!membership) throw new NotFoundError({ resource: 'user' });
      const changes: Record<string, AuditChange> = {};

      if (req.body.roles) {
        const wanted = [...req.body.roles].sort();
        const held = (await rolesOfMembers(req.em, [userId])).get(userId) ?? [];
        const touched = [...wanted.filter((k) => !held.includes(k)), ...held.filter((k) => !wanted.includes(k))];
        const roles = await req.em.find(Role, { key: { $in: touched } });
        touched.forEach((key) => {
          const role = roles.find((r) => r.key === key);
          if (!role) {
            const index = wanted.indexOf(key);
            throw new UnknownRoleError({ role: key }, problem(`/body/roles/${index}`, 'unknown-role', key));
          }
          assertCanGrant(granterOf(principal), role);
        });
        if (held.includes(ownerRoleKey) && !wanted.includes(ownerRoleKey)) await assertNotLastOwner(req.em, userId);
        if (touched.length > 0) {
          await setMemberRoles(req.em, principal.tenantId, userId, wanted);
          changes.roles = { before: held, after: wanted };
        }
      }

      if (req.body.departmentIds) {
        const wanted = [...req.body.departmentIds].sort();
        const found = await req.em.find(Department, { id: { $in: wanted } }, { fields: ['id'] });
        const missing = wanted.find((id) => !found.some((d) => d.id === id));
        if (missing) {
          const index = req.body.departmentIds.indexOf(missing);
          throw new UnknownDepartmentError({}, problem(`/body/departmentIds/${index}`, 'unknown-department', missing));
        }
        const before = await req.em.execute<{ department_id: string }[]>(
          'SELECT department_id FROM department_members WHERE user_id = ? ORDER BY department_id',
          [userId],
        );
        await req.em.execute('DELETE FROM department_members WHERE user_id = ?', [userId]);
        if (wanted.length > 0) {
          await req.em.execute(
            'INSERT INTO department_members (tenant_id, department_id, user_id) SELECT ?, unnest(ARRAY[?]::uuid[]), ?',
            [principal.tenantId, wanted, userId],
          );
        }
        changes.departmentIds = { before: before.map((r) => r.department_id), after: wanted };
      }

      if (req.body.attributes) {
        for (const key of Object.keys(req.body.attributes)) {
          if (!app.subjects.attribute(key)) {
            throw new UnknownAttributeError({ attribute: key }, problem(`/body/attributes/${key}`, 'unknown-attribute', key));
          }
        }
        changes.attributes = { before: membership.attributes, after: req.body.attributes };
        membership.attributes = req.body.attributes;
        await req.em.flush();
      }

      await audit(req, { action: 'member.update', subject: 'Member', recordId: userId, changes });
      app.tokenCache.invalidateTenant(principal.tenantId);
      const [view] = await toMemberViews(req.em, [membership]);
      if (!view) throw new TypeError('member view missing');
      return view;
    },
  );
});
