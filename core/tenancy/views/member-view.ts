import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberView } from '@tessera/schemas/member';
import { rolesOfMembers } from '../../access/member-roles.ts';
import type { Membership } from '../entities/membership.ts';

/** Department ids and names of each given member of the bound tenant. */
async function departmentsOfMembers(
  em: EntityManager,
  userIds: readonly string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const result = new Map<string, { id: string; name: string }[]>();
  if (userIds.length === 0) return result;
  const rows = await em.execute<{ user_id: string; id: string; name: string }[]>(
    `SELECT dm.user_id, d.id, d.name FROM department_members dm
       JOIN departments d ON d.tenant_id = dm.tenant_id AND d.id = dm.department_id
     WHERE dm.user_id = ANY(ARRAY[?]::uuid[]) ORDER BY d.name, d.id`,
    [userIds],
  );
  for (const row of rows) result.set(row.user_id, [...(result.get(row.user_id) ?? []), { id: row.id, name: row.name }]);
  return result;
}

/** Member views of memberships whose `user` is loaded: roles and departments in two statements for the page. */
export async function toMemberViews(em: EntityManager, memberships: readonly Membership[]): Promise<MemberView[]> {
  const ids = memberships.map((m) => m.user.id);
  const roles = await rolesOfMembers(em, ids);
  const departments = await departmentsOfMembers(em, ids);
  return memberships.map((m) => ({
    id: m.user.id,
    email: m.user.email ?? null,
    mobile: m.user.mobile ?? null,
    displayName: m.user.displayName,
    roles: roles.get(m.user.id) ?? [],
    departments: departments.get(m.user.id) ?? [],
    attributes: m.attributes,
    joinedAt: m.createdAt.toISOString(),
  }));
}
