import type { AccessContext } from './access-context.ts';
import { buildAbility, resolveRules } from './ability.ts';
import { effectiveRules } from './effective-rules.ts';
import { RequestAccess } from './request-access.ts';
import type { SubjectRegistry } from './subject-registry.ts';

/** The principal's access from its context: placeholders filled with its own user id, departments and attributes. */
export function buildRequestAccess(context: AccessContext, userId: string, registry: SubjectRegistry): RequestAccess {
  const rules = resolveRules(effectiveRules(context, registry), {
    userId,
    departmentIds: context.departmentIds,
    departmentTreeIds: context.departmentTreeIds,
    attributes: context.attributes,
  });
  return new RequestAccess(buildAbility(rules), context, rules, registry);
}
