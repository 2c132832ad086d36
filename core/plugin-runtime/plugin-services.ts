import type { FastifyRequest } from 'fastify';
import { pluginOfRequest } from './plugin-of-request.ts';

/**
 * A service another plugin provides, for the calling plugin's request, in the request's transaction. The
 * caller must declare the provider in `requires` (so the provider is installed and, while the caller is
 * enabled, enabled too); a plugin never imports another.
 */
export function useService<T>(req: FastifyRequest, provider: string, service: string): T {
  const caller = pluginOfRequest(req);
  const principal = req.principal;
  if (!caller || !principal) throw new TypeError('only a signed-in request to a plugin route can use a service');
  if (!Object.hasOwn(req.server.plugins.get(caller)?.requires ?? {}, provider)) {
    throw new TypeError(`${caller} uses ${provider}'s ${service} but does not require ${provider}`);
  }
  const factory = req.server.plugins.get(provider)?.provides?.[service];
  if (!factory) throw new TypeError(`${provider} provides no service ${service}`);
  return factory({ em: req.em, tenantId: principal.tenantId, userId: principal.userId }) as T;
}
