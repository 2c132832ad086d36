import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { Session } from './entities/session.ts';
import { digest, randomSecret } from './secret-tokens.ts';
import { setSessionCookie } from './session-cookie.ts';

export interface StartedSession {
  csrfToken: string;
}

/**
 * Starts a server-side session for the user in the tenant and sets its cookie. The cookie holds a random
 * token; the database only its digest, so a leaked table does not sign anyone in.
 */
export function startSession(
  em: EntityManager,
  req: FastifyRequest,
  reply: FastifyReply,
  who: { userId: string; tenantId: string },
): StartedSession {
  const token = randomSecret();
  const csrfToken = randomSecret();
  const ttlHours = req.server.appConfig.sessionTtlHours;
  const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
  em.create(Session, {
    id: uuidv7(),
    tokenHash: digest(token),
    userId: who.userId,
    currentTenantId: who.tenantId,
    csrfToken,
    ip: req.ip,
    userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
    expiresAt,
  });
  setSessionCookie(reply, token, expiresAt, req.server.appConfig.cookieSecure);
  return { csrfToken };
}
