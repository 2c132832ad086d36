import { ValidationFailedError } from '../http/core-errors.ts';
import type { FieldProblem } from '../http/domain-error.ts';
import { type Locale, translate } from '../i18n/translate.ts';
import type { PluginDefinition } from '../plugin-runtime/plugin-definition.ts';
import { type Entitlement, isActive } from './entitlements.ts';
import { formatYuan } from './format-yuan.ts';
import { type ListingSettings, type MarketPlan, marketPlans, needsEntitlement, type PlanPeriod, settingsOf } from './market-listing.ts';
import { ModuleAlreadyOwnedError, ModulePurchaseNotNeededError, ModuleRequirementPlansMissingError } from './order-errors.ts';

export interface OrderLinePlan {
  readonly plugin: string;
  readonly planKey: string;
  readonly period: PlanPeriod;
  readonly amountFen: number;
}

export interface OrderLineRequest {
  /** The module bought and the plan chosen for it. */
  readonly plugin: PluginDefinition;
  readonly plan: string;
  /** Plans chosen for required modules the company still has to buy, by module name. */
  readonly requirementPlans: Readonly<Record<string, string>>;
  /** The module and everything it requires, directly or not, requirements first. */
  readonly chain: readonly PluginDefinition[];
  readonly settings: ReadonlyMap<string, ListingSettings>;
  readonly entitlements: ReadonlyMap<string, Entitlement>;
  readonly now: Date;
  readonly locale: Locale;
}

const lineOf = (plugin: string, plan: MarketPlan): OrderLinePlan => ({ plugin, planKey: plan.key, period: plan.period, amountFen: plan.priceFen });

const planOffer = (plan: MarketPlan, locale: Locale): string =>
  translate(locale, 'market.purchase.plan-offer', {
    key: plan.key,
    title: plan.title[locale],
    price: formatYuan(plan.priceFen),
    period: translate(locale, `market.purchase.period.${plan.period}`),
  });

/**
 * The lines of an order for `plugin` on `plan`: one for the module, and one for each module it requires
 * (transitively) that needs an entitlement the company does not have running. A requirement with a
 * zero-price plan gets that plan when none was chosen; any other needs a chosen plan, else the answer names
 * the modules and their plans (409) so the client can offer them in the same order. A requirement the
 * operator includes, that has no price, or that the company holds already needs no line. Pure: the caller
 * read the settings and entitlements in the transaction that will write the order.
 */
export function planOrderLines(request: OrderLineRequest): OrderLinePlan[] {
  const { plugin, locale } = request;
  const title = plugin.title[locale];
  const settings = settingsOf(request.settings, plugin.name);
  if (!needsEntitlement(plugin, settings)) throw new ModulePurchaseNotNeededError({ plugin: title });
  const held = request.entitlements.get(plugin.name);
  if (held && held.endsAt === null && isActive(held, request.now)) throw new ModuleAlreadyOwnedError({ plugin: title });

  const problems: FieldProblem[] = [];
  const plan = marketPlans(plugin, settings).find((candidate) => candidate.key === request.plan);
  if (!plan) problems.push({ pointer: '/body/plan', code: 'unknown-plan', message: translate(locale, 'market.purchase.unknown-plan') });
  const requirements = request.chain.filter((candidate) => candidate.name !== plugin.name);
  for (const name of Object.keys(request.requirementPlans)) {
    if (!requirements.some((candidate) => candidate.name === name)) {
      problems.push({
        pointer: `/body/requirementPlans/${name}`,
        code: 'not-a-requirement',
        message: translate(locale, 'market.purchase.not-a-requirement', { plugin: title }),
      });
    }
  }

  const lines: OrderLinePlan[] = [];
  const missing: PluginDefinition[] = [];
  for (const requirement of requirements) {
    const requirementSettings = settingsOf(request.settings, requirement.name);
    if (!needsEntitlement(requirement, requirementSettings)) continue;
    if (isActive(request.entitlements.get(requirement.name), request.now)) continue;
    const plans = marketPlans(requirement, requirementSettings);
    const chosen = request.requirementPlans[requirement.name];
    const requirementPlan = chosen === undefined ? plans.find((candidate) => candidate.priceFen === 0) : plans.find((candidate) => candidate.key === chosen);
    if (requirementPlan) lines.push(lineOf(requirement.name, requirementPlan));
    else if (chosen === undefined) missing.push(requirement);
    else {
      problems.push({
        pointer: `/body/requirementPlans/${requirement.name}`,
        code: 'unknown-plan',
        message: translate(locale, 'market.purchase.unknown-plan'),
      });
    }
  }
  if (problems.length > 0 || !plan) throw new ValidationFailedError({}, { fieldProblems: problems });
  if (missing.length > 0) {
    throw new ModuleRequirementPlansMissingError(
      { plugin: title, missing: missing.map((requirement) => `${requirement.title[locale]} (${requirement.name})`).join(', ') },
      {
        fieldProblems: missing.map((requirement) => ({
          pointer: `/body/requirementPlans/${requirement.name}`,
          code: 'plan-required',
          message: translate(locale, 'market.purchase.choose-plan', {
            plans: marketPlans(requirement, settingsOf(request.settings, requirement.name))
              .map((candidate) => planOffer(candidate, locale))
              .join(locale === 'zh-CN' ? '；' : '; '),
          }),
        })),
      },
    );
  }
  return [...lines, lineOf(plugin.name, plan)];
}

/** The order's total; refuses a sum past the integers JSON and bigint(number) carry exactly. */
export function orderTotal(lines: readonly OrderLinePlan[]): number {
  const total = lines.reduce((sum, line) => sum + line.amountFen, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError('an order total must be a safe integer of fen');
  return total;
}
