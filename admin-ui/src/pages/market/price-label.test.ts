import { describe, expect, it } from 'vitest';
import { planPriceText, priceSummary, priceSummaryText } from './price-label.ts';

const zh: Record<string, string> = {
  'market.price.free': '免费',
  'market.price.month': '{price}/月',
  'market.price.year': '{price}/年',
  'market.price.once': '{price} 永久',
  'market.price.from': '{price} 起',
};
const t = (key: string, vars?: Record<string, string | number>) =>
  (zh[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? ''));

const plan = (priceFen: number, period: 'month' | 'year' | 'once') => ({ priceFen, period });

describe('price labels', () => {
  it.each([
    [plan(9900, 'month'), '¥99.00/月'],
    [plan(99000, 'year'), '¥990.00/年'],
    [plan(199900, 'once'), '¥1,999.00 永久'],
    [plan(0, 'month'), '免费'],
    [plan(1, 'year'), '¥0.01/年'],
    [plan(123456789, 'month'), '¥1,234,567.89/月'],
  ])('prices %o as %s', (given, text) => {
    expect(planPriceText(given, t)).toBe(text);
  });

  it('keeps cents exact where a float would not (0.29 yuan)', () => {
    expect(planPriceText(plan(29, 'month'), t)).toBe('¥0.29/月');
  });

  it('shows the cheapest plan, marked 起 when other plans differ', () => {
    const summary = priceSummary({ included: false, plans: [plan(99000, 'year'), plan(9900, 'month')] });
    expect(summary).toEqual({ kind: 'price', plan: plan(9900, 'month'), from: true });
    expect(priceSummaryText(summary, t)).toBe('¥99.00/月 起');
  });

  it('has no 起 for a single plan', () => {
    expect(priceSummaryText(priceSummary({ included: false, plans: [plan(9900, 'month')] }), t)).toBe('¥99.00/月');
  });

  it.each([
    ['no plans', { included: false, plans: [] }],
    ['included by the operator', { included: true, plans: [plan(9900, 'month')] }],
    ['a free plan', { included: false, plans: [plan(9900, 'month'), plan(0, 'once')] }],
  ])('is 免费 with %s', (_, listing) => {
    expect(priceSummaryText(priceSummary(listing), t)).toBe('免费');
  });
});
