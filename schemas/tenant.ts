import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { locale, nullableTimestamp, timestamp, uuid } from './common.ts';

const optionalText = (maxLength: number) => ({ type: ['string', 'null'], maxLength }) as const;

/** Editable company settings; shared by the update body and the view. */
const tenantSettingsProperties = {
  name: { type: 'string', minLength: 1, maxLength: 100 },
  contactName: optionalText(60),
  contactPhone: { type: ['string', 'null'], maxLength: 30, pattern: '^[0-9+\\-() ]*$' },
  contactEmail: { type: ['string', 'null'], maxLength: 254, format: 'email' },
  address: optionalText(300),
  logoUrl: { type: ['string', 'null'], maxLength: 2000, pattern: '^https?://' },
  timeZone: { type: 'string', minLength: 1, maxLength: 64, format: 'time-zone' },
  currency: { type: 'string', pattern: '^[A-Z]{3}$' },
  locale,
} as const;

export const tenantUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: tenantSettingsProperties,
} as const satisfies JSONSchema;
export type TenantUpdate = FromSchema<typeof tenantUpdate>;

export const tenantView = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'slug',
    'createdAt',
    'name',
    'contactName',
    'contactPhone',
    'contactEmail',
    'address',
    'logoUrl',
    'timeZone',
    'currency',
    'locale',
  ],
  properties: {
    id: uuid,
    slug: { type: 'string' },
    createdAt: timestamp,
    updatedAt: nullableTimestamp,
    ...tenantSettingsProperties,
  },
} as const satisfies JSONSchema;
export type TenantView = FromSchema<typeof tenantView>;
