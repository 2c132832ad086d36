import { ApiError } from '../../api/api-error.ts';

/** The marketplace's pages in the admin UI (registered in menu/core-menu.tsx). */
export const marketPath = '/market';
export const myModulesPath = '/market/my-modules';
export const marketOrdersPath = '/market/orders';

export const listingPath = (plugin: string, buyPlan?: string): string =>
  `/market/listings/${encodeURIComponent(plugin)}${buyPlan ? `?buy=${encodeURIComponent(buyPlan)}` : ''}`;

export const orderPagePath = (id: string): string => `${marketOrdersPath}/${encodeURIComponent(id)}`;

/** The server's codes for a module used without (or after) a trial or purchase. */
const entitlementCodes = new Set(['entitlement-required', 'entitlement-expired']);

/** The module a request went to: `/api/plugins/<name>/…`, `/api/p/<name>/…` or `/api/market/listings/<name>/…`. */
const modulePath = /^\/api\/(?:plugins|p|market\/listings)\/([a-z][a-z0-9-]*)(?:\/|$)/;

/**
 * Where to go to try, buy or renew the module an `entitlement-required` (enabling it) or
 * `entitlement-expired` (writing during its grace period) answer was about; undefined for other errors.
 */
export function listingPathOfProblem(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || !entitlementCodes.has(error.code)) return undefined;
  const plugin = error.instance ? modulePath.exec(error.instance)?.[1] : undefined;
  return plugin ? listingPath(plugin) : marketPath;
}
