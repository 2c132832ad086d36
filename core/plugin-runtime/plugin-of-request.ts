import type { FastifyRequest } from 'fastify';

/** The plugin a request's route belongs to (set on every route a plugin registers); a core route has none. */
export function pluginOfRequest(req: FastifyRequest): string | undefined {
  return req.routeOptions.config?.plugin;
}
