import type { EntityManager } from '@mikro-orm/postgresql';
import { LastOwnerError } from '../auth/errors.ts';
import { ownerRoleKey } from './built-in-roles.ts';

/**
 * Refuses to leave the company without an owner when `userId` stops being one. The owners' memberships
 * are locked first, so two concurrent removals cannot both see another owner left.
 */
export async function assertNotLastOwner(em: EntityManager, userId: string): Promise<void> {
  const owners = await em.execute<{ user_id: string }[]>(
    `SELECT m.user_id FROM memberships m
       JOIN member_roles r ON r.tenant_id = m.tenant_id AND r.user_id = m.user_id
     WHERE r.role_key = ? ORDER BY m.user_id FOR UPDATE OF m`,
    [ownerRoleKey],
  );
  if (owners.every((o) => o.user_id === userId)) throw new LastOwnerError({});
}
