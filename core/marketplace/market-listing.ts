import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginDefinition } from '../plugin-runtime/plugin-definition.ts';

export type PlanPeriod = 'month' | 'year' | 'once';

/** A plan as a company is charged for it: the manifest's, with the operator's price override. */
export interface MarketPlan {
  readonly key: string;
  readonly title: { readonly 'zh-CN': string; readonly 'en-US': string };
  readonly priceFen: number;
  readonly currency: 'CNY';
  readonly period: PlanPeriod;
  readonly trialDays: number;
}

/** What the operator set for a listing; a plugin they never touched has the defaults. */
export interface ListingSettings {
  readonly hidden: boolean;
  /** Included in every company: no entitlement needed. */
  readonly included: boolean;
  readonly priceOverrides: Readonly<Record<string, number>>;
}

const defaults: ListingSettings = { hidden: false, included: false, priceOverrides: {} };

/** The operator's settings of every listing, by plugin (a platform table the app role may read). */
export async function listingSettings(em: EntityManager): Promise<Map<string, ListingSettings>> {
  const rows = await em.execute<{ plugin: string; hidden: boolean; included: boolean; price_overrides: Record<string, number> }[]>(
    'SELECT plugin, hidden, included, price_overrides FROM market_listings',
  );
  return new Map(rows.map((r) => [r.plugin, { hidden: r.hidden, included: r.included, priceOverrides: r.price_overrides }]));
}

export const settingsOf = (all: ReadonlyMap<string, ListingSettings>, plugin: string): ListingSettings => all.get(plugin) ?? defaults;

/** The plugin's plans at the prices the company pays. */
export function marketPlans(plugin: PluginDefinition, settings: ListingSettings): MarketPlan[] {
  return (plugin.pricing?.plans ?? []).map((plan) => ({
    key: plan.key,
    title: plan.title,
    priceFen: settings.priceOverrides[plan.key] ?? plan.priceFen,
    currency: plan.currency,
    period: plan.period,
    trialDays: plan.trialDays ?? 0,
  }));
}

/** A module needs an entitlement to be enabled when it has a price and the operator did not include it. */
export const needsEntitlement = (plugin: PluginDefinition, settings: ListingSettings): boolean =>
  (plugin.pricing?.plans.length ?? 0) > 0 && !settings.included;

/** The longest trial any of its plans offers; 0 when there is none. */
export const trialDaysOf = (plans: readonly MarketPlan[]): number => Math.max(0, ...plans.map((plan) => plan.trialDays));
