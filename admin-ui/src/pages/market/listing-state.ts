import type { EntitlementView, MarketListingView } from '../../api/market-api.ts';

const dayMs = 86_400_000;

type ListingState = Pick<MarketListingView, 'enabled' | 'entitlement' | 'readOnlyUntil' | 'included' | 'plans'>;
type ListingOffer = ListingState & Pick<MarketListingView, 'trialDays' | 'trialUsed'>;

/** A state tag of a listing, on its card, its page and in 我的模块. */
export type ListingBadge =
  | { kind: 'enabled' }
  | { kind: 'trial'; daysLeft: number }
  | { kind: 'purchased' }
  | { kind: 'granted' }
  | { kind: 'included' }
  | { kind: 'read-only'; until: string }
  | { kind: 'expired' };

/** Whole days left until `endsAt`, counting a started day as one (ends in 3 hours: 1 day). */
export function daysLeft(endsAt: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(endsAt) - now.getTime()) / dayMs));
}

/** Whether the company must try or buy the module before enabling it. */
export const needsPurchase = (listing: Pick<ListingState, 'plans' | 'included'>): boolean =>
  listing.plans.length > 0 && !listing.included;

function entitlementBadge(entitlement: NonNullable<EntitlementView>, now: Date): ListingBadge {
  if (!entitlement.active) return { kind: 'expired' };
  if (entitlement.source === 'trial') return { kind: 'trial', daysLeft: entitlement.endsAt ? daysLeft(entitlement.endsAt, now) : 0 };
  return { kind: entitlement.source === 'paid' ? 'purchased' : 'granted' };
}

/**
 * 已启用, then what lets the company use it (试用中 n 天, 已购买, 平台赠送, 平台免费提供), then 只读至… while an
 * ended entitlement keeps the data readable, or 已到期 once it is over. A free module has no tag but 已启用.
 */
export function listingBadges(listing: ListingState, now: Date): ListingBadge[] {
  const badges: ListingBadge[] = [];
  if (listing.enabled) badges.push({ kind: 'enabled' });
  const readOnly = listing.readOnlyUntil !== null && Date.parse(listing.readOnlyUntil) > now.getTime();
  if (listing.included && listing.plans.length > 0) badges.push({ kind: 'included' });
  else if (listing.entitlement) {
    const badge = entitlementBadge(listing.entitlement, now);
    if (badge.kind !== 'expired' || !readOnly) badges.push(badge);
  }
  if (readOnly && listing.readOnlyUntil) badges.push({ kind: 'read-only', until: listing.readOnlyUntil });
  return badges;
}

/** What the company may do with a listing now (the user's permission aside). */
export interface ListingOffers {
  /** It may be enabled: free, included, or a trial or purchase runs. */
  entitled: boolean;
  /** 免费试用 n 天: a trial exists, was never taken, and nothing else runs. */
  canTrial: boolean;
  /** 购买 / 续费: it has plans and the company does not own it for ever. */
  canBuy: boolean;
  /** The purchase extends a paid entitlement (续费) rather than starting one. */
  isRenewal: boolean;
}

export function listingOffers(listing: ListingOffer): ListingOffers {
  const { entitlement } = listing;
  const purchasable = needsPurchase(listing);
  const entitled = !purchasable || entitlement?.active === true;
  const ownedForEver = entitlement?.active === true && entitlement.endsAt === null;
  return {
    entitled,
    canTrial: purchasable && listing.trialDays > 0 && !listing.trialUsed && !entitled,
    canBuy: purchasable && !ownedForEver,
    isRenewal: purchasable && !ownedForEver && entitlement?.source === 'paid',
  };
}
