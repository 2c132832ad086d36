import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookieName = 'tessera_session';

/**
 * The session cookie is the only cookie the server reads or writes, so it is handled here directly: parsing
 * every request's cookies and running an onSend hook for them (as a cookie plugin does) costs every API
 * call, including the machine calls that never carry one.
 */
export function readSessionCookie(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parseCookie(header)[sessionCookieName] || undefined;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.header(
    'set-cookie',
    stringifySetCookie({ name: sessionCookieName, value: token, path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt }),
  );
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.header(
    'set-cookie',
    stringifySetCookie({ name: sessionCookieName, value: '', path: '/', httpOnly: true, sameSite: 'lax', secure, expires: new Date(0) }),
  );
}
