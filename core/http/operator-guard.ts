import type { FastifyRequest } from 'fastify';
import { digest, safeEqual } from '../auth/secret-tokens.ts';
import { operatorCsrfToken, readOperatorCookie } from '../operator/operator-cookie.ts';
import type { OperatorPrincipal } from '../operator/operator-principal.ts';
import { findOperatorSession } from '../operator/operator-sessions.ts';
import { CsrfTokenInvalidError, UnauthenticatedError } from './core-errors.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Lets an operator route through with `Authorization: Bearer <TESSERA_OPERATOR_TOKEN>` (automation; only
 * when the token is configured) or with an operator's session cookie `tessera_operator` (people; writes
 * carry the session's CSRF token). Anything else is 401: a tenant session, a tenant API token, a wrong
 * or malformed Authorization header (refused, not ignored in favour of a cookie). Never a tenant binding.
 */
export async function authenticateOperator(req: FastifyRequest): Promise<OperatorPrincipal> {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const given = /^Bearer (\S+)$/.exec(authorization)?.[1];
    const token = req.server.appConfig.operatorToken;
    if (!token || !given || !safeEqual(given, token)) throw new UnauthenticatedError({});
    return { kind: 'token' };
  }
  const secret = readOperatorCookie(req);
  if (!secret) throw new UnauthenticatedError({});
  const account = await req.server.ownerDb.transaction((client) => findOperatorSession(client, secret));
  if (!account) throw new UnauthenticatedError({});
  const csrfToken = operatorCsrfToken(secret);
  if (!safeMethods.has(req.method)) {
    const header = req.headers['x-csrf-token'];
    if (typeof header !== 'string' || !safeEqual(header, csrfToken)) throw new CsrfTokenInvalidError({});
  }
  return { kind: 'session', ...account, sessionHash: digest(secret), csrfToken };
}
