import type { MarketListingView, MyModuleView } from '../../api/market-api.ts';
import { daysLeft, listingOffers } from './listing-state.ts';

/** Where a held module comes from: bought, tried, given by the operator, included for all, or free. */
export type ModuleSource = 'paid' | 'trial' | 'granted' | 'included' | 'free';

export function moduleSource(module: Pick<MyModuleView, 'included' | 'entitlement'>): ModuleSource {
  if (module.included) return 'included';
  return module.entitlement?.source ?? 'free';
}

/** The 到期时间 column: a date, 永久, or nothing for a module that needs no entitlement. */
export type PeriodEnd = { kind: 'none' } | { kind: 'perpetual' } | { kind: 'date'; at: string; daysLeft: number; ended: boolean };

export function periodEnd(module: Pick<MyModuleView, 'included' | 'entitlement'>, now: Date): PeriodEnd {
  const { entitlement } = module;
  if (module.included || !entitlement) return { kind: 'none' };
  if (entitlement.endsAt === null) return { kind: 'perpetual' };
  return { kind: 'date', at: entitlement.endsAt, daysLeft: daysLeft(entitlement.endsAt, now), ended: !entitlement.active };
}

/** What 我的模块 offers for a module: 续费 (with the plan to renew), 购买 after a trial, 启用 when allowed. */
export interface MyModuleActions {
  /** The plan to preselect; undefined: the buyer picks one. */
  renewPlan: string | undefined;
  renew: 'renew' | 'buy' | undefined;
  canEnable: boolean;
}

/**
 * A module in 我的模块, with its listing when the catalog shows it (a hidden one may still be renewed by
 * a company that holds it, from its listing's plan in `lastPlan`).
 */
export function myModuleActions(module: MyModuleView, listing: MarketListingView | undefined): MyModuleActions {
  const renewPlan = module.lastPlan?.key;
  if (listing) {
    const offers = listingOffers(listing);
    const renew = offers.canBuy ? (offers.isRenewal || module.lastPlan ? 'renew' : 'buy') : undefined;
    return { renewPlan, renew, canEnable: !module.enabled && offers.entitled };
  }
  const perpetual = module.entitlement?.active === true && module.entitlement.endsAt === null;
  const entitled = module.included || module.entitlement?.active === true || module.entitlement === null;
  return {
    renewPlan,
    renew: !module.included && !perpetual && module.lastPlan ? 'renew' : undefined,
    canEnable: !module.enabled && entitled,
  };
}
