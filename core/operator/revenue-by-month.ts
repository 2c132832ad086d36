import type { OperatorRevenueView } from '@tessera/schemas/operator-market';
import type pg from 'pg';

/** The platform's time zone: it decides which month a payment falls in. */
export const platformTimeZone = 'Asia/Shanghai';

/** `2026-11` of `date` in the platform's time zone. */
export function monthOf(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: platformTimeZone, year: 'numeric', month: '2-digit' }).formatToParts(date);
  return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
}

/** The month `count` months after `month` (negative: before). */
export function addMonths(month: string, count: number): string {
  const [year = 0, mon = 1] = month.split('-').map(Number);
  const index = year * 12 + (mon - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Paid order lines summed by the month of payment (platform time zone) and module, from the first day of
 * `from` to the end of `to`. Read past RLS as the owner; each line meets its order within its company.
 */
export async function revenueByMonth(client: pg.ClientBase, from: string, to: string): Promise<OperatorRevenueView> {
  const { rows } = await client.query<{ month: string; plugin: string; amount_fen: string; n: number }>(
    `SELECT to_char(o.paid_at AT TIME ZONE $3, 'YYYY-MM') AS month, l.plugin, sum(l.amount_fen)::text AS amount_fen, count(*)::int AS n
       FROM module_orders o JOIN module_order_lines l ON l.tenant_id = o.tenant_id AND l.order_id = o.id
      WHERE o.status = 'paid'
        AND o.paid_at >= (($1 || '-01')::timestamp AT TIME ZONE $3)
        AND o.paid_at < ((($2 || '-01')::timestamp + interval '1 month') AT TIME ZONE $3)
      GROUP BY 1, 2
      ORDER BY 1, 2`,
    [from, to, platformTimeZone],
  );
  const items = rows.map((r) => ({ month: r.month, plugin: r.plugin, amountFen: Number(r.amount_fen), count: r.n }));
  return { from, to, timeZone: platformTimeZone, currency: 'CNY', items, totalFen: items.reduce((sum, item) => sum + item.amountFen, 0) };
}
