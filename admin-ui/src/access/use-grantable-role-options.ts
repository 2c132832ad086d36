import { useRoleNames } from './role-names-context.ts';

/** Built-in roles offered when the tenant's role list cannot be read. */
const fallbackKeys = ['member', 'admin'];

/**
 * Roles an invitation or an API token can carry, by name: every role but `owner`, which is never
 * handed out. The server still refuses a role above the inviter's own.
 */
export function useGrantableRoleOptions(): { value: string; label: string }[] {
  const { roles, nameOf } = useRoleNames();
  const keys = roles ? roles.map((role) => role.key).filter((key) => key !== 'owner') : fallbackKeys;
  return keys.map((key) => ({ value: key, label: nameOf(key) }));
}
