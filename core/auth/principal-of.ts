import type { Principal } from './principal.ts';

/** The principal of a private route's request; the pipeline guarantees one, so its absence is a bug. */
export function principalOf(req: { principal: Principal | null }): Principal {
  if (!req.principal) throw new TypeError('private route without principal');
  return req.principal;
}
