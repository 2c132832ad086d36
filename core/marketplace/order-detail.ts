import type { ModuleOrderDetail, ModuleOrderView } from '@tessera/schemas/market';
import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../http/core-errors.ts';
import { translate } from '../i18n/translate.ts';
import { bankTransferInstructions } from './bank-transfer.ts';
import type { PaymentStart } from './payment-providers.ts';
import { findModuleOrder, type ModuleOrderRecord, moduleOrderEvents, moduleOrderLines } from './module-orders.ts';
import { toOrderDetail, toOrderView } from './views/order-view.ts';

/** One of the company's orders as its view, or 404 (another company's order is invisible under RLS). */
export async function readOrderView(req: FastifyRequest, id: string): Promise<{ order: ModuleOrderRecord; view: ModuleOrderView }> {
  const order = await findModuleOrder(req.em, id);
  if (!order) throw new NotFoundError({ resource: translate(req.locale, 'market.purchase.order') });
  const lines = (await moduleOrderLines(req.em, [order.id])).get(order.id) ?? [];
  return { order, view: toOrderView(order, lines, req.server.plugins, req.locale) };
}

/**
 * The order with its state changes and, while a bank transfer is awaited, how to pay it (`started`: what
 * the provider answered when the order was just placed).
 */
export async function readOrderDetail(req: FastifyRequest, id: string, started?: PaymentStart): Promise<ModuleOrderDetail> {
  const { order, view } = await readOrderView(req, id);
  const awaitingTransfer = order.provider === 'manual' && order.status === 'pending';
  const instructions =
    started?.instructions ?? (awaitingTransfer ? bankTransferInstructions(order, req.server.appConfig.bankTransfer, req.locale) : null);
  return toOrderDetail(view, await moduleOrderEvents(req.em, order.id), instructions);
}
