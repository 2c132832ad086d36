import type { EntityManager } from '@mikro-orm/postgresql';
import { loadAccessContext } from '../access/access-context.ts';
import { buildRequestAccess } from '../access/build-request-access.ts';
import type { SubjectRegistry } from '../access/subject-registry.ts';
import { ForbiddenError } from '../http/core-errors.ts';
import type { PluginRegistry } from '../plugin-runtime/plugin-registry.ts';
import { recordTypeOf } from './record-types.ts';

/**
 * Whether `userId` may read the record now, judged as their own request would be (their roles, default
 * grants, data scope, the module enabled), for work done on their behalf without a request of theirs, such
 * as mailing them a notification about the record. `em` is bound to the tenant.
 */
export async function recordReadableBy(
  em: EntityManager,
  registries: { subjects: SubjectRegistry; plugins: PluginRegistry },
  tenantId: string,
  userId: string,
  record: { subject: string; id: string },
): Promise<boolean> {
  const type = recordTypeOf(registries.plugins, record.subject);
  if (!type) return false;
  const context = await loadAccessContext(em, tenantId, userId);
  if (!context?.enabledPlugins.includes(type.plugin)) return false;
  const access = buildRequestAccess(context, userId, registries.subjects);
  if (!access.can('read', record.subject)) return false;
  let condition: Record<string, unknown>;
  try {
    condition = access.rowCondition('read', record.subject);
  } catch (error) {
    if (error instanceof ForbiddenError) return false;
    throw error;
  }
  const where = Object.keys(condition).length === 0 ? { id: record.id } : { $and: [condition, { id: record.id }] };
  // Safe: the condition names the subject's fields, which a resource's entity has (as in readScopedRows).
  return (await em.count(type.entity, where as never)) > 0;
}
