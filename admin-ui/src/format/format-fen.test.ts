import { describe, expect, it } from 'vitest';
import { fenToYuanText, formatFen, yuanTextToFen } from './format-fen.ts';

describe('money in fen', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [123456, '¥1,234.56'],
    [-123456, '-¥1,234.56'],
    [100000000, '¥1,000,000.00'],
  ])('formats %i fen as %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it('does not format what is not an integer amount', () => {
    expect(formatFen(1.5)).toBe('-');
  });

  it.each([
    ['12', 1200],
    ['12.3', 1230],
    ['12.30', 1230],
    ['0.29', 29],
    ['1,234.56', 123456],
    [' 7. ', 700],
    ['-0.05', -5],
    ['-0', 0],
  ])('reads yuan %j as %i fen, exactly', (text, fen) => {
    expect(yuanTextToFen(text)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '1e3', '--1', '9007199254740993'])('refuses %j', (text) => {
    expect(yuanTextToFen(text)).toBeUndefined();
  });

  it('writes fen back as the yuan an input shows, and reads it again unchanged', () => {
    for (const fen of [0, 1, 29, 100, 123456, -5, -120000]) {
      expect(yuanTextToFen(fenToYuanText(fen))).toBe(fen);
    }
    expect(fenToYuanText(1230)).toBe('12.30');
    expect(fenToYuanText(-5)).toBe('-0.05');
  });
});
