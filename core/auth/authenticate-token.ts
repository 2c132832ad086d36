import type { FastifyRequest } from 'fastify';
import { isBuiltInRole } from '../access/built-in-roles.ts';
import type { Database } from '../db/database.ts';
import { UnauthenticatedError } from '../http/core-errors.ts';
import { ApiToken } from './entities/api-token.ts';
import type { Principal } from './principal.ts';
import { digest, parseTenantSecret } from './secret-tokens.ts';

/** Writing `last_used_at` on every call would serialise concurrent calls on the token's row. */
const lastUsedPrecisionMs = 60_000;

/**
 * An API token is a principal of its tenant: its tenant binding and transaction are opened exactly as for a
 * session, and the token row is then looked up under that tenant's RLS.
 */
export async function authenticateToken(req: FastifyRequest, db: Database, token: string): Promise<Principal> {
  const parsed = parseTenantSecret('tsk', token);
  if (!parsed) throw new UnauthenticatedError({});
  const binding = { tenantId: parsed.tenantId, userId: null };
  req.em = db.entityManager(binding);
  await db.begin(req.em, binding);
  const row = await req.em.findOne(ApiToken, { tokenHash: digest(token) });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || !isBuiltInRole(row.role)) {
    throw new UnauthenticatedError({});
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > lastUsedPrecisionMs) row.lastUsedAt = now;
  return {
    kind: 'token',
    userId: row.createdBy,
    tenantId: parsed.tenantId,
    role: row.role,
    locale: req.locale,
    tokenId: row.id,
  };
}
