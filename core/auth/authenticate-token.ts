import type { FastifyRequest } from 'fastify';
import { isBuiltInRole } from '../access/built-in-roles.ts';
import type { Database } from '../db/database.ts';
import { UnauthenticatedError } from '../http/core-errors.ts';
import type { Principal } from './principal.ts';
import { digest, parseTenantSecret } from './secret-tokens.ts';

/**
 * `last_used_at` is kept to the minute. The touch skips a row another request is touching, so concurrent
 * calls with one token never queue on its row lock.
 */
const touchSql = `UPDATE api_tokens SET last_used_at = now()
  WHERE id = (SELECT id FROM api_tokens WHERE id = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
              FOR UPDATE SKIP LOCKED)`;

/** The columns of `api_tokens` the lookup reads (timestamps arrive as the driver parses them). */
interface TokenTable {
  api_tokens: {
    id: string;
    tenant_id: string;
    token_hash: Buffer;
    role: string;
    created_by: string;
    expires_at: Date | string | null;
    revoked_at: Date | string | null;
    last_used_at: Date | string | null;
  };
}

/**
 * An API token is a principal of its tenant: its tenant binding and transaction are opened exactly as for a
 * session, and the token row is then looked up under that tenant's RLS. The row is read as plain data.
 */
export async function authenticateToken(req: FastifyRequest, db: Database, token: string): Promise<Principal> {
  const parsed = parseTenantSecret('tsk', token);
  if (!parsed) throw new UnauthenticatedError({});
  const binding = { tenantId: parsed.tenantId, userId: null };
  req.em = db.entityManager(binding);
  await db.begin(req.em, binding);
  // a fixed query on the hot path of every machine call: built with kysely, without the ORM's criteria layer
  const row = await req.em
    .getKysely<TokenTable>()
    .selectFrom('api_tokens')
    .select(['id', 'role', 'created_by', 'expires_at', 'revoked_at', 'last_used_at'])
    .where('tenant_id', '=', parsed.tenantId)
    .where('token_hash', '=', digest(token))
    .executeTakeFirst();
  const now = new Date();
  if (!row || row.revoked_at || (row.expires_at && new Date(row.expires_at) <= now) || !isBuiltInRole(row.role)) {
    throw new UnauthenticatedError({});
  }
  const lastUsedAt = row.last_used_at ? new Date(row.last_used_at).getTime() : 0;
  if (now.getTime() - lastUsedAt > 60_000) await req.em.execute(touchSql, [row.id]);
  return {
    kind: 'token',
    userId: row.created_by,
    tenantId: parsed.tenantId,
    role: row.role,
    locale: req.locale,
    tokenId: row.id,
  };
}
