import type { FastifyRequest } from 'fastify';

/** The platform's time for a request: the system clock in the server, a movable one in tests. */
export function nowOf(req: FastifyRequest): Date {
  return req.server.clock.now();
}
