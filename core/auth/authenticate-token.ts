import type { FastifyRequest } from 'fastify';
import { isBuiltInRole } from '../access/built-in-roles.ts';
import type { Database } from '../db/database.ts';
import { UnauthenticatedError } from '../http/core-errors.ts';
import { ApiToken } from './entities/api-token.ts';
import type { Principal } from './principal.ts';
import { digest, parseTenantSecret } from './secret-tokens.ts';

/**
 * `last_used_at` is kept to the minute. The touch skips a row another request is touching, so concurrent
 * calls with one token never queue on its row lock.
 */
const touchSql = `UPDATE api_tokens SET last_used_at = now()
  WHERE id = (SELECT id FROM api_tokens WHERE id = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
              FOR UPDATE SKIP LOCKED)`;

/**
 * An API token is a principal of its tenant: its tenant binding and transaction are opened exactly as for a
 * session, and the token row is then looked up under that tenant's RLS. The row is read as plain data: it
 * runs on every machine call, where entity tracking would be pure overhead.
 */
export async function authenticateToken(req: FastifyRequest, db: Database, token: string): Promise<Principal> {
  const parsed = parseTenantSecret('tsk', token);
  if (!parsed) throw new UnauthenticatedError({});
  const binding = { tenantId: parsed.tenantId, userId: null };
  req.em = db.entityManager(binding);
  await db.begin(req.em, binding);
  const lookup = req.em
    .createQueryBuilder(ApiToken)
    .select(['id', 'role', 'createdBy', 'expiresAt', 'revokedAt', 'lastUsedAt'])
    .where({ tokenHash: digest(token) });
  await lookup.applyFilters();
  const row = await lookup.execute<
    Pick<ApiToken, 'id' | 'role' | 'createdBy' | 'expiresAt' | 'revokedAt' | 'lastUsedAt'> | undefined
  >('get', true);
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || !isBuiltInRole(row.role)) {
    throw new UnauthenticatedError({});
  }
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) await req.em.execute(touchSql, [row.id]);
  return {
    kind: 'token',
    userId: row.createdBy,
    tenantId: parsed.tenantId,
    role: row.role,
    locale: req.locale,
    tokenId: row.id,
  };
}
