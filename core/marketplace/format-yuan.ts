/**
 * `¥1,234.56` from integer fen, for receipts and payment instructions. The arithmetic is on BigInt, so no
 * floating point ever touches the amount (`fen / 100` would misround large amounts).
 */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError('an amount in fen must be a safe integer');
  const value = BigInt(fen);
  const magnitude = value < 0n ? -value : value;
  const yuan = (magnitude / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (magnitude % 100n).toString().padStart(2, '0');
  return `${value < 0n ? '-' : ''}¥${yuan}.${cents}`;
}
