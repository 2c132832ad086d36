import { describe, expect, it } from 'vitest';
import { buildRequestAccess } from '../../core/access/build-request-access.ts';
import { buildSubjectRegistry } from '../../core/access/build-subject-registry.ts';
import { type CachedToken, TokenCache } from '../../core/auth/token-cache.ts';

const tenant = '01a20660-5563-7460-a27c-66672b3ed208';
const otherTenant = '01a20660-5563-7460-a27c-000000000000';
const context = { roles: ['admin'], rules: [], departmentIds: [], departmentTreeIds: [], attributes: {}, enabledPlugins: [], readOnlyPlugins: {} };
const token: CachedToken = {
  id: 't1',
  role: 'admin',
  createdBy: 'u1',
  expiresAt: null,
  lastUsedAt: 0,
  access: buildRequestAccess(context, 'u1', buildSubjectRegistry([])),
};

function listeningCache() {
  const cache = new TokenCache({ ttlMs: 1_000 });
  cache.setListening(true);
  return cache;
}

describe('the API-token cache', () => {
  it('serves nothing while it does not hear change notices', () => {
    const cache = new TokenCache();
    cache.put(tenant, 'k', token, cache.generation(tenant), 0);
    expect(cache.get(tenant, 'k', 0)).toBeUndefined();
    cache.setListening(true);
    cache.put(tenant, 'k', token, cache.generation(tenant), 0);
    expect(cache.get(tenant, 'k', 0)).toEqual(token);
    cache.setListening(false);
    cache.setListening(true);
    expect(cache.get(tenant, 'k', 0)).toBeUndefined();
  });

  it('never answers for another tenant and forgets entries after the TTL', () => {
    const cache = listeningCache();
    cache.put(tenant, 'k', token, cache.generation(tenant), 0);
    expect(cache.get(otherTenant, 'k', 0)).toBeUndefined();
    expect(cache.get(tenant, 'k', 999)).toEqual(token);
    expect(cache.get(tenant, 'k', 1_001)).toBeUndefined();
  });

  it('drops a lookup that raced with an invalidation of its tenant', () => {
    const cache = listeningCache();
    const before = cache.generation(tenant);
    cache.invalidateTenant(tenant);
    cache.put(tenant, 'k', token, before, 0);
    expect(cache.get(tenant, 'k', 0)).toBeUndefined();
    const otherBefore = cache.generation(otherTenant);
    cache.put(otherTenant, 'k2', token, otherBefore, 0);
    expect(cache.get(otherTenant, 'k2', 0)).toEqual(token);
  });

  it('drops a lookup that began before the listener dropped', () => {
    const cache = listeningCache();
    const before = cache.generation(tenant);
    cache.setListening(false);
    cache.setListening(true);
    cache.put(tenant, 'k', token, before, 0);
    expect(cache.get(tenant, 'k', 0)).toBeUndefined();
  });

  it('evicts only the invalidated tenant', () => {
    const cache = listeningCache();
    cache.put(tenant, 'a', token, cache.generation(tenant), 0);
    cache.put(otherTenant, 'b', token, cache.generation(otherTenant), 0);
    cache.invalidateTenant(tenant);
    expect(cache.get(tenant, 'a', 0)).toBeUndefined();
    expect(cache.get(otherTenant, 'b', 0)).toEqual(token);
  });
});
