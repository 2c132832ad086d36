import type { FastifyRequest } from 'fastify';
import { loadAccessContext } from '../access/access-context.ts';
import { buildRequestAccess } from '../access/build-request-access.ts';
import type { Database } from '../db/database.ts';
import { CsrfTokenInvalidError, UnauthenticatedError } from '../http/core-errors.ts';
import { isLocale } from '../i18n/translate.ts';
import { Session } from './entities/session.ts';
import type { Principal } from './principal.ts';
import { digest, safeEqual } from './secret-tokens.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** How often a session's last-seen time (and sliding expiry) is written. */
const touchIntervalMs = 5 * 60_000;

/** The platform columns the session check reads: session and user in one statement. */
interface SessionTables {
  sessions: {
    id: string;
    token_hash: Buffer;
    user_id: string;
    current_tenant_id: string;
    csrf_token: string;
    last_seen_at: Date | string;
    expires_at: Date | string;
  };
  users: { id: string; is_disabled: boolean; locale: string };
}

/**
 * A browser session, checked on every request: a deleted session, a disabled user or a removed membership
 * is out at once. Writes must carry the session's CSRF token.
 */
export async function authenticateSession(
  req: FastifyRequest,
  db: Database,
  cookie: string,
  ttlHours: number,
): Promise<Principal> {
  const found = await db
    .entityManager({ tenantId: null, userId: null })
    .getKysely<SessionTables>()
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'sessions.current_tenant_id',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.is_disabled',
      'users.locale',
    ])
    .where('sessions.token_hash', '=', digest(cookie))
    .executeTakeFirst();
  const now = new Date();
  if (!found || new Date(found.expires_at) <= now || found.is_disabled) throw new UnauthenticatedError({});
  if (!safeMethods.has(req.method)) {
    const header = req.headers['x-csrf-token'];
    if (typeof header !== 'string' || !safeEqual(header, found.csrf_token)) throw new CsrfTokenInvalidError({});
  }
  const binding = { tenantId: found.current_tenant_id, userId: found.user_id };
  req.em = db.entityManager(binding);
  await db.begin(req.em, binding);
  const context = await loadAccessContext(req.em, binding.tenantId, found.user_id);
  if (!context) throw new UnauthenticatedError({});
  if (now.getTime() - new Date(found.last_seen_at).getTime() > touchIntervalMs) {
    await req.em.nativeUpdate(
      Session,
      { id: found.id },
      { lastSeenAt: now, expiresAt: new Date(now.getTime() + ttlHours * 3_600_000) },
    );
  }
  return {
    kind: 'session',
    userId: found.user_id,
    tenantId: binding.tenantId,
    roles: context.roles,
    access: buildRequestAccess(context, found.user_id, req.server.subjects),
    locale: isLocale(found.locale) ? found.locale : req.locale,
    sessionId: found.id,
    csrfToken: found.csrf_token,
  };
}
