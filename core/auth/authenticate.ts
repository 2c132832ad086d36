import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { UnauthenticatedError } from '../http/core-errors.ts';
import { authenticateSession } from './authenticate-session.ts';
import { authenticateToken } from './authenticate-token.ts';
import type { Principal } from './principal.ts';
import { readSessionCookie } from './session-cookie.ts';

/**
 * Finds the principal of a private route's request and opens its tenant-bound transaction on `req.em`.
 * A bearer token wins over a cookie; a malformed Authorization header is refused, not ignored.
 */
export function authenticate(req: FastifyRequest, db: Database, sessionTtlHours: number): Promise<Principal> {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer ([\x21-\x7e]{1,300})$/.exec(authorization);
    if (!match?.[1]) throw new UnauthenticatedError({});
    return authenticateToken(req, db, match[1]);
  }
  const cookie = readSessionCookie(req);
  if (!cookie) throw new UnauthenticatedError({});
  return authenticateSession(req, db, cookie, sessionTtlHours);
}
