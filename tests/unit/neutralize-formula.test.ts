import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../core/http/neutralize-formula.ts';

describe('neutralizeFormula', () => {
  it.each([
    ['=HYPERLINK("http://example.com","点我")', `'=HYPERLINK("http://example.com","点我")`],
    ['+1', "'+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('puts a quote before %j, which a spreadsheet would run', (text, safe) => {
    expect(neutralizeFormula(text)).toBe(safe);
  });

  it.each(['南京西路店', 'a=b', '1+1', '', " '=already", 'email@example.com'])('leaves %j as it is', (text) => {
    expect(neutralizeFormula(text)).toBe(text);
  });
});
