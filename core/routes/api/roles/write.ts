import { customRuleFieldKeys } from '../../../forms/custom-fields/custom-field-rule-fields.ts';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { roleCreate, roleUpdate, roleView } from '@tessera/schemas/access';
import { idParams } from '@tessera/schemas/common';
import { v7 as uuidv7 } from 'uuid';
import { RoleInUseError, RoleKeyTakenError, RoleNotEditableError } from '../../../access/access-errors.ts';
import { assertValidRules } from '../../../access/assert-valid-rules.ts';
import { ownerRoleKey } from '../../../access/built-in-roles.ts';
import { Role } from '../../../access/entities/role.ts';
import { assertCanGrant, granterOf } from '../../../access/grant-bounds.ts';
import { toRoleViews } from '../../../access/views/role-view.ts';
import { audit, changedFields } from '../../../audit/write-audit.ts';
import { principalOf } from '../../../auth/principal-of.ts';
import { NotFoundError } from '../../../http/core-errors.ts';
import { defineRoutes } from '../../../sdk/index.ts';

const roleRecord = (role: Role) => ({ name: role.name, description: role.description, rules: role.rules });

export default defineRoutes(async (app) => {
  app.post(
    '/',
    {
      schema: { tags: ['roles'], summary: 'Create a role', body: roleCreate, response: { 201: roleView } },
      config: { access: { action: 'create', subject: 'Role' } },
    },
    async (req, reply) => {
      const principal = principalOf(req);
      assertValidRules(req.body.rules, app.subjects, req.locale, await customRuleFieldKeys(req));
      assertCanGrant(granterOf(principal), { key: req.body.key, rules: req.body.rules });
      if (await req.em.count(Role, { key: req.body.key })) throw new RoleKeyTakenError({ role: req.body.key });
      const role = req.em.create(Role, {
        tenantId: principal.tenantId,
        id: uuidv7(),
        key: req.body.key,
        name: req.body.name,
        description: req.body.description ?? '',
        builtIn: false,
        rules: req.body.rules,
      });
      try {
        await req.em.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw new RoleKeyTakenError({ role: req.body.key });
        throw error;
      }
      await audit(req, {
        action: 'role.create',
        subject: 'Role',
        recordId: role.key,
        changes: changedFields(null, roleRecord(role), ['name', 'description', 'rules']),
      });
      reply.code(201);
      return (await toRoleViews(req.em, [role], principal, req.locale))[0];
    },
  );

  app.patch(
    '/:id',
    {
      schema: { tags: ['roles'], summary: 'Change a role', params: idParams, body: roleUpdate, response: { 200: roleView } },
      config: { access: { action: 'update', subject: 'Role' } },
    },
    async (req) => {
      const principal = principalOf(req);
      const role = await req.em.findOne(Role, { id: req.params.id });
      if (!role) throw new NotFoundError({ resource: 'role' });
      if (role.key === ownerRoleKey) throw new RoleNotEditableError({ role: role.key });
      // a role above the editor's own rights is out of reach, before and after the change
      assertCanGrant(granterOf(principal), role);
      if (req.body.rules) {
        assertValidRules(req.body.rules, app.subjects, req.locale, await customRuleFieldKeys(req));
        assertCanGrant(granterOf(principal), { key: role.key, rules: req.body.rules });
      }
      const before = roleRecord(role);
      if (req.body.name !== undefined && !role.builtIn) role.name = req.body.name;
      if (req.body.description !== undefined) role.description = req.body.description;
      if (req.body.rules) role.rules = req.body.rules;
      await req.em.flush();
      await audit(req, {
        action: 'role.update',
        subject: 'Role',
        recordId: role.key,
        changes: changedFields(before, roleRecord(role), ['name', 'description', 'rules']),
      });
      app.tokenCache.invalidateTenant(principal.tenantId);
      return (await toRoleViews(req.em, [role], principal, req.locale))[0];
    },
  );

  app.delete(
    '/:id',
    {
      schema: { tags: ['roles'], summary: 'Delete a role no one holds', params: idParams },
      config: { access: { action: 'delete', subject: 'Role' } },
    },
    async (req, reply) => {
      const principal = principalOf(req);
      const role = await req.em.findOne(Role, { id: req.params.id });
      if (!role) throw new NotFoundError({ resource: 'role' });
      if (role.builtIn) throw new RoleNotEditableError({ role: role.key });
      assertCanGrant(granterOf(principal), role);
      const [use] = await req.em.execute<{ uses: number }[]>(
        `SELECT (SELECT count(*) FROM member_roles WHERE role_key = ?)
              + (SELECT count(*) FROM invitations WHERE role = ? AND accepted_at IS NULL AND revoked_at IS NULL)
              + (SELECT count(*) FROM api_tokens WHERE role = ? AND revoked_at IS NULL) AS uses`,
        [role.key, role.key, role.key],
      );
      if (Number(use?.uses ?? 0) > 0) throw new RoleInUseError({ role: role.key });
      // finished invitations and revoked tokens of the role go with it; the audit log keeps their history
      await req.em.execute('DELETE FROM invitations WHERE role = ?', [role.key]);
      await req.em.execute('DELETE FROM api_tokens WHERE role = ?', [role.key]);
      req.em.remove(role);
      await req.em.flush();
      await audit(req, {
        action: 'role.delete',
        subject: 'Role',
        recordId: role.key,
        changes: changedFields(roleRecord(role), null, ['name', 'description', 'rules']),
      });
      reply.code(204);
      return null;
    },
  );
});
