import { describe, expect, it } from 'vitest';
import { isCompanySlug, signInTenantOf } from './remembered-tenant.ts';

describe('the company of the sign-in page', () => {
  it('takes ?tenant= of the URL first', () => {
    expect(signInTenantOf('acme', 'other-co')).toBe('acme');
    expect(signInTenantOf('acme', null)).toBe('acme');
  });

  it('falls back to the remembered company when the URL names none', () => {
    expect(signInTenantOf(null, 'other-co')).toBe('other-co');
    expect(signInTenantOf('', 'other-co')).toBe('other-co');
    expect(signInTenantOf(null, null)).toBeUndefined();
  });

  it('ignores malformed slugs, and a malformed URL slug does not fall back', () => {
    expect(signInTenantOf('Not A Slug', 'other-co')).toBeUndefined();
    expect(signInTenantOf('../x', null)).toBeUndefined();
    expect(signInTenantOf(null, '<script>')).toBeUndefined();
    expect(signInTenantOf(null, 'ab')).toBeUndefined();
  });

  it('accepts slugs as the server writes them', () => {
    expect(isCompanySlug('acme-trading-2026')).toBe(true);
    expect(isCompanySlug('-acme')).toBe(false);
    expect(isCompanySlug('a'.repeat(41))).toBe(false);
    expect(isCompanySlug(undefined)).toBe(false);
  });
});
