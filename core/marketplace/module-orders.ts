import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlanPeriod } from './market-listing.ts';
import type { PaymentProviderName } from './payment-providers.ts';

export type ModuleOrderStatus = 'pending' | 'paid' | 'cancelled';

export interface ModuleOrderRecord {
  readonly id: string;
  readonly number: string;
  readonly status: ModuleOrderStatus;
  readonly provider: PaymentProviderName;
  readonly amountFen: number;
  readonly currency: 'CNY';
  readonly createdAt: Date;
  readonly paidAt: Date | null;
  readonly cancelledAt: Date | null;
}

export interface ModuleOrderLineRecord {
  readonly plugin: string;
  readonly planKey: string;
  readonly period: PlanPeriod;
  readonly amountFen: number;
}

export interface ModuleOrderEventRecord {
  readonly status: string;
  readonly actor: string;
  readonly note: string;
  readonly createdAt: Date;
}

type Timestamp = Date | string;
interface OrderRow {
  id: string;
  number: string;
  status: ModuleOrderStatus;
  provider: PaymentProviderName;
  amount_fen: number | string;
  currency: string;
  created_at: Timestamp;
  paid_at: Timestamp | null;
  cancelled_at: Timestamp | null;
}

const orderColumns = 'id, number, status, provider, amount_fen, currency, created_at, paid_at, cancelled_at';
const timeOrNull = (value: Timestamp | null): Date | null => (value === null ? null : new Date(value));
/** bigint arrives as text; amounts are checked to be safe integers where they enter, so this is exact. */
const fenOf = (value: number | string): number => Number(value);

const toRecord = (row: OrderRow): ModuleOrderRecord => ({
  id: row.id,
  number: row.number,
  status: row.status,
  provider: row.provider,
  amountFen: fenOf(row.amount_fen),
  // the table's default and the only currency plans are priced in
  currency: 'CNY',
  createdAt: new Date(row.created_at),
  paidAt: timeOrNull(row.paid_at),
  cancelledAt: timeOrNull(row.cancelled_at),
});

export interface NewModuleOrder {
  readonly tenantId: string;
  readonly id: string;
  readonly number: string;
  readonly provider: PaymentProviderName;
  readonly amountFen: number;
  readonly createdBy: string;
  readonly lines: readonly ModuleOrderLineRecord[];
}

/** Writes a pending order, its lines and its first event, in the caller's transaction (bound to the company). */
export async function insertModuleOrder(em: EntityManager, order: NewModuleOrder, actor: string, now: Date): Promise<void> {
  await em.execute(
    `INSERT INTO module_orders (tenant_id, id, number, status, provider, amount_fen, currency, created_by, created_at)
     VALUES (?, ?, ?, 'pending', ?, ?, 'CNY', ?, ?)`,
    [order.tenantId, order.id, order.number, order.provider, order.amountFen, order.createdBy, now],
  );
  for (const line of order.lines) {
    await em.execute(
      'INSERT INTO module_order_lines (tenant_id, order_id, plugin, plan_key, period, amount_fen) VALUES (?, ?, ?, ?, ?, ?)',
      [order.tenantId, order.id, line.plugin, line.planKey, line.period, line.amountFen],
    );
  }
  await recordOrderEvent(em, { tenantId: order.tenantId, orderId: order.id }, 'pending', actor, now);
}

export async function recordOrderEvent(
  em: EntityManager,
  order: { tenantId: string; orderId: string },
  status: ModuleOrderStatus,
  actor: string,
  now: Date,
  note = '',
): Promise<void> {
  await em.execute(
    'INSERT INTO module_order_events (tenant_id, order_id, status, actor, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    [order.tenantId, order.orderId, status, actor, note, now],
  );
}

/** One of the bound company's orders; another company's is not there (RLS). */
export async function findModuleOrder(em: EntityManager, id: string): Promise<ModuleOrderRecord | null> {
  const rows = await em.execute<OrderRow[]>(`SELECT ${orderColumns} FROM module_orders WHERE id = ?`, [id]);
  return rows[0] ? toRecord(rows[0]) : null;
}

/** A page of the bound company's orders, newest first. */
export async function listModuleOrders(
  em: EntityManager,
  query: { status?: ModuleOrderStatus; limit: number; offset: number },
): Promise<{ rows: ModuleOrderRecord[]; total: number }> {
  const where = query.status ? 'WHERE status = ?' : '';
  const filter = query.status ? [query.status] : [];
  const rows = await em.execute<OrderRow[]>(
    `SELECT ${orderColumns} FROM module_orders ${where} ORDER BY created_at DESC, number DESC LIMIT ? OFFSET ?`,
    [...filter, query.limit, query.offset],
  );
  const counted = await em.execute<{ total: number | string }[]>(`SELECT count(*) AS total FROM module_orders ${where}`, filter);
  return { rows: rows.map(toRecord), total: Number(counted[0]?.total ?? 0) };
}

/** The lines of the given orders, by order id. */
export async function moduleOrderLines(em: EntityManager, orderIds: readonly string[]): Promise<Map<string, ModuleOrderLineRecord[]>> {
  const byOrder = new Map<string, ModuleOrderLineRecord[]>(orderIds.map((id) => [id, []]));
  if (orderIds.length === 0) return byOrder;
  const rows = await em.execute<{ order_id: string; plugin: string; plan_key: string; period: PlanPeriod; amount_fen: number | string }[]>(
    'SELECT order_id, plugin, plan_key, period, amount_fen FROM module_order_lines WHERE order_id IN (?) ORDER BY order_id, plugin',
    [[...orderIds]],
  );
  for (const row of rows) {
    byOrder.get(row.order_id)?.push({ plugin: row.plugin, planKey: row.plan_key, period: row.period, amountFen: fenOf(row.amount_fen) });
  }
  return byOrder;
}

export async function moduleOrderEvents(em: EntityManager, orderId: string): Promise<ModuleOrderEventRecord[]> {
  const rows = await em.execute<{ status: string; actor: string; note: string; created_at: Timestamp }[]>(
    'SELECT status, actor, note, created_at FROM module_order_events WHERE order_id = ? ORDER BY seq',
    [orderId],
  );
  return rows.map((row) => ({ status: row.status, actor: row.actor, note: row.note, createdAt: new Date(row.created_at) }));
}

/**
 * Cancels a pending order with a conditional update, so a cancel racing the operator's confirmation leaves
 * exactly one of them done. Returns false when the order was not pending.
 */
export async function cancelModuleOrder(
  em: EntityManager,
  order: { tenantId: string; orderId: string },
  actor: string,
  now: Date,
  note = '',
): Promise<boolean> {
  const cancelled = await em.execute<{ id: string }[]>(
    `UPDATE module_orders SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status = 'pending' RETURNING id`,
    [now, order.orderId],
  );
  if (cancelled.length === 0) return false;
  await recordOrderEvent(em, order, 'cancelled', actor, now, note);
  return true;
}

/** The plan each module was last paid for (its latest paid order line), by module. */
export async function latestPaidPlans(em: EntityManager): Promise<Map<string, string>> {
  const rows = await em.execute<{ plugin: string; plan_key: string }[]>(
    `SELECT DISTINCT ON (l.plugin) l.plugin, l.plan_key
       FROM module_order_lines l JOIN module_orders o ON o.tenant_id = l.tenant_id AND o.id = l.order_id
      WHERE o.status = 'paid'
      ORDER BY l.plugin, o.paid_at DESC, o.created_at DESC`,
  );
  return new Map(rows.map((row) => [row.plugin, row.plan_key]));
}
