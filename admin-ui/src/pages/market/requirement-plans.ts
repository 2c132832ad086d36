import type { MarketListingView, MarketPlanView } from '../../api/market-api.ts';
import { needsPurchase } from './listing-state.ts';

type Listing = Pick<MarketListingView, 'name' | 'title' | 'requires' | 'plans' | 'included' | 'entitlement'>;

/** A required module the company still has to buy, in the same order as the module itself. */
export interface RequirementToBuy {
  name: string;
  title: string;
  plans: MarketPlanView[];
  /** A zero-price plan the server picks when none is chosen; undefined: the buyer must choose one. */
  freePlan: MarketPlanView | undefined;
}

/**
 * The modules `plugin` requires, directly or not, that need a purchase the company has not made, requirements
 * first (as the server orders its lines). A module the operator includes, without plans, or with a trial or
 * purchase running needs none. A requirement the catalog does not list is left out: the server names it if
 * it must be bought, and the dialog then asks for it.
 */
export function requirementsToBuy(plugin: string, listings: readonly Listing[]): RequirementToBuy[] {
  const byName = new Map(listings.map((listing) => [listing.name, listing]));
  const seen = new Set<string>([plugin]);
  const ordered: Listing[] = [];
  const visit = (name: string) => {
    for (const requirement of byName.get(name)?.requires ?? []) {
      if (seen.has(requirement.name)) continue;
      seen.add(requirement.name);
      visit(requirement.name);
      const listing = byName.get(requirement.name);
      if (listing) ordered.push(listing);
    }
  };
  visit(plugin);
  return ordered
    .filter((listing) => needsPurchase(listing) && listing.entitlement?.active !== true)
    .map((listing) => ({
      name: listing.name,
      title: listing.title,
      plans: listing.plans,
      freePlan: listing.plans.find((plan) => plan.priceFen === 0),
    }));
}

/** The modules a 409 `module-requirement-plans-missing` names, from its `/body/requirementPlans/<name>` pointers. */
export function requirementNamesOfProblem(errors: readonly { pointer: string }[]): string[] {
  const prefix = '/body/requirementPlans/';
  return errors.filter((problem) => problem.pointer.startsWith(prefix)).map((problem) => problem.pointer.slice(prefix.length));
}

/** One line of the order as the confirmation shows it before the server prices it. */
export interface PreviewLine {
  plugin: string;
  title: string;
  plan: MarketPlanView;
}

/**
 * The lines the order will have: each requirement on its chosen plan (or its free one), then the module.
 * `undefined` while a requirement still lacks a plan or the module's plan is unknown.
 */
export function previewLines(
  module: { name: string; title: string; plans: readonly MarketPlanView[] },
  planKey: string | undefined,
  requirements: readonly RequirementToBuy[],
  chosen: Readonly<Record<string, string | undefined>>,
): PreviewLine[] | undefined {
  const plan = module.plans.find((candidate) => candidate.key === planKey);
  if (!plan) return undefined;
  const lines: PreviewLine[] = [];
  for (const requirement of requirements) {
    const key = chosen[requirement.name];
    const requirementPlan = key === undefined ? requirement.freePlan : requirement.plans.find((candidate) => candidate.key === key);
    if (!requirementPlan) return undefined;
    lines.push({ plugin: requirement.name, title: requirement.title, plan: requirementPlan });
  }
  return [...lines, { plugin: module.name, title: module.title, plan }];
}

/** The `requirementPlans` of the order: only the plans the buyer chose (the server picks free ones itself). */
export function chosenRequirementPlans(
  requirements: readonly RequirementToBuy[],
  chosen: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const plans: Record<string, string> = {};
  for (const requirement of requirements) {
    const key = chosen[requirement.name];
    if (key !== undefined) plans[requirement.name] = key;
  }
  return plans;
}
