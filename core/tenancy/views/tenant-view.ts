import type { TenantView } from '@tessera/schemas/tenant';
import type { Tenant } from '../entities/tenant.ts';

export function toTenantView(tenant: Tenant): TenantView {
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    contactName: tenant.contactName ?? null,
    contactPhone: tenant.contactPhone ?? null,
    contactEmail: tenant.contactEmail ?? null,
    address: tenant.address ?? null,
    logoUrl: tenant.logoUrl ?? null,
    timeZone: tenant.timeZone,
    currency: tenant.currency,
    locale: tenant.locale === 'en-US' ? 'en-US' : 'zh-CN',
    createdAt: tenant.createdAt.toISOString(),
    updatedAt: tenant.updatedAt.toISOString(),
  };
}
