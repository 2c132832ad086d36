import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../http/core-errors.ts';
import { companyEntitlements, isActive, setEntitlement } from './entitlements.ts';
import { TrialUnavailableError, TrialUsedError } from './market-errors.ts';
import { listingSettings, marketPlans, needsEntitlement, settingsOf, trialDaysOf } from './market-listing.ts';

/**
 * Starts the company's one trial of a module: the longest trial its plans offer, from now. Refused for a
 * module with no trial or no price, one the company already has, and a second time ever.
 */
export async function startTrial(req: FastifyRequest, name: string): Promise<{ plugin: string; endsAt: Date }> {
  const tenantId = req.principal?.tenantId ?? '';
  const settings = await listingSettings(req.em);
  const plugin = req.server.plugins.get(name);
  if (!plugin || settingsOf(settings, name).hidden) throw new NotFoundError({ resource: req.locale === 'zh-CN' ? '模块' : 'module' });
  const title = plugin.title[req.locale];
  const days = trialDaysOf(marketPlans(plugin, settingsOf(settings, name)));
  const now = req.server.clock.now();
  if (!needsEntitlement(plugin, settingsOf(settings, name)) || days === 0) throw new TrialUnavailableError({ plugin: title });
  if (isActive((await companyEntitlements(req.em)).get(name), now)) throw new TrialUnavailableError({ plugin: title });
  const taken = await req.em.execute(
    'INSERT INTO module_trials (tenant_id, plugin, started_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING plugin',
    [tenantId, name, now],
  );
  if (taken.length === 0) throw new TrialUsedError({ plugin: title });
  const endsAt = new Date(now.getTime() + days * 86_400_000);
  await setEntitlement(req.em, { tenantId, plugin: name, source: 'trial', endsAt, kind: 'trial-started', actor: `user:${req.principal?.userId}`, now });
  return { plugin: name, endsAt };
}
