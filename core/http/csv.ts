import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import { neutralizeFormula } from './neutralize-formula.ts';

function safeCell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : value instanceof Date
        ? value.toISOString()
        : typeof value === 'string'
          ? value
          : JSON.stringify(value);
  return neutralizeFormula(text);
}

/**
 * Answers with a CSV download: formula-looking cells neutralised, and a byte-order mark so Excel reads the
 * file as UTF-8 (Chinese text).
 */
export function sendCsv(reply: FastifyReply, fileName: string, header: readonly string[], rows: readonly unknown[][]): string {
  reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`);
  return `\uFEFF${stringify([[...header], ...rows.map((row) => row.map(safeCell))])}`;
}
