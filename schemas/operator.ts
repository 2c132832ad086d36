import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { displayName, email, pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';
import { pluginName, semverVersion } from './plugin.ts';

export const operatorPluginList = {
  type: 'object',
  additionalProperties: false,
  required: ['items', 'problems'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'version', 'installedVersion', 'enabledIn', 'served'],
        properties: {
          name: pluginName,
          version: semverVersion,
          installedVersion: { type: ['string', 'null'] },
          /** How many companies have it enabled. */
          enabledIn: { type: 'integer' },
          /** Whether this server process serves it (a newly installed plugin is served after a restart). */
          served: { type: 'boolean' },
        },
      },
    },
    /** Plugins that could not be loaded, resolved or fitted, and why. */
    problems: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['plugin', 'code', 'message'],
        properties: { plugin: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const satisfies JSONSchema;

export const operatorUninstall = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** Uninstall even while companies have it enabled, after exporting their data. */
    force: { type: 'boolean', default: false },
  },
} as const satisfies JSONSchema;

export const operatorSignIn = {
  type: 'object',
  additionalProperties: false,
  required: ['email', 'password'],
  properties: { email, password: { type: 'string', minLength: 1, maxLength: 128 } },
} as const satisfies JSONSchema;
export type OperatorSignIn = FromSchema<typeof operatorSignIn>;

export const operatorAccountView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'email', 'displayName'],
  properties: { id: uuid, email: { type: 'string' }, displayName },
} as const satisfies JSONSchema;

/** A signed-in operator, and the CSRF token the console sends as `x-csrf-token` on every write. */
export const operatorSessionView = {
  type: 'object',
  additionalProperties: false,
  required: ['operator', 'csrfToken'],
  properties: { operator: operatorAccountView, csrfToken: { type: 'string' } },
} as const satisfies JSONSchema;
export type OperatorSessionView = FromSchema<typeof operatorSessionView>;

export const operatorTenantListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** Part of the company's name or slug. */
    search: { type: 'string', maxLength: 100 },
    ...pageQueryProperties,
  },
} as const satisfies JSONSchema;
export type OperatorTenantListQuery = FromSchema<typeof operatorTenantListQuery>;

export const operatorTenantView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'slug', 'createdAt', 'memberCount', 'enabledModules', 'activeEntitlements'],
  properties: {
    id: uuid,
    name: { type: 'string' },
    slug: { type: 'string' },
    createdAt: timestamp,
    memberCount: { type: 'integer' },
    enabledModules: { type: 'array', items: pluginName },
    /** Entitlements that let a module be enabled now (trial, paid or granted). */
    activeEntitlements: { type: 'integer' },
  },
} as const satisfies JSONSchema;
export type OperatorTenantView = FromSchema<typeof operatorTenantView>;
export const operatorTenantPage = pageOf(operatorTenantView);

export const operatorAuditListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    action: { type: 'string', pattern: '^[a-z][a-z0-9-]*\\.[a-z][a-z0-9-]*$', maxLength: 60 },
    tenantId: uuid,
    ...pageQueryProperties,
  },
} as const satisfies JSONSchema;
export type OperatorAuditListQuery = FromSchema<typeof operatorAuditListQuery>;

export const operatorAuditView = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'createdAt', 'operator', 'via', 'action', 'tenantId', 'companyName', 'target', 'reason', 'detail'],
  properties: {
    id: uuid,
    createdAt: timestamp,
    /** The operator account; null for the operator token and the command line. */
    operator: { ...operatorAccountView, type: ['object', 'null'] },
    via: { type: 'string', enum: ['session', 'token', 'cli'] },
    action: { type: 'string' },
    tenantId: { type: ['string', 'null'], format: 'uuid' },
    companyName: { type: ['string', 'null'] },
    target: { type: ['string', 'null'] },
    reason: { type: ['string', 'null'] },
    detail: { type: 'object', additionalProperties: true },
  },
} as const satisfies JSONSchema;
export type OperatorAuditView = FromSchema<typeof operatorAuditView>;
export const operatorAuditPage = pageOf(operatorAuditView);
