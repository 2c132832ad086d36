import { describe, expect, it } from 'vitest';
import type { MarketListingView, MarketPlanView, MyModuleView } from '../../api/market-api.ts';
import { moduleSource, myModuleActions, periodEnd } from './my-module-state.ts';

const now = new Date('2026-11-24T04:00:00.000Z');
const plan: MarketPlanView = { key: 'monthly', title: '按月', priceFen: 9900, currency: 'CNY', period: 'month', trialDays: 14 };
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
const held = (patch: Partial<MyModuleView> = {}): MyModuleView => ({
  name: 'announcements',
  title: '通告管理',
  enabled: false,
  included: false,
  entitlement: null,
  readOnlyUntil: null,
  lastPlan: null,
  ...patch,
});
const listing = (module: MyModuleView, patch: Partial<MarketListingView> = {}): MarketListingView => ({
  name: module.name,
  title: module.title,
  description: '',
  category: 'content',
  icon: null,
  version: '1.0.0',
  requires: [],
  plans: [plan],
  trialDays: 14,
  included: module.included,
  screenshots: [],
  entitlement: module.entitlement,
  trialUsed: true,
  enabled: module.enabled,
  readOnlyUntil: module.readOnlyUntil,
  ...patch,
});

describe('我的模块', () => {
  it('names the source', () => {
    expect(moduleSource(held({ included: true }))).toBe('included');
    expect(moduleSource(held({ entitlement: { source: 'trial', startsAt: now.toISOString(), endsAt: inDays(3), active: true } }))).toBe('trial');
    expect(moduleSource(held())).toBe('free');
  });

  it('tells the period end', () => {
    expect(periodEnd(held(), now)).toEqual({ kind: 'none' });
    expect(periodEnd(held({ entitlement: { source: 'paid', startsAt: '', endsAt: null, active: true } }), now)).toEqual({ kind: 'perpetual' });
    expect(periodEnd(held({ entitlement: { source: 'paid', startsAt: '', endsAt: inDays(-1), active: false } }), now)).toEqual({
      kind: 'date',
      at: inDays(-1),
      daysLeft: 0,
      ended: true,
    });
  });

  it('renews a paid module on its last plan, and offers 购买 after a trial', () => {
    const paid = held({ enabled: true, entitlement: { source: 'paid', startsAt: '', endsAt: inDays(5), active: true }, lastPlan: plan });
    expect(myModuleActions(paid, listing(paid))).toEqual({ renewPlan: 'monthly', renew: 'renew', canEnable: false });
    const trial = held({ entitlement: { source: 'trial', startsAt: '', endsAt: inDays(5), active: true } });
    expect(myModuleActions(trial, listing(trial))).toEqual({ renewPlan: undefined, renew: 'buy', canEnable: true });
  });

  it('does not enable an ended module, and renews a hidden one from its last plan', () => {
    const ended = held({ entitlement: { source: 'paid', startsAt: '', endsAt: inDays(-1), active: false }, lastPlan: plan });
    expect(myModuleActions(ended, listing(ended)).canEnable).toBe(false);
    expect(myModuleActions(ended, undefined)).toEqual({ renewPlan: 'monthly', renew: 'renew', canEnable: false });
  });

  it('offers nothing to buy for an included module', () => {
    const included = held({ included: true });
    expect(myModuleActions(included, listing(included))).toEqual({ renewPlan: undefined, renew: undefined, canEnable: true });
  });
});
