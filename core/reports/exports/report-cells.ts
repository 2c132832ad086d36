import type { DatasetResult } from '@tessera/schemas/dataset';
import { type Locale, translate } from '../../i18n/translate.ts';
import { zonedTime } from '../zoned-time.ts';

/**
 * One result cell as an export shows it: `text` for CSV and PDF, and the typed value a spreadsheet keeps
 * (numbers as numbers, money in yuan, days and times as dates).
 */
export type ReportCell =
  | { kind: 'empty'; text: '' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'money'; yuan: number; text: string }
  | { kind: 'ratio'; value: number; text: string }
  | { kind: 'date'; date: Date; grain: string; text: string }
  | { kind: 'time'; date: Date; text: string };

export type ReportColumn = DatasetResult['columns'][number];

export interface ReportTable {
  columns: readonly ReportColumn[];
  /** The columns' titles in the reader's language. */
  header: string[];
  rows: ReportCell[][];
}

const empty: ReportCell = { kind: 'empty', text: '' };
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Fen as yuan text with two decimals, computed on the integer (an average may carry a fraction of a fen: it
 * is rounded to the fen, halves away from zero), so no float rounding shows in the file.
 */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const whole = Math.round(Math.abs(fen));
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}

/** A number as text: integers as they are, fractions to four places. */
const numberText = (value: number) => (Number.isInteger(value) ? String(value) : String(Math.round(value * 10_000) / 10_000));

/** A day bucket as text for its grain: `2026-03` for a month, `2026 Q1` for a quarter, `2026` for a year. */
function dayText(day: string, grain: string | undefined): string {
  const [, year, month] = dayPattern.exec(day) ?? [];
  if (!year || !month) return day;
  if (grain === 'month') return `${year}-${month}`;
  if (grain === 'quarter') return `${year} Q${Math.floor((Number(month) - 1) / 3) + 1}`;
  if (grain === 'year') return year;
  return day;
}

function cellOf(value: unknown, column: ReportColumn, locale: Locale, timeZone: string): ReportCell {
  if (value === null || value === undefined || value === '') return empty;
  if (column.labels && typeof value === 'string') return { kind: 'text', text: column.labels[value] ?? value };
  if (typeof value === 'boolean') return { kind: 'text', text: translate(locale, `reports.export.${value ? 'yes' : 'no'}`) };
  if (typeof value === 'number') {
    if (column.type === 'money') {
      const text = fenToYuanText(value);
      return { kind: 'money', yuan: Number(text), text };
    }
    if (column.type === 'ratio') return { kind: 'ratio', value, text: `${numberText(value * 100)}%` };
    return { kind: 'number', value, text: numberText(value) };
  }
  if (typeof value !== 'string') return { kind: 'text', text: JSON.stringify(value) };
  if ((column.type === 'date' || column.type === 'time') && dayPattern.test(value)) {
    return { kind: 'date', date: new Date(`${value}T00:00:00Z`), grain: column.grain ?? 'day', text: dayText(value, column.grain) };
  }
  if (column.type === 'time' && !Number.isNaN(Date.parse(value))) {
    const zoned = zonedTime(new Date(value), timeZone);
    return { kind: 'time', date: zoned.wallClock, text: zoned.text };
  }
  return { kind: 'text', text: value };
}

/**
 * A report result as an export's table: titles as the result carries them (already in the reader's
 * language), option values as their labels, booleans as 是/否 (Yes/No), money in yuan, time buckets by
 * their grain and instants on the company's wall clock.
 */
export function reportTable(result: DatasetResult, locale: Locale, timeZone: string): ReportTable {
  return {
    columns: result.columns,
    header: result.columns.map((column) => column.title),
    rows: result.rows.map((row) => result.columns.map((column, i) => cellOf(row[i], column, locale, timeZone))),
  };
}
