import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { builtInRoleKeys, builtInRoleNames, builtInRoleRules } from './built-in-roles.ts';
import { Role } from './entities/role.ts';

/** Creates the built-in roles of a new company, in the caller's transaction bound to `tenantId`. */
export function createBuiltInRoles(em: EntityManager, tenantId: string): void {
  for (const key of builtInRoleKeys) {
    em.create(Role, {
      tenantId,
      id: uuidv7(),
      key,
      name: builtInRoleNames[key],
      description: '',
      builtIn: true,
      rules: builtInRoleRules[key],
    });
  }
}

/** Role keys each member holds, for the given users of the bound tenant. */
export async function rolesOfMembers(em: EntityManager, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (userIds.length === 0) return result;
  const rows = await em.execute<{ user_id: string; role_key: string }[]>(
    'SELECT user_id, role_key FROM member_roles WHERE user_id = ANY(ARRAY[?]::uuid[]) ORDER BY role_key',
    [userIds],
  );
  for (const row of rows) result.set(row.user_id, [...(result.get(row.user_id) ?? []), row.role_key]);
  return result;
}

/** Replaces a member's roles with `roleKeys` (all must exist in the tenant; the foreign key checks it). */
export async function setMemberRoles(
  em: EntityManager,
  tenantId: string,
  userId: string,
  roleKeys: readonly string[],
): Promise<void> {
  await em.execute('DELETE FROM member_roles WHERE tenant_id = ? AND user_id = ?', [tenantId, userId]);
  if (roleKeys.length === 0) return;
  await em.execute(
    'INSERT INTO member_roles (tenant_id, user_id, role_key) SELECT ?, ?, unnest(ARRAY[?]::text[])',
    [tenantId, userId, roleKeys],
  );
}
