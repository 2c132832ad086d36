import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.ts';
import { principalOf } from '../auth/principal-of.ts';
import { RoleNotGrantableError } from '../auth/errors.ts';
import { UnknownRoleError } from './access-errors.ts';
import { ownerRoleKey } from './built-in-roles.ts';
import { Role } from './entities/role.ts';
import { assertCanGrant, granterOf } from './grant-bounds.ts';

/**
 * Checks that the request's principal may hand out the role `key` (to an invitee or an API token): not
 * `owner`, it must exist (400 naming `pointer` otherwise) and give nothing beyond the principal's own rights (403).
 */
export async function assertGrantableRole(req: FastifyRequest, key: string, pointer: string): Promise<Principal> {
  const principal = principalOf(req);
  // the owner role is handed over only by an owner changing a member's roles, never by a link or a token
  if (key === ownerRoleKey) throw new RoleNotGrantableError({ role: key });
  const role = await req.em.findOne(Role, { key });
  if (!role) throw new UnknownRoleError({ role: key }, { fieldProblems: [{ pointer, code: 'unknown-role', message: key }] });
  assertCanGrant(granterOf(principal), role);
  return principal;
}
