import type { UserLocale } from '../../api/auth-api.ts';
import type { TenantUpdate, TenantView } from '../../api/tenant-api.ts';
import { defaultTimeZone } from '../../format/time-zone-options.ts';

export interface TenantFormValues {
  name: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  address: string;
  logoUrl: string;
  timeZone: string;
  currency: string;
  locale: UserLocale;
}

const optionalTextFields = ['contactName', 'contactPhone', 'contactEmail', 'address', 'logoUrl'] as const;
export const tenantFormFields = ['name', ...optionalTextFields, 'timeZone', 'currency', 'locale'];

export function toFormValues(tenant: TenantView): TenantFormValues {
  return {
    name: tenant.name,
    contactName: tenant.contactName ?? '',
    contactPhone: tenant.contactPhone ?? '',
    contactEmail: tenant.contactEmail ?? '',
    address: tenant.address ?? '',
    logoUrl: tenant.logoUrl ?? '',
    timeZone: tenant.timeZone || defaultTimeZone,
    currency: tenant.currency || 'CNY',
    locale: tenant.locale,
  };
}

/** Only what the user changed goes into the PATCH; a cleared optional field is sent as null. */
export function changedTenantFields(tenant: TenantView, values: TenantFormValues): TenantUpdate {
  const changes: TenantUpdate = {};
  const name = values.name?.trim() ?? '';
  if (name !== tenant.name) changes.name = name;
  for (const field of optionalTextFields) {
    const value = values[field]?.trim() ?? '';
    const next = value === '' ? null : value;
    if (next !== (tenant[field] ?? null)) changes[field] = next;
  }
  if (values.timeZone !== tenant.timeZone) changes.timeZone = values.timeZone;
  if (values.currency !== tenant.currency) changes.currency = values.currency;
  if (values.locale !== tenant.locale) changes.locale = values.locale;
  return changes;
}
