import { describe, expect, it } from 'vitest';
import { buildPivot } from './pivot.ts';
import { visitsByLevel, visitsByMonthAndLevel, zhFormat } from './result-fixture.ts';

describe('pivot', () => {
  it('puts the first dimension down the side and the second across, with the measure where they meet', () => {
    const pivot = buildPivot(visitsByMonthAndLevel, zhFormat);
    expect(pivot?.columns.map((column) => column.label)).toEqual(['普通客户', '重要客户', '（空）']);
    expect(pivot?.rows.map((row) => [row.label, ...row.cells.map((cell) => cell?.value ?? null)])).toEqual([
      ['2026年01月', 1000, 250050, null],
      ['2026年02月', null, 99, null],
      ['2026年03月', null, null, 500],
    ]);
  });

  it('remembers which result row each cell came from, for drilling down', () => {
    const pivot = buildPivot(visitsByMonthAndLevel, zhFormat);
    expect(pivot?.rows[0]?.cells[1]?.rowIndex).toBe(1);
    expect(pivot?.rows[2]?.cells[2]?.rowIndex).toBe(3);
  });

  it('has nothing to cross with a single dimension', () => {
    expect(buildPivot(visitsByLevel, zhFormat)).toBeUndefined();
  });

  it('leaves the result as it was', () => {
    const before = structuredClone(visitsByMonthAndLevel);
    buildPivot(visitsByMonthAndLevel, zhFormat);
    expect(visitsByMonthAndLevel).toEqual(before);
  });
});
