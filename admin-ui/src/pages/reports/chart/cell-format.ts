import { formatDateTime } from '../../../format/format-date-time.ts';
import { formatFen } from '../../../format/format-fen.ts';
import type { MessageVars } from '../../../i18n/translate.ts';
import type { ResultColumn } from '../reports-api.ts';

/** What formatting a result needs from the page: the reader's words and the company's time zone. */
export interface CellFormat {
  t: (key: string, vars?: MessageVars) => string;
  timeZone: string;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Counts and sums with thousands separators; an average keeps at most two decimals. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A ratio (a fraction) as a percentage with one decimal: `0.4567` → `45.7%`. */
export function formatRatio(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** Money is integer fen; an average of fen is rounded to the fen only here, for display. */
export function formatMoney(fen: number): string {
  return formatFen(Math.round(fen));
}

/** A time bucket (`YYYY-MM-DD`, its first day) in the words of its grain: `2026-03`, `2026年第1季度`. */
export function formatBucket(day: string, grain: string | undefined, format: CellFormat): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const [, year = '', month = '', date = ''] = match;
  switch (grain) {
    case 'year':
      return format.t('reports.bucket.year', { year });
    case 'quarter':
      return format.t('reports.bucket.quarter', { year, quarter: Math.floor((Number(month) - 1) / 3) + 1 });
    case 'month':
      return format.t('reports.bucket.month', { year, month });
    case 'week':
      return format.t('reports.bucket.week', { day: `${year}-${month}-${date}` });
    default:
      return `${year}-${month}-${date}`;
  }
}

function numberText(type: string | undefined, value: number): string {
  if (type === 'money') return formatMoney(value);
  if (type === 'ratio') return formatRatio(value);
  return formatNumber(value);
}

/** One result cell as a person reads it: option labels, buckets by grain, money in yuan, 是/否. */
export function formatCell(column: ResultColumn, value: unknown, format: CellFormat): string {
  if (value === null || value === undefined || value === '') return format.t('reports.value.empty');
  if (column.labels && (typeof value === 'string' || typeof value === 'number')) return column.labels[String(value)] ?? String(value);
  if (typeof value === 'boolean') return format.t(value ? 'reports.value.true' : 'reports.value.false');
  if (typeof value === 'number') return numberText(column.type, value);
  if (typeof value === 'string') {
    // a grouped time or date is its bucket's first day; a record's time (no grain) is an instant
    if (column.grain && (column.type === 'time' || column.type === 'date')) return formatBucket(value, column.grain, format);
    if (column.type === 'time') return formatDateTime(value, format.timeZone);
    return value;
  }
  return String(value);
}

/** A number a chart draws for a measure cell; text that is not a number is nothing to draw. */
export function numericCell(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Formats a measure value for axes and tooltips: yuan for money, percentages for ratios, separators for the rest. */
export function measureFormatter(column: ResultColumn | undefined): (value: unknown) => string {
  return (value) => {
    const number = numericCell(value);
    return number === null ? '-' : numberText(column?.type, number);
  };
}
