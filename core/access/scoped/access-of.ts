import type { FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../../http/core-errors.ts';
import type { RequestAccess } from '../request-access.ts';

/** The request principal's access; a request without a principal is denied, never waved through. */
export function accessOf(req: FastifyRequest): RequestAccess {
  if (!req.principal) throw new UnauthenticatedError({});
  return req.principal.access;
}
