import type { MarketPlanView } from '../../api/market-api.ts';
import { formatFen } from '../../format/format-fen.ts';
import type { MessageVars } from '../../i18n/translate.ts';

type Translate = (key: string, vars?: MessageVars) => string;
type PricedPlan = Pick<MarketPlanView, 'priceFen' | 'period'>;

/** What a listing's card says it costs: nothing, or its cheapest plan (`from` when there are others). */
export type PriceSummary = { kind: 'free' } | { kind: 'price'; plan: PricedPlan; from: boolean };

/**
 * A module the operator includes, or one without plans, needs no purchase: 免费. Otherwise the cheapest
 * plan by its price (the first of equal ones), marked 起 when other plans cost more or bill differently.
 */
export function priceSummary(listing: { included: boolean; plans: readonly PricedPlan[] }): PriceSummary {
  const [first, ...rest] = listing.plans;
  if (listing.included || !first) return { kind: 'free' };
  const cheapest = rest.reduce((best, plan) => (plan.priceFen < best.priceFen ? plan : best), first);
  if (cheapest.priceFen === 0) return { kind: 'free' };
  const from = listing.plans.some((plan) => plan.priceFen !== cheapest.priceFen || plan.period !== cheapest.period);
  return { kind: 'price', plan: cheapest, from };
}

/** `¥99.00/月`, `¥990.00/年`, `¥1,999.00 永久`, or `免费` for a zero price. */
export function planPriceText(plan: PricedPlan, t: Translate): string {
  if (plan.priceFen === 0) return t('market.price.free');
  return t(`market.price.${plan.period}`, { price: formatFen(plan.priceFen) });
}

/** The card's price: `免费`, `¥99.00/月`, or `¥99.00/月 起`. */
export function priceSummaryText(summary: PriceSummary, t: Translate): string {
  if (summary.kind === 'free') return t('market.price.free');
  const text = planPriceText(summary.plan, t);
  return summary.from ? t('market.price.from', { price: text }) : text;
}
