/** Revenue lines as the server answers them: paid order lines by month of payment and module. */
export interface RevenueItem {
  month: string;
  plugin: string;
  amountFen: number;
  count: number;
}

export interface RevenueRow {
  plugin: string;
  /** Fen by month; a month without revenue is absent. */
  byMonth: Readonly<Record<string, number>>;
  totalFen: number;
  count: number;
}

export interface RevenuePivot {
  /** Every month from `from` to `to`, both included, also those without revenue. */
  months: string[];
  /** One row per module, the highest total first (then by name, for a stable order). */
  rows: RevenueRow[];
  monthTotals: Readonly<Record<string, number>>;
  totalFen: number;
  count: number;
}

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `2026-11` … `2027-02`; empty when `from` is after `to` or either is not a month. At most 120 months. */
export function monthsBetween(from: string, to: string): string[] {
  const start = monthPattern.exec(from);
  const end = monthPattern.exec(to);
  if (!start || !end) return [];
  const months: string[] = [];
  let year = Number(start[1]);
  let month = Number(start[2]);
  const last = Number(end[1]) * 12 + Number(end[2]);
  while (year * 12 + month <= last && months.length < 120) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Module × month table of integer fen, with row, column and grand totals (sums of integers: exact). */
export function pivotRevenue(view: { from: string; to: string; items: readonly RevenueItem[] }): RevenuePivot {
  const byPlugin = new Map<string, { byMonth: Record<string, number>; totalFen: number; count: number }>();
  const monthTotals: Record<string, number> = {};
  let totalFen = 0;
  let count = 0;
  for (const item of view.items) {
    const row = byPlugin.get(item.plugin) ?? { byMonth: {}, totalFen: 0, count: 0 };
    row.byMonth[item.month] = (row.byMonth[item.month] ?? 0) + item.amountFen;
    row.totalFen += item.amountFen;
    row.count += item.count;
    byPlugin.set(item.plugin, row);
    monthTotals[item.month] = (monthTotals[item.month] ?? 0) + item.amountFen;
    totalFen += item.amountFen;
    count += item.count;
  }
  const rows = [...byPlugin].map(([plugin, row]) => ({ plugin, ...row }));
  rows.sort((a, b) => b.totalFen - a.totalFen || a.plugin.localeCompare(b.plugin));
  return { months: monthsBetween(view.from, view.to), rows, monthTotals, totalFen, count };
}
