import { describe, expect, it } from 'vitest';
import { parsePgTimestamp } from '../../core/db/pg-timestamp.ts';
import { isoTime } from '../../core/http/iso-time.ts';

// The fast paths must give exactly what `new Date(text)` and `toISOString()` give, for every input.

const pad = (value: number, width: number) => String(value).padStart(width, '0');
/** A deterministic spread of timestamps in PostgreSQL's text form, with every fraction length and offset form. */
function pgTexts(): string[] {
  const texts: string[] = [];
  let seed = 7;
  const next = (below: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % below;
  };
  const offsets = ['+00', '+08', '-05', '+05:30', '-09:30', '+14', '-12', ''];
  for (let i = 0; i < 4000; i++) {
    const date = `${pad(1 + next(9999), 4)}-${pad(1 + next(12), 2)}-${pad(1 + next(28), 2)}`;
    const time = `${pad(next(24), 2)}:${pad(next(60), 2)}:${pad(next(60), 2)}`;
    const digits = next(7);
    const fraction = digits === 0 ? '' : `.${pad(next(10 ** digits), digits)}`;
    texts.push(`${date} ${time}${fraction}${offsets[next(offsets.length)]}`);
  }
  return texts;
}

describe('parsePgTimestamp', () => {
  it('reads every PostgreSQL timestamptz text as new Date does', () => {
    for (const text of pgTexts()) expect([text, parsePgTimestamp(text).getTime()]).toEqual([text, new Date(text).getTime()]);
  });

  it('hands other forms to new Date unchanged', () => {
    for (const text of ['infinity', '-infinity', '0044-03-15 12:00:00+00 BC', '2026-01-01', '2026-13-45 99:99:99+00', '0099-01-01 00:00:00+00', '2026-02-30 10:00:00+00', '2026-01-31 24:00:00+00', '2026-01-01 00:00:00+05:60', 'x'.repeat(25)]) {
      expect([text, parsePgTimestamp(text).getTime()]).toEqual([text, new Date(text).getTime()]);
    }
  });
});

describe('isoTime', () => {
  it('formats as toISOString does, including years before 1000', () => {
    for (const text of pgTexts()) {
      const date = new Date(text);
      if (Number.isNaN(date.getTime())) continue;
      expect(isoTime(date)).toBe(date.toISOString());
    }
    for (const time of [0, -1, Date.UTC(999, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(10000, 0, 1), Date.UTC(-1, 0, 1)]) {
      expect(isoTime(new Date(time))).toBe(new Date(time).toISOString());
    }
  });

  it('throws for an invalid date, as toISOString does', () => {
    expect(() => isoTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
