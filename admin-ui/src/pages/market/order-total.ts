/**
 * An order's total from its lines, in fen. Integers only, so the sum is exact; `undefined` past the
 * integers a number carries exactly (the server refuses such an order too).
 */
export function orderTotalFen(lines: readonly { amountFen: number }[]): number | undefined {
  const total = lines.reduce((sum, line) => sum + line.amountFen, 0);
  return Number.isSafeInteger(total) ? total : undefined;
}
