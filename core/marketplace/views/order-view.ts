import type { BankTransferInstructions, ModuleOrderDetail, ModuleOrderView } from '@tessera/schemas/market';
import type { Locale } from '../../i18n/translate.ts';
import type { PluginRegistry } from '../../plugin-runtime/plugin-registry.ts';
import type { ModuleOrderEventRecord, ModuleOrderLineRecord, ModuleOrderRecord } from '../module-orders.ts';

/** A line's module and plan titles come from the served manifest; a module no longer served shows its keys. */
function lineView(line: ModuleOrderLineRecord, registry: PluginRegistry, locale: Locale) {
  const plugin = registry.get(line.plugin);
  const plan = plugin?.pricing?.plans.find((candidate) => candidate.key === line.planKey);
  return {
    plugin: line.plugin,
    title: plugin?.title[locale] ?? line.plugin,
    planKey: line.planKey,
    planTitle: plan?.title[locale] ?? line.planKey,
    period: line.period,
    amountFen: line.amountFen,
  };
}

/** Lines with required modules before the modules that need them (the served order), as they were bought. */
function inDependencyOrder(lines: readonly ModuleOrderLineRecord[], registry: PluginRegistry): ModuleOrderLineRecord[] {
  const served = registry.all().map((plugin) => plugin.name);
  const rank = (line: ModuleOrderLineRecord) => {
    const index = served.indexOf(line.plugin);
    return index === -1 ? served.length : index;
  };
  return [...lines].sort((a, b) => rank(a) - rank(b) || a.plugin.localeCompare(b.plugin));
}

export function toOrderView(
  order: ModuleOrderRecord,
  lines: readonly ModuleOrderLineRecord[],
  registry: PluginRegistry,
  locale: Locale,
): ModuleOrderView {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    provider: order.provider,
    amountFen: order.amountFen,
    currency: order.currency,
    createdAt: order.createdAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    cancelledAt: order.cancelledAt?.toISOString() ?? null,
    lines: inDependencyOrder(lines, registry).map((line) => lineView(line, registry, locale)),
  };
}

export function toOrderDetail(
  view: ModuleOrderView,
  events: readonly ModuleOrderEventRecord[],
  instructions: BankTransferInstructions | null,
): ModuleOrderDetail {
  return {
    ...view,
    events: events.map((event) => ({ status: event.status, actor: event.actor, note: event.note, createdAt: event.createdAt.toISOString() })),
    instructions,
  };
}
