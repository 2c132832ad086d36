import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { parseMarketParams, withMarketParam } from './market-params.ts';
import { listingPath, listingPathOfProblem } from './market-paths.ts';

describe('marketplace URL parameters', () => {
  it('reads the category and the search', () => {
    expect(parseMarketParams(new URLSearchParams('category=content&search=%20通告%20'))).toEqual({ category: 'content', search: '通告' });
  });

  it('ignores an unknown category and a blank search', () => {
    expect(parseMarketParams(new URLSearchParams('category=games&search=%20%20'))).toEqual({});
  });

  it('cuts a search to the 60 characters the server takes', () => {
    expect(parseMarketParams(new URLSearchParams({ search: 'x'.repeat(80) })).search).toHaveLength(60);
  });

  it('changes one filter and keeps the others', () => {
    const params = new URLSearchParams('category=sales&search=abc');
    expect(withMarketParam(params, 'category', undefined).toString()).toBe('search=abc');
    expect(withMarketParam(params, 'search', ' 订单 ').get('search')).toBe('订单');
    expect(withMarketParam(params, 'search', '  ').has('search')).toBe(false);
    expect(params.toString()).toBe('category=sales&search=abc');
  });
});

describe('marketplace links', () => {
  const problem = (code: string, instance?: string) => new ApiError({ code, title: code, status: 402, instance });

  it('builds listing paths, with a plan to buy', () => {
    expect(listingPath('announcements')).toBe('/market/listings/announcements');
    expect(listingPath('announcements', 'yearly')).toBe('/market/listings/announcements?buy=yearly');
  });

  it('links an entitlement problem to the module it was about', () => {
    expect(listingPathOfProblem(problem('entitlement-required', '/api/plugins/announcements/enable'))).toBe('/market/listings/announcements');
    expect(listingPathOfProblem(problem('entitlement-expired', '/api/p/announcements/announcements/1'))).toBe(
      '/market/listings/announcements',
    );
    expect(listingPathOfProblem(problem('entitlement-expired'))).toBe('/market');
  });

  it('has no link for other problems', () => {
    expect(listingPathOfProblem(problem('validation-failed', '/api/plugins/announcements/enable'))).toBeUndefined();
    expect(listingPathOfProblem(new Error('x'))).toBeUndefined();
  });
});
