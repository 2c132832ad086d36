import { createHash } from 'node:crypto';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const operatorCookieName = 'tessera_operator';
/** Sent only to the operator API: tenant routes never see it, and the tenant cookie never opens these. */
const cookiePath = '/api/operator';

export function readOperatorCookie(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parseCookie(header)[operatorCookieName] || undefined;
}

export function setOperatorCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.header(
    'set-cookie',
    stringifySetCookie({ name: operatorCookieName, value: token, path: cookiePath, httpOnly: true, sameSite: 'strict', secure, expires: expiresAt }),
  );
}

export function clearOperatorCookie(reply: FastifyReply, secure: boolean): void {
  reply.header(
    'set-cookie',
    stringifySetCookie({ name: operatorCookieName, value: '', path: cookiePath, httpOnly: true, sameSite: 'strict', secure, expires: new Date(0) }),
  );
}

/**
 * The session's CSRF token, derived from its secret cookie value (a keyed hash, so the session table
 * needs no column for it and a leaked table reveals neither). The console reads it from the sign-in and
 * session answers and sends it as `x-csrf-token` on every write.
 */
export function operatorCsrfToken(sessionToken: string): string {
  return createHash('sha256').update(`tessera-operator-csrf\0${sessionToken}`).digest('base64url');
}
