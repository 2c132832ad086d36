import type { SessionView } from '@tessera/schemas/auth';
import { loadAccessContext } from '../../access/access-context.ts';
import { resolveRules } from '../../access/ability.ts';
import { effectiveRules } from '../../access/effective-rules.ts';
import type { SubjectRegistry } from '../../access/subject-registry.ts';
import { roleNamesOf } from '../../access/role-names.ts';
import type { Database } from '../../db/database.ts';
import { defaultLocale, isLocale } from '../../i18n/translate.ts';
import { Membership } from '../../tenancy/entities/membership.ts';
import { Tenant } from '../../tenancy/entities/tenant.ts';
import { toTenantView } from '../../tenancy/views/tenant-view.ts';
import { User } from '../entities/user.ts';
import { toUserView } from './user-view.ts';

/**
 * The signed-in state the UI needs: user, current tenant with the user's roles and rules there, and every
 * tenant the user belongs to with their roles. The tenant list is read with no tenant bound, where RLS
 * lets a user see only their own memberships and role assignments.
 */
export async function buildSessionView(
  db: Database,
  registry: SubjectRegistry,
  who: { userId: string; tenantId: string; csrfToken: string },
): Promise<SessionView> {
  const everywhere = await db.transaction({ tenantId: null, userId: who.userId }, async (em) => {
    const user = await em.findOneOrFail(User, { id: who.userId });
    const memberships = await em.find(Membership, { user: who.userId }, { filters: { tenant: false } });
    const tenants = await em.find(
      Tenant,
      { id: { $in: memberships.map((m) => m.tenantId) } },
      { orderBy: { name: 'asc' } },
    );
    const assignments = await em.execute<{ tenant_id: string; role_key: string }[]>(
      'SELECT tenant_id, role_key FROM member_roles WHERE user_id = ? ORDER BY role_key',
      [who.userId],
    );
    return { user, tenants, assignments };
  });
  const locale = isLocale(everywhere.user.locale) ? everywhere.user.locale : defaultLocale;
  const { context, roleNames } = await db.transaction({ tenantId: who.tenantId, userId: who.userId }, async (em) => {
    const loaded = await loadAccessContext(em, who.tenantId, who.userId);
    return { context: loaded, roleNames: loaded ? await roleNamesOf(em, loaded.roles, locale) : {} };
  });
  const current = everywhere.tenants.find((t) => t.id === who.tenantId);
  if (!current || !context) throw new Error('session tenant is not among the user memberships');
  const rolesIn = (tenantId: string) =>
    everywhere.assignments.filter((a) => a.tenant_id === tenantId).map((a) => a.role_key);
  return {
    user: toUserView(everywhere.user),
    tenant: toTenantView(current),
    roles: [...context.roles],
    roleNames,
    enabledPlugins: [...context.enabledPlugins],
    rules: resolveRules(effectiveRules(context, registry), { userId: who.userId, ...context }),
    tenants: everywhere.tenants.map((t) => ({ id: t.id, name: t.name, slug: t.slug, roles: rolesIn(t.id) })),
    csrfToken: who.csrfToken,
  };
}
