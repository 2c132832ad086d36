import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Serializes order creation within one company until the transaction ends: the next order number is
 * counted, and what the company holds is checked, without a parallel order slipping in between.
 */
export async function lockCompanyOrders(em: EntityManager, tenantId: string): Promise<void> {
  await em.execute(`SELECT pg_advisory_xact_lock(hashtext('module-orders'), hashtext(?))`, [tenantId]);
}

/** `20261124`: the calendar day of `now` in the company's time zone. */
export function orderDay(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}${part('month')}${part('day')}`;
}

/**
 * The company's next order number, `MO-<yyyymmdd>-<nnnn>`: a sequence per company and day. Orders are never
 * deleted, so counting the day's numbers under `lockCompanyOrders` gives the next free one.
 */
export async function nextOrderNumber(em: EntityManager, now: Date, timeZone: string): Promise<string> {
  const prefix = `MO-${orderDay(now, timeZone)}-`;
  const rows = await em.execute<{ taken: number | string }[]>('SELECT count(*) AS taken FROM module_orders WHERE number LIKE ?', [`${prefix}%`]);
  return `${prefix}${String(Number(rows[0]?.taken ?? 0) + 1).padStart(4, '0')}`;
}
