import type { EntitlementView, MarketListingView, MarketPlanView } from '@tessera/schemas/market';
import type { Locale } from '../../i18n/translate.ts';
import type { PluginDefinition } from '../../plugin-runtime/plugin-definition.ts';
import type { PluginRegistry } from '../../plugin-runtime/plugin-registry.ts';
import type { CompanyMarketState } from '../company-market-state.ts';
import { type Entitlement, isActive } from '../entitlements.ts';
import { type MarketPlan, marketPlans, settingsOf, trialDaysOf } from '../market-listing.ts';

export interface ListingContext {
  readonly state: CompanyMarketState;
  readonly registry: PluginRegistry;
  readonly locale: Locale;
  readonly now: Date;
}

export const toPlanView = (plan: MarketPlan, locale: Locale): MarketPlanView => ({
  key: plan.key,
  title: plan.title[locale],
  priceFen: plan.priceFen,
  currency: plan.currency,
  period: plan.period,
  trialDays: plan.trialDays,
});

export const toEntitlementView = (entitlement: Entitlement | undefined, now: Date): EntitlementView =>
  entitlement
    ? {
        source: entitlement.source,
        startsAt: entitlement.startsAt.toISOString(),
        endsAt: entitlement.endsAt?.toISOString() ?? null,
        active: isActive(entitlement, now),
      }
    : null;

/** `{ name, title }` of a served module, its title in the reader's language. */
export const moduleRef = (registry: PluginRegistry, name: string, locale: Locale) => ({
  name,
  title: registry.get(name)?.title[locale] ?? name,
});

/** A plugin as a market listing, with the company's state for it. */
export function toListingView(plugin: PluginDefinition, { state, registry, locale, now }: ListingContext): MarketListingView {
  const settings = settingsOf(state.settings, plugin.name);
  const plans = marketPlans(plugin, settings);
  const module = state.modules.get(plugin.name);
  return {
    name: plugin.name,
    title: plugin.title[locale],
    description: plugin.description?.[locale] ?? '',
    category: plugin.category ?? null,
    icon: plugin.icon ?? null,
    version: plugin.version,
    requires: Object.keys(plugin.requires ?? {}).map((name) => moduleRef(registry, name, locale)),
    plans: plans.map((plan) => toPlanView(plan, locale)),
    trialDays: trialDaysOf(plans),
    included: settings.included,
    screenshots: (plugin.screenshots ?? []).map((shot) => ({ url: shot.url, caption: shot.caption?.[locale] ?? null })),
    entitlement: toEntitlementView(state.entitlements.get(plugin.name), now),
    trialUsed: state.trialsUsed.has(plugin.name),
    enabled: module?.enabled ?? false,
    readOnlyUntil: module?.readOnlyUntil?.toISOString() ?? null,
  };
}
