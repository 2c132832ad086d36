import { randomUUID } from 'node:crypto';
import type { ModuleOrderCreate } from '@tessera/schemas/market';
import type { FastifyRequest } from 'fastify';
import { audit } from '../audit/write-audit.ts';
import { ValidationFailedError } from '../http/core-errors.ts';
import { translate } from '../i18n/translate.ts';
import type { PluginDefinition } from '../plugin-runtime/plugin-definition.ts';
import { companyEntitlements } from './entitlements.ts';
import { listingSettings, settingsOf } from './market-listing.ts';
import { insertModuleOrder } from './module-orders.ts';
import { orderOfKey, rememberKey, requestHash } from './order-idempotency.ts';
import { lockCompanyOrders, nextOrderNumber } from './order-number.ts';
import { type PaymentStart, providerFor } from './payment-providers.ts';
import { orderTotal, planOrderLines } from './plan-order-lines.ts';

/**
 * Places a module order for the signed-in company: its lines (the module and the requirements it still
 * has to buy) at the prices the company pays, a number, and the payment provider's start. A zero total is
 * paid at once, entitlements included, in this transaction; anything else waits for a bank transfer that
 * the operator confirms. Nothing here takes a status from the client.
 */
export async function createModuleOrder(
  req: FastifyRequest,
  body: ModuleOrderCreate,
  idempotencyKey?: string,
): Promise<{ orderId: string; started?: PaymentStart; replayed: boolean }> {
  const tenantId = req.principal?.tenantId ?? '';
  const userId = req.principal?.userId ?? '';
  const actor = `user:${userId}`;
  const now = req.server.clock.now();
  await lockCompanyOrders(req.em, tenantId);
  const hash = requestHash(body);
  const earlier = idempotencyKey ? await orderOfKey(req.em, idempotencyKey, hash) : undefined;
  if (earlier) return { orderId: earlier, replayed: true };
  const settings = await listingSettings(req.em);
  const entitlements = await companyEntitlements(req.em);
  const plugin = req.server.plugins.get(body.plugin);
  // a hidden listing is not sold any more, except as a renewal to a company that holds it
  if (!plugin || (settingsOf(settings, plugin.name).hidden && !entitlements.has(plugin.name))) {
    throw new ValidationFailedError(
      {},
      { fieldProblems: [{ pointer: '/body/plugin', code: 'unknown-module', message: translate(req.locale, 'market.purchase.unknown-module') }] },
    );
  }
  const chain = req.server.plugins
    .withRequirements(plugin.name)
    .map((name) => req.server.plugins.get(name))
    .filter((candidate): candidate is PluginDefinition => candidate !== undefined);
  const lines = planOrderLines({
    plugin,
    plan: body.plan,
    requirementPlans: body.requirementPlans ?? {},
    chain,
    settings,
    entitlements,
    now,
    locale: req.locale,
  });
  const amountFen = orderTotal(lines);
  const company = await req.em.execute<{ time_zone: string }[]>('SELECT time_zone FROM tenants WHERE id = ?', [tenantId]);
  const number = await nextOrderNumber(req.em, now, company[0]?.time_zone ?? 'Asia/Shanghai');
  const orderId = randomUUID();
  const provider = providerFor(amountFen);
  await insertModuleOrder(req.em, { tenantId, id: orderId, number, provider: provider.name, amountFen, createdBy: userId, lines }, actor, now);
  if (idempotencyKey) await rememberKey(req.em, orderId, idempotencyKey, hash);
  const started = await provider.start(
    { tenantId, orderId, number, amountFen, currency: 'CNY' },
    { em: req.em, actor, now, locale: req.locale, bank: req.server.appConfig.bankTransfer },
  );
  const detail = { number, provider: provider.name, amountFen, currency: 'CNY', lines: lines.map((line) => `${line.plugin}:${line.planKey}`) };
  await audit(req, { action: 'market.order.create', subject: 'Plugin', recordId: orderId, detail });
  if (started.status === 'paid') await audit(req, { action: 'market.order.paid', subject: 'Plugin', recordId: orderId, detail: { number, provider: provider.name } });
  return { orderId, started, replayed: false };
}
