import { setImmediate as nextTurn } from 'node:timers/promises';

/** Rows written between two progress reports (and two turns of the event loop for other work). */
export const rowsPerChunk = 500;

/**
 * Walks `rows` in chunks, reporting the share done after each one and yielding to the event loop between
 * chunks, so a long export lets its progress be written and other requests and jobs run.
 */
export async function inChunks<T>(
  rows: readonly T[],
  write: (row: T, index: number) => void,
  onProgress?: (fraction: number) => void,
  chunk = rowsPerChunk,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    const end = Math.min(rows.length, start + chunk);
    for (let i = start; i < end; i++) write(rows[i] as T, i);
    onProgress?.(end / rows.length);
    if (end < rows.length) await nextTurn();
  }
}
