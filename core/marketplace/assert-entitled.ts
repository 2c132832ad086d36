import type { FastifyRequest } from 'fastify';
import { translate } from '../i18n/translate.ts';
import { companyEntitlements, isActive } from './entitlements.ts';
import { EntitlementRequiredError } from './market-errors.ts';
import { listingSettings, marketPlans, needsEntitlement, settingsOf, trialDaysOf } from './market-listing.ts';

/**
 * Refuses (402) to enable any of `plugins` that has a price, is not included by the operator, and has no
 * running trial or purchase in the company; the answer says what it can do: try it, or buy a plan.
 */
export async function assertEntitled(req: FastifyRequest, plugins: readonly string[]): Promise<void> {
  const settings = await listingSettings(req.em);
  const now = req.server.clock.now();
  let entitlements: Awaited<ReturnType<typeof companyEntitlements>> | undefined;
  for (const name of plugins) {
    const plugin = req.server.plugins.get(name);
    if (!plugin || !needsEntitlement(plugin, settingsOf(settings, name))) continue;
    entitlements ??= await companyEntitlements(req.em);
    if (isActive(entitlements.get(name), now)) continue;
    const trialDays = trialDaysOf(marketPlans(plugin, settingsOf(settings, name)));
    const trialUsed = (await req.em.execute('SELECT 1 FROM module_trials WHERE plugin = ?', [name])).length > 0;
    throw new EntitlementRequiredError({
      plugin: plugin.title[req.locale],
      offer: translate(req.locale, trialDays > 0 && !trialUsed ? 'market.offer.trial' : 'market.offer.buy', { days: trialDays }),
    });
  }
}
