import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { RouteNotFoundError, UnauthenticatedError } from './core-errors.ts';

/**
 * Lets an operator route through only with `Authorization: Bearer <TESSERA_OPERATOR_TOKEN>`. Without a
 * configured token the operator API does not exist (404), so a default install exposes nothing.
 */
export function assertOperator(req: FastifyRequest, token: string | undefined): void {
  if (!token) throw new RouteNotFoundError({ method: req.method, path: req.url.split('?')[0] ?? req.url });
  const given = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
  const expected = Buffer.from(token);
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new UnauthenticatedError({});
}
