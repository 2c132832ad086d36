/*
 * Money travels as integer fen (STYLE.md §6); people read and type yuan. Every conversion here works on
 * the digits as text or integers, never multiplying a float by 100, so ¥0.29 stays 29 fen.
 */

const yuanPattern = /^(-)?(\d+)(?:\.(\d{0,2}))?$/;

/** `¥1,234.56`, negative as `-¥1,234.56` (UI.md, "Formats"). */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) return '-';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}

/** Fen as the yuan text an input shows: `1234.56`, `-0.05`; no separators. */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Yuan typed by a person (`12`, `12.3`, `1,234.56`, `-0.5`) as integer fen; `undefined` for text that is
 * not an amount, has more than two decimals or is too large to be exact.
 */
export function yuanTextToFen(text: string): number | undefined {
  const match = yuanPattern.exec(text.trim().replace(/[,，\s]/g, ''));
  if (!match) return undefined;
  const [, minus, whole = '0', decimals = ''] = match;
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return undefined;
  return minus && fen !== 0 ? -fen : fen;
}
