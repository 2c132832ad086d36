import { describe, expect, it } from 'vitest';
import { issueTenantSecret, parseTenantSecret } from '../../core/auth/secret-tokens.ts';
import { currentBeginSql, runBound } from '../../core/tenancy/tenant-binding.ts';

const tenantId = '01a20660-5563-7460-a27c-66672b3ed208';

describe('tenant-scoped secrets', () => {
  it('round-trips the tenant id and refuses the wrong kind or a tampered shape', () => {
    const token = issueTenantSecret('tsk', tenantId);
    expect(parseTenantSecret('tsk', token)).toEqual({ tenantId });
    expect(parseTenantSecret('inv', token)).toBeUndefined();
    expect(parseTenantSecret('tsk', `${token}x`)).toBeUndefined();
    expect(parseTenantSecret('tsk', token.replace('tsk_', "tsk_'"))).toBeUndefined();
  });
});

describe('tenant binding', () => {
  it('opens a transaction with both settings in one statement', async () => {
    const sql = await runBound({ tenantId, userId: null }, async () => currentBeginSql());
    expect(sql).toBe(
      `BEGIN; SELECT set_config('app.tenant_id', '${tenantId}', true), set_config('app.user_id', '', true)`,
    );
    expect(currentBeginSql()).toBeUndefined();
  });

  it('refuses anything but a UUID, so nothing can be injected into the statement', () => {
    expect(() => runBound({ tenantId: "x'); DROP TABLE tenants; --", userId: null }, async () => 1)).toThrow(TypeError);
  });
});
