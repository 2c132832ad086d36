import type { FastifyRequest } from 'fastify';
import { isBuiltInRole } from '../access/built-in-roles.ts';
import type { Database } from '../db/database.ts';
import { CsrfTokenInvalidError, UnauthenticatedError } from '../http/core-errors.ts';
import { isLocale } from '../i18n/translate.ts';
import { Membership } from '../tenancy/entities/membership.ts';
import { Session } from './entities/session.ts';
import { User } from './entities/user.ts';
import type { Principal } from './principal.ts';
import { digest, safeEqual } from './secret-tokens.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** How often a session's last-seen time (and sliding expiry) is written. */
const touchIntervalMs = 5 * 60_000;

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
  const platform = db.entityManager({ tenantId: null, userId: null });
  const session = await platform.findOne(Session, { tokenHash: digest(cookie) });
  const now = new Date();
  if (!session || session.expiresAt <= now) throw new UnauthenticatedError({});
  const user = await platform.findOne(User, { id: session.userId });
  if (!user || user.isDisabled) throw new UnauthenticatedError({});
  if (!safeMethods.has(req.method)) {
    const header = req.headers['x-csrf-token'];
    if (typeof header !== 'string' || !safeEqual(header, session.csrfToken)) throw new CsrfTokenInvalidError({});
  }
  const binding = { tenantId: session.currentTenantId, userId: user.id };
  req.em = db.entityManager(binding);
  await db.begin(req.em, binding);
  const membership = await req.em.findOne(Membership, { tenantId: binding.tenantId, user: user.id });
  if (!membership || !isBuiltInRole(membership.role)) throw new UnauthenticatedError({});
  if (now.getTime() - session.lastSeenAt.getTime() > touchIntervalMs) {
    await req.em.nativeUpdate(
      Session,
      { id: session.id },
      { lastSeenAt: now, expiresAt: new Date(now.getTime() + ttlHours * 3_600_000) },
    );
  }
  return {
    kind: 'session',
    userId: user.id,
    tenantId: binding.tenantId,
    role: membership.role,
    locale: isLocale(user.locale) ? user.locale : req.locale,
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}
