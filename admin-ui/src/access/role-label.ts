import type { RoleView } from '../api/roles-api.ts';

const builtInKeys = ['owner', 'admin', 'member'];

/**
 * A role's name for people: the tenant's own name when the role list is known, else the name the session
 * gives for the user's own roles, the translated name of a built-in role, and at last the key itself.
 */
export function roleLabel(
  key: string,
  roles: readonly RoleView[] | undefined,
  t: (key: string) => string,
  ownRoleNames: Readonly<Record<string, string>> = {},
): string {
  const role = roles?.find((candidate) => candidate.key === key);
  if (role) return role.name;
  const own = ownRoleNames[key];
  if (own) return own;
  return builtInKeys.includes(key) ? t(`roles.${key}`) : key;
}
