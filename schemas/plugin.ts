import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { dashboardTemplateDeclaration, reportTemplateDeclaration } from './report-template.ts';
import { accessRule } from './access.ts';
import { timestamp } from './common.ts';

/** A plugin's name: lower-case words joined by hyphens; also its route prefix and migration scope. */
export const pluginName = { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 40 } as const;
/** A semantic version (`1.4.0`, `2.0.0-beta.1`). */
export const semverVersion = {
  type: 'string',
  pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$',
  maxLength: 64,
} as const;
const semverRange = { type: 'string', minLength: 1, maxLength: 100 } as const;
const localized = {
  type: 'object',
  additionalProperties: false,
  required: ['zh-CN', 'en-US'],
  properties: { 'zh-CN': { type: 'string', minLength: 1, maxLength: 200 }, 'en-US': { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

/** One declared option; `children` holds options of the same shape (checked in validate-manifest.ts). */
const declaredOption = {
  type: 'object',
  additionalProperties: false,
  required: ['value', 'label'],
  properties: {
    value: { type: 'string', minLength: 1, maxLength: 64 },
    label: localized,
    color: { type: 'string' },
    children: { type: 'array', maxItems: 500, items: { type: 'object' } },
  },
} as const;

/**
 * The data part of a plugin's manifest, as `definePlugin` receives it: checked by this schema when the
 * plugin is discovered. Code parts (entities, migrations, routes) are checked by their TypeScript types.
 */
export const pluginManifest = {
  type: 'object',
  required: ['name', 'version', 'title', 'core'],
  properties: {
    name: pluginName,
    version: semverVersion,
    title: localized,
    description: localized,
    category: { type: 'string', enum: ['sales', 'operations', 'marketing', 'customers', 'content', 'learning', 'system'] },
    icon: { type: 'string', maxLength: 60 },
    /** Pictures of the module for its market listing: an https URL or a path on this server, never a script URL. */
    screenshots: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['url'],
        properties: {
          url: { type: 'string', maxLength: 500, pattern: '^(https://|/(?!/))[^\\s"\'<>\\\\]+$' },
          caption: localized,
        },
      },
    },
    /** The core versions it works with, a semver range (`^0.1`). */
    core: semverRange,
    /** Other plugins it needs, by name, with semver ranges. */
    requires: {
      type: 'object',
      propertyNames: pluginName,
      additionalProperties: semverRange,
      maxProperties: 30,
    },
    permissions: {
      type: 'object',
      properties: {
        /** Rules the built-in roles get for this plugin's subjects when a tenant enables it. */
        defaultGrants: {
          type: 'object',
          additionalProperties: false,
          properties: {
            admin: { type: 'array', items: accessRule },
            member: { type: 'array', items: accessRule },
          },
        },
      },
    },
    /** Per-tenant settings, as a JSON Schema object. */
    settings: { type: 'object' },
    pricing: {
      type: 'object',
      required: ['plans'],
      properties: {
        plans: {
          type: 'array',
          maxItems: 10,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['key', 'title', 'priceFen', 'currency', 'period'],
            properties: {
              key: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,39}$' },
              title: localized,
              priceFen: { type: 'integer', minimum: 0, maximum: 9_000_000_000_000 },
              currency: { type: 'string', enum: ['CNY'] },
              period: { type: 'string', enum: ['month', 'year', 'once'] },
              trialDays: { type: 'integer', minimum: 0, maximum: 365 },
            },
          },
        },
      },
    },
    /** Option sets the plugin declares; values, nesting and keys are checked further in validate-manifest.ts. */
    optionSets: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'name', 'options'],
        properties: {
          key: { type: 'string', minLength: 2, maxLength: 40 },
          name: localized,
          options: { type: 'array', maxItems: 500, items: declaredOption },
        },
      },
    },
    datasets: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'title', 'subject', 'fields'],
        properties: {
          key: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,39}$' },
          title: localized,
          subject: { type: 'string', minLength: 1 },
          fields: { type: 'array', items: { type: 'string' }, minItems: 1 },
        },
      },
    },
    reportTemplates: { type: 'array', maxItems: 50, items: reportTemplateDeclaration },
    dashboardTemplates: { type: 'array', maxItems: 20, items: dashboardTemplateDeclaration },
  },
} as const satisfies JSONSchema;
export type PluginManifestData = FromSchema<typeof pluginManifest>;

export const pluginView = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'version', 'title', 'description', 'category', 'requires', 'enabled', 'enabledAt', 'requiredBy'],
  properties: {
    name: pluginName,
    version: semverVersion,
    title: { type: 'string' },
    description: { type: 'string' },
    category: { type: ['string', 'null'] },
    /** Names of the plugins it needs. */
    requires: { type: 'array', items: pluginName },
    enabled: { type: 'boolean' },
    enabledAt: { type: ['string', 'null'], format: 'date-time' },
    /** Enabled plugins of this tenant that need it: while there are any, it cannot be disabled. */
    requiredBy: { type: 'array', items: pluginName },
  },
} as const satisfies JSONSchema;
export type PluginView = FromSchema<typeof pluginView>;

export const pluginList = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: { items: { type: 'array', items: pluginView } },
} as const satisfies JSONSchema;

export const pluginNameParams = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { name: pluginName },
} as const satisfies JSONSchema;

export const pluginEnable = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** Also enable the plugins it requires that are not enabled yet (else 409 naming them). */
    withRequirements: { type: 'boolean', default: false },
  },
} as const satisfies JSONSchema;

export const pluginEnableResult = {
  type: 'object',
  additionalProperties: false,
  required: ['enabled'],
  properties: {
    /** Every plugin this call enabled, requirements first. */
    enabled: { type: 'array', items: pluginName },
  },
} as const satisfies JSONSchema;

export const pluginInstallationView = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'version', 'installedAt'],
  properties: { name: pluginName, version: semverVersion, installedAt: timestamp },
} as const satisfies JSONSchema;

export const pluginSettingsView = {
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'values'],
  properties: {
    /** The plugin's settings schema (JSON Schema), for the settings form. */
    schema: { type: 'object', additionalProperties: true },
    /** The company's values, with the schema's defaults filled in. */
    values: { type: 'object', additionalProperties: true },
  },
} as const satisfies JSONSchema;

/** Any object: it is checked against the plugin's own settings schema. */
export const pluginSettingsUpdate = { type: 'object', maxProperties: 200 } as const satisfies JSONSchema;
