import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../tenancy/tenant-binding.ts';

/** Secrets are stored only as SHA-256 digests: they are 256-bit random, so no slow hash is needed. */
export function digest(secret: string): Buffer {
  return hash('sha256', secret, 'buffer');
}

export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Tenant-scoped secrets (API tokens `tsk_`, invitations `inv_`) carry their tenant id in clear, so the
 * lookup can run inside that tenant's RLS transaction. The id is not a secret; the random part is.
 */
export function issueTenantSecret(kind: 'tsk' | 'inv', tenantId: string): string {
  return `${kind}_${tenantId.replaceAll('-', '')}_${randomSecret()}`;
}

const tenantSecretPattern = /^(tsk|inv)_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export function parseTenantSecret(kind: 'tsk' | 'inv', secret: string): { tenantId: string } | undefined {
  const match = tenantSecretPattern.exec(secret);
  if (!match || match[1] !== kind) return undefined;
  const hex = match[2] ?? '';
  const tenantId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return isUuid(tenantId) ? { tenantId } : undefined;
}
