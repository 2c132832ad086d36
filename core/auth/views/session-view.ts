import type { SessionView } from '@tessera/schemas/auth';
import { isBuiltInRole } from '../../access/built-in-roles.ts';
import type { Database } from '../../db/database.ts';
import { Membership } from '../../tenancy/entities/membership.ts';
import { Tenant } from '../../tenancy/entities/tenant.ts';
import { toTenantView } from '../../tenancy/views/tenant-view.ts';
import { User } from '../entities/user.ts';
import { toUserView } from './user-view.ts';

/**
 * The signed-in state the UI needs: user, current tenant and role, and every tenant the user belongs to.
 * The tenant list is read with no tenant bound, where RLS lets a user see only their own memberships.
 */
export async function buildSessionView(
  db: Database,
  who: { userId: string; tenantId: string; csrfToken: string },
): Promise<SessionView> {
  return db.transaction({ tenantId: null, userId: who.userId }, async (em) => {
    const user = await em.findOneOrFail(User, { id: who.userId });
    const memberships = await em.find(Membership, { user: who.userId }, { filters: { tenant: false } });
    const tenants = await em.find(
      Tenant,
      { id: { $in: memberships.map((m) => m.tenantId) } },
      { orderBy: { name: 'asc' } },
    );
    const roleOf = new Map(memberships.map((m) => [m.tenantId, m.role]));
    const current = tenants.find((t) => t.id === who.tenantId);
    const role = roleOf.get(who.tenantId);
    if (!current || !isBuiltInRole(role)) throw new Error('session tenant is not among the user memberships');
    return {
      user: toUserView(user),
      tenant: toTenantView(current),
      role,
      tenants: tenants.map((t) => {
        const tenantRole = roleOf.get(t.id);
        return { id: t.id, name: t.name, slug: t.slug, role: isBuiltInRole(tenantRole) ? tenantRole : 'member' };
      }),
      csrfToken: who.csrfToken,
    };
  });
}
