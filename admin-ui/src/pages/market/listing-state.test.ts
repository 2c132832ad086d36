import { describe, expect, it } from 'vitest';
import type { EntitlementView, MarketPlanView } from '../../api/market-api.ts';
import { daysLeft, listingBadges, listingOffers } from './listing-state.ts';

const now = new Date('2026-11-24T04:00:00.000Z');
const monthly: MarketPlanView = { key: 'monthly', title: '按月', priceFen: 9900, currency: 'CNY', period: 'month', trialDays: 14 };
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
const entitlement = (source: 'trial' | 'paid' | 'granted', endsAt: string | null, active = true): EntitlementView => ({
  source,
  startsAt: '2026-11-01T00:00:00.000Z',
  endsAt,
  active,
});
const listing = (patch: Partial<Parameters<typeof listingOffers>[0]> = {}) => ({
  enabled: false,
  entitlement: null,
  readOnlyUntil: null,
  included: false,
  plans: [monthly],
  trialDays: 14,
  trialUsed: false,
  ...patch,
});

describe('listing badges', () => {
  it('has none for a priced module the company never touched', () => {
    expect(listingBadges(listing(), now)).toEqual([]);
  });

  it('counts a trial in whole days left, a started day as one', () => {
    expect(listingBadges(listing({ entitlement: entitlement('trial', inDays(14)) }), now)).toEqual([{ kind: 'trial', daysLeft: 14 }]);
    expect(daysLeft(inDays(0.1), now)).toBe(1);
    expect(daysLeft(inDays(-1), now)).toBe(0);
  });

  it('puts 已启用 first, then the purchase', () => {
    expect(listingBadges(listing({ enabled: true, entitlement: entitlement('paid', inDays(30)) }), now)).toEqual([
      { kind: 'enabled' },
      { kind: 'purchased' },
    ]);
  });

  it('tells a grant from a purchase, and an operator-included module', () => {
    expect(listingBadges(listing({ entitlement: entitlement('granted', null) }), now)).toEqual([{ kind: 'granted' }]);
    expect(listingBadges(listing({ included: true, entitlement: entitlement('paid', inDays(3)) }), now)).toEqual([{ kind: 'included' }]);
  });

  it('shows 只读至 instead of 已到期 during the grace period, and 已到期 after it', () => {
    const ended = entitlement('paid', inDays(-2), false);
    expect(listingBadges(listing({ enabled: true, entitlement: ended, readOnlyUntil: inDays(5) }), now)).toEqual([
      { kind: 'enabled' },
      { kind: 'read-only', until: inDays(5) },
    ]);
    expect(listingBadges(listing({ entitlement: ended, readOnlyUntil: inDays(-1) }), now)).toEqual([{ kind: 'expired' }]);
  });

  it('has only 已启用 for a free module', () => {
    expect(listingBadges(listing({ plans: [], enabled: true }), now)).toEqual([{ kind: 'enabled' }]);
  });
});

describe('listing offers', () => {
  it('offers the trial and a purchase to a new company', () => {
    expect(listingOffers(listing())).toEqual({ entitled: false, canTrial: true, canBuy: true, isRenewal: false });
  });

  it('offers no second trial', () => {
    expect(listingOffers(listing({ trialUsed: true })).canTrial).toBe(false);
    expect(listingOffers(listing({ trialDays: 0 })).canTrial).toBe(false);
  });

  it('lets a running trial enable the module and be bought', () => {
    expect(listingOffers(listing({ trialUsed: true, entitlement: entitlement('trial', inDays(3)) }))).toEqual({
      entitled: true,
      canTrial: false,
      canBuy: true,
      isRenewal: false,
    });
  });

  it('renews a paid subscription, even after it ended', () => {
    expect(listingOffers(listing({ entitlement: entitlement('paid', inDays(3)) })).isRenewal).toBe(true);
    const ended = listingOffers(listing({ trialUsed: true, entitlement: entitlement('paid', inDays(-3), false) }));
    expect(ended).toEqual({ entitled: false, canTrial: false, canBuy: true, isRenewal: true });
  });

  it('sells nothing to an owner for ever, nor a free or included module', () => {
    expect(listingOffers(listing({ entitlement: entitlement('paid', null) })).canBuy).toBe(false);
    expect(listingOffers(listing({ plans: [] }))).toEqual({ entitled: true, canTrial: false, canBuy: false, isRenewal: false });
    expect(listingOffers(listing({ included: true }))).toEqual({ entitled: true, canTrial: false, canBuy: false, isRenewal: false });
  });
});
