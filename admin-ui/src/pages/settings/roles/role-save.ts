import type { AccessRule } from '../../../api/access-api.ts';
import { createRole, type RoleUpdate, type RoleView, updateRole } from '../../../api/roles-api.ts';
import type { RoleFormValues } from './role-form-fields.tsx';

/**
 * Creates the role, or sends only what changed (a PATCH needs at least one field: with nothing changed
 * the role is returned as it is).
 */
export async function saveRole(
  role: RoleView | null,
  values: RoleFormValues,
  rules: AccessRule[],
  isRulesChanged: boolean,
): Promise<RoleView> {
  const name = values.name.trim();
  const description = values.description?.trim() ?? '';
  if (!role) {
    return createRole({ key: values.key.trim(), name, rules, ...(description ? { description } : {}) });
  }
  const changes: RoleUpdate = {};
  if (name !== role.name) changes.name = name;
  if (description !== role.description) changes.description = description;
  if (isRulesChanged) changes.rules = rules;
  return Object.keys(changes).length > 0 ? updateRole(role.id, changes) : role;
}
