import type { FastifyRequest } from 'fastify';
import { loadAccessContext } from '../access/access-context.ts';
import { buildRequestAccess } from '../access/build-request-access.ts';
import type { Database } from '../db/database.ts';
import { UnauthenticatedError } from '../http/core-errors.ts';
import type { Principal } from './principal.ts';
import { digest, parseTenantSecret } from './secret-tokens.ts';
import type { CachedToken } from './token-cache.ts';

/**
 * `last_used_at` is kept to the minute. The touch skips a row another request is touching, so concurrent
 * calls with one token never queue on its row lock.
 */
const touchSql = `UPDATE api_tokens SET last_used_at = now()
  WHERE id = (SELECT id FROM api_tokens WHERE id = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
              FOR UPDATE SKIP LOCKED)`;
const touchIntervalMs = 60_000;

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

const timeOf = (value: Date | string | null): number | null => (value === null ? null : new Date(value).getTime());

/** A fixed query on the hot path of every machine call: built with kysely, without the ORM's criteria layer. */
async function lookUpToken(req: FastifyRequest, tenantId: string, tokenHash: Buffer): Promise<CachedToken | undefined> {
  const row = await req.em
    .getKysely<TokenTable>()
    .selectFrom('api_tokens')
    .select(['id', 'role', 'created_by', 'expires_at', 'revoked_at', 'last_used_at'])
    .where('tenant_id', '=', tenantId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || row.revoked_at) return undefined;
  const context = await loadAccessContext(req.em, tenantId, row.created_by, row.role);
  if (!context) return undefined;
  return {
    access: buildRequestAccess(context, row.created_by, req.server.subjects),
    id: row.id,
    role: row.role,
    createdBy: row.created_by,
    expiresAt: timeOf(row.expires_at),
    lastUsedAt: timeOf(row.last_used_at) ?? 0,
  };
}

/**
 * An API token is a principal of its tenant: its tenant binding and transaction are opened exactly as for a
 * session. The token row is read under that tenant's RLS, or taken from this process's token cache, which
 * PostgreSQL's change notices keep fresh (revocation, role or membership changes).
 */
export async function authenticateToken(req: FastifyRequest, db: Database, secret: string): Promise<Principal> {
  const parsed = parseTenantSecret('tsk', secret);
  if (!parsed) throw new UnauthenticatedError({});
  const { tenantId } = parsed;
  const binding = { tenantId, userId: null };
  req.em = db.entityManager(binding);
  await db.begin(req.em, binding);
  const cache = req.server.tokenCache;
  const tokenHash = digest(secret);
  const key = tokenHash.toString('hex');
  const now = Date.now();
  let token = cache.get(tenantId, key, now);
  if (!token) {
    const generation = cache.generation(tenantId);
    token = await lookUpToken(req, tenantId, tokenHash);
    if (token) cache.put(tenantId, key, token, generation, now);
  }
  if (!token || (token.expiresAt !== null && token.expiresAt <= now)) {
    throw new UnauthenticatedError({});
  }
  if (now - token.lastUsedAt > touchIntervalMs) {
    await req.em.execute(touchSql, [token.id]);
    token.lastUsedAt = now;
  }
  return {
    kind: 'token',
    userId: token.createdBy,
    tenantId,
    roles: token.access.context.roles,
    access: token.access,
    locale: req.locale,
    tokenId: token.id,
  };
}
