import type { RoleView } from '../api/roles-api.ts';

const builtInKeys = ['owner', 'admin', 'member'];

/**
 * A role's name for people: the tenant's own name when the role list is known, the translated name of a
 * built-in role otherwise, and the key itself for a custom role of a list the user may not read.
 */
export function roleLabel(key: string, roles: readonly RoleView[] | undefined, t: (key: string) => string): string {
  const role = roles?.find((candidate) => candidate.key === key);
  if (role) return role.name;
  return builtInKeys.includes(key) ? t(`roles.${key}`) : key;
}
