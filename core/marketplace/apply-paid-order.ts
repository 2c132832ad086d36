import type { EntityManager } from '@mikro-orm/postgresql';
import { companyEntitlements, isActive, periodEnd, setEntitlement } from './entitlements.ts';
import type { PlanPeriod } from './market-listing.ts';

/**
 * Marks a pending order paid and gives the company each line's module for the line's period: a renewal
 * extends from the current end when the entitlement is still running, else from now. Runs in a
 * transaction bound to the order's company (a tenant's own request for the free provider, the operator's
 * confirmation for a manual payment). Returns false when the order was not pending (nothing changes).
 */
export async function applyPaidOrder(
  em: EntityManager,
  order: { tenantId: string; orderId: string },
  actor: string,
  now: Date,
  note = '',
): Promise<boolean> {
  const paid = await em.execute<{ id: string }[]>(
    `UPDATE module_orders SET status = 'paid', paid_at = ? WHERE id = ? AND status = 'pending' RETURNING id`,
    [now, order.orderId],
  );
  if (paid.length === 0) return false;
  await em.execute(
    'INSERT INTO module_order_events (tenant_id, order_id, status, actor, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    [order.tenantId, order.orderId, 'paid', actor, note, now],
  );
  const lines = await em.execute<{ plugin: string; period: PlanPeriod }[]>(
    'SELECT plugin, period FROM module_order_lines WHERE order_id = ? ORDER BY plugin',
    [order.orderId],
  );
  const current = await companyEntitlements(em);
  for (const line of lines) {
    const running = current.get(line.plugin);
    const renewing = isActive(running, now) && running?.source === 'paid' && running.endsAt !== null;
    const from = renewing && running?.endsAt ? running.endsAt : now;
    await setEntitlement(em, {
      tenantId: order.tenantId,
      plugin: line.plugin,
      source: 'paid',
      endsAt: periodEnd(from, line.period),
      kind: renewing ? 'renewed' : 'purchased',
      actor,
      now,
    });
  }
  return true;
}
