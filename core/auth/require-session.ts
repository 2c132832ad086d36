import { SessionRequiredError } from './errors.ts';
import type { Principal } from './principal.ts';

/** Session-only actions (switching tenant, reading the CSRF token) refuse API tokens. */
export function requireSession(principal: Principal | null): Principal & { csrfToken: string } {
  if (principal?.kind !== 'session' || !principal.csrfToken) throw new SessionRequiredError({});
  return { ...principal, csrfToken: principal.csrfToken };
}
