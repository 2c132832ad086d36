import { RoleNotGrantableError } from '../auth/errors.ts';
import type { Principal } from '../auth/principal.ts';
import { grantableRoles } from './built-in-roles.ts';

/** A principal hands out (to an invitee or an API token) only roles it may grant: never above its own. */
export function assertGrantable(principal: Principal | null, role: 'admin' | 'member'): Principal {
  if (!principal || !grantableRoles[principal.role].includes(role)) throw new RoleNotGrantableError({ role });
  return principal;
}
