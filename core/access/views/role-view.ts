import type { EntityManager } from '@mikro-orm/postgresql';
import type { RoleView } from '@tessera/schemas/access';
import type { Principal } from '../../auth/principal.ts';
import { type Locale, translate } from '../../i18n/translate.ts';
import { ownerRoleKey } from '../built-in-roles.ts';
import type { Role } from '../entities/role.ts';
import { canGrant, granterOf } from '../grant-bounds.ts';

/** Role views for `principal`: built-in names in the reader's language, member counts, editability. */
export async function toRoleViews(
  em: EntityManager,
  roles: readonly Role[],
  principal: Principal,
  locale: Locale,
): Promise<RoleView[]> {
  const counts = await em.execute<{ role_key: string; members: number }[]>(
    'SELECT role_key, count(*)::int AS members FROM member_roles WHERE role_key IN (?) GROUP BY role_key',
    [roles.length ? roles.map((r) => r.key) : ['']],
  );
  const granter = granterOf(principal);
  return roles.map((role) => ({
    id: role.id,
    key: role.key,
    name: role.builtIn ? translate(locale, `roles.${role.key}`) : role.name,
    description: role.description,
    builtIn: role.builtIn,
    editable: role.key !== ownerRoleKey && canGrant(granter, role),
    rules: role.rules,
    memberCount: counts.find((c) => c.role_key === role.key)?.members ?? 0,
    updatedAt: role.updatedAt.toISOString(),
  }));
}
