import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { accessRule, roleKey } from './access.ts';
import { displayName, email, locale, mobile, password, uuid } from './common.ts';
import { tenantView } from './tenant.ts';

export const signUpBody = {
  type: 'object',
  additionalProperties: false,
  required: ['tenantName', 'displayName', 'password'],
  anyOf: [{ required: ['email'] }, { required: ['mobile'] }],
  properties: {
    tenantName: { type: 'string', minLength: 1, maxLength: 100 },
    displayName,
    email,
    mobile,
    password,
    locale,
  },
} as const satisfies JSONSchema;
export type SignUpBody = FromSchema<typeof signUpBody>;

export const signInBody = {
  type: 'object',
  additionalProperties: false,
  required: ['login', 'password'],
  properties: {
    /** An e-mail address or a mobile number. */
    login: { type: 'string', minLength: 3, maxLength: 254 },
    password: { type: 'string', minLength: 1, maxLength: 128 },
  },
} as const satisfies JSONSchema;
export type SignInBody = FromSchema<typeof signInBody>;

export const switchTenantBody = {
  type: 'object',
  additionalProperties: false,
  required: ['tenantId'],
  properties: { tenantId: uuid },
} as const satisfies JSONSchema;
export type SwitchTenantBody = FromSchema<typeof switchTenantBody>;

const roleKeys = { type: 'array', items: roleKey } as const;

export const userView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'email', 'mobile', 'displayName', 'locale'],
  properties: {
    id: uuid,
    email: { type: ['string', 'null'] },
    mobile: { type: ['string', 'null'] },
    displayName: { type: 'string' },
    locale,
  },
} as const satisfies JSONSchema;
export type UserView = FromSchema<typeof userView>;

export const sessionView = {
  type: 'object',
  additionalProperties: false,
  required: ['user', 'tenant', 'roles', 'roleNames', 'rules', 'enabledPlugins', 'tenants', 'csrfToken'],
  properties: {
    user: userView,
    tenant: tenantView,
    roles: roleKeys,
    /** Names of `roles` for people (a member may not read the role list itself). */
    roleNames: { type: 'object', additionalProperties: { type: 'string' } },
    /** The modules (plugins) the company has enabled: the UI shows only their menus and pages. */
    enabledPlugins: { type: 'array', items: { type: 'string' } },
    /** The signed-in user's rules in this tenant, placeholders filled in: the UI hides what they cannot do. */
    rules: { type: 'array', items: accessRule },
    tenants: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'slug', 'roles'],
        properties: { id: uuid, name: { type: 'string' }, slug: { type: 'string' }, roles: roleKeys },
      },
    },
    csrfToken: { type: 'string' },
  },
} as const satisfies JSONSchema;
export type SessionView = FromSchema<typeof sessionView>;

/** What signed-in users may change about themselves. */
export const profileUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { displayName, locale },
} as const satisfies JSONSchema;
export type ProfileUpdate = FromSchema<typeof profileUpdate>;
