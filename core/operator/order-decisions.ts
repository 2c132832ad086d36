import type { OperatorOrderDecision } from '@tessera/schemas/operator-market';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../http/core-errors.ts';
import { applyPaidOrder } from '../marketplace/apply-paid-order.ts';
import { companyEntitlements } from '../marketplace/entitlements.ts';
import { cancelModuleOrder, findModuleOrder, type ModuleOrderRecord, moduleOrderLines } from '../marketplace/module-orders.ts';
import { changeCompany } from './change-company.ts';
import { ModuleOrderSettledError } from './operator-errors.ts';
import { operatorActor, operatorOf } from './operator-principal.ts';
import { tellAdminsAboutOrder } from './order-notices.ts';

export interface OrderRef {
  readonly tenantId: string;
  readonly orderId: string;
}

/** The order, still pending; 404 when the company has no such order, 409 when it was paid or cancelled. */
async function pendingOrder(em: EntityManager, orderId: string): Promise<ModuleOrderRecord> {
  const order = await findModuleOrder(em, orderId);
  if (!order) throw new NotFoundError({ resource: 'order' });
  if (order.status !== 'pending') throw new ModuleOrderSettledError({ number: order.number, status: order.status });
  return order;
}

/** The order's state after a conditional update lost a race (another request paid or cancelled it first). */
async function raceLost(em: EntityManager, order: ModuleOrderRecord): Promise<never> {
  const now = await findModuleOrder(em, order.id);
  throw new ModuleOrderSettledError({ number: order.number, status: now?.status ?? order.status });
}

const orderPlugins = async (em: EntityManager, orderId: string): Promise<string[]> =>
  (await moduleOrderLines(em, [orderId])).get(orderId)?.map((line) => line.plugin) ?? [];

const decisionOf = (ref: OrderRef, order: ModuleOrderRecord, status: 'paid' | 'cancelled') => ({
  tenantId: ref.tenantId,
  orderId: order.id,
  number: order.number,
  status,
  amountFen: order.amountFen,
});

/**
 * Confirms a manual payment (the money arrived): the order is paid and the company gets each line's
 * module for the line's period, its admins are told the modules can be enabled, and the operator's
 * audit log has the row, all or nothing.
 */
export function confirmModuleOrder(req: FastifyRequest, ref: OrderRef, note: string): Promise<OperatorOrderDecision> {
  const app = req.server;
  const now = app.clock.now();
  const actor = operatorActor(operatorOf(req));
  return changeCompany(req, ref.tenantId, async (em) => {
    const order = await pendingOrder(em, ref.orderId);
    if (!(await applyPaidOrder(em, ref, actor, now, note))) await raceLost(em, order);
    const plugins = await orderPlugins(em, order.id);
    const entitlements = await companyEntitlements(em);
    await tellAdminsAboutOrder(em, ref.tenantId, app.plugins, { kind: 'paid', number: order.number, plugins });
    const result = {
      ...decisionOf(ref, order, 'paid'),
      entitlements: plugins.map((plugin) => ({ plugin, endsAt: entitlements.get(plugin)?.endsAt?.toISOString() ?? null })),
    };
    const detail = { orderId: order.id, amountFen: order.amountFen, plugins };
    return { result, audit: { action: 'order.confirm', target: order.number, reason: note || null, detail } };
  });
}

/** Rejects a pending order (no payment arrived): cancelled, the reason recorded in its history and told to the admins. */
export function rejectModuleOrder(req: FastifyRequest, ref: OrderRef, reason: string): Promise<OperatorOrderDecision> {
  const app = req.server;
  const now = app.clock.now();
  const actor = operatorActor(operatorOf(req));
  return changeCompany(req, ref.tenantId, async (em) => {
    const order = await pendingOrder(em, ref.orderId);
    if (!(await cancelModuleOrder(em, ref, actor, now, reason))) await raceLost(em, order);
    const plugins = await orderPlugins(em, order.id);
    await tellAdminsAboutOrder(em, ref.tenantId, app.plugins, { kind: 'rejected', number: order.number, plugins, reason });
    const detail = { orderId: order.id, amountFen: order.amountFen, plugins };
    return { result: { ...decisionOf(ref, order, 'cancelled'), entitlements: [] }, audit: { action: 'order.reject', target: order.number, reason, detail } };
  });
}
