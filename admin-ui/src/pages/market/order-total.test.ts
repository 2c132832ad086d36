import { describe, expect, it } from 'vitest';
import type { MarketPlanView } from '../../api/market-api.ts';
import { orderTotalFen } from './order-total.ts';
import { chosenRequirementPlans, previewLines, requirementNamesOfProblem, requirementsToBuy } from './requirement-plans.ts';

const plan = (key: string, priceFen: number): MarketPlanView => ({ key, title: key, priceFen, currency: 'CNY', period: 'month', trialDays: 0 });
const listing = (name: string, requires: string[], plans: MarketPlanView[], patch: object = {}) => ({
  name,
  title: `title of ${name}`,
  requires: requires.map((required) => ({ name: required, title: required })),
  plans,
  included: false,
  entitlement: null,
  ...patch,
});

describe('order total', () => {
  it('adds the lines in integer fen', () => {
    expect(orderTotalFen([{ amountFen: 10 }, { amountFen: 20 }, { amountFen: 9900 }])).toBe(9930);
    expect(orderTotalFen([])).toBe(0);
  });

  it('refuses a total past exact integers', () => {
    expect(orderTotalFen([{ amountFen: Number.MAX_SAFE_INTEGER }, { amountFen: 2 }])).toBeUndefined();
  });
});

describe('requirements to buy in the same order', () => {
  const listings = [
    listing('orders', ['catalog', 'customers'], [plan('monthly', 9900)]),
    listing('catalog', ['taxonomy'], [plan('basic', 4900), plan('pro', 9900)]),
    listing('customers', [], [plan('free', 0), plan('pro', 1900)]),
    listing('taxonomy', [], [plan('monthly', 100)], { entitlement: { source: 'trial', startsAt: '', endsAt: null, active: true } }),
    listing('reports', [], [plan('monthly', 100)], { included: true }),
  ];

  it('lists transitive requirements first, without those held, included or free of plans', () => {
    const needed = requirementsToBuy('orders', listings);
    expect(needed.map((requirement) => requirement.name)).toEqual(['catalog', 'customers']);
    expect(needed[1]?.freePlan?.key).toBe('free');
    expect(requirementsToBuy('catalog', listings)).toEqual([]);
  });

  it('previews the lines once every requirement has a plan, and totals them', () => {
    const needed = requirementsToBuy('orders', listings);
    const module = listings[0] ?? listing('x', [], []);
    expect(previewLines(module, 'monthly', needed, {})).toBeUndefined();
    const lines = previewLines(module, 'monthly', needed, { catalog: 'pro' });
    expect(lines?.map((line) => `${line.plugin}:${line.plan.key}`)).toEqual(['catalog:pro', 'customers:free', 'orders:monthly']);
    expect(orderTotalFen((lines ?? []).map((line) => ({ amountFen: line.plan.priceFen })))).toBe(19800);
    expect(chosenRequirementPlans(needed, { catalog: 'pro', unrelated: 'x' })).toEqual({ catalog: 'pro' });
  });

  it('has no preview without a known plan for the module', () => {
    expect(previewLines(listing('a', [], [plan('monthly', 1)]), 'yearly', [], {})).toBeUndefined();
  });

  it('reads the modules a 409 names from its pointers', () => {
    expect(
      requirementNamesOfProblem([
        { pointer: '/body/requirementPlans/catalog' },
        { pointer: '/body/plan' },
        { pointer: '/body/requirementPlans/customers' },
      ]),
    ).toEqual(['catalog', 'customers']);
  });
});
