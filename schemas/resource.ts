import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { pluginName } from './plugin.ts';

const name = { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 40 } as const;
const anyObject = { type: 'object', additionalProperties: true } as const;

/** Field types the admin UI formats by (money as fen, times in the company's time zone). */
export const resourceFieldType = {
  type: 'string',
  enum: ['string', 'integer', 'money', 'boolean', 'uuid', 'date-time', 'uuid[]'],
} as const;

export const resourceFilterView = {
  type: 'object',
  additionalProperties: false,
  required: ['field', 'kind'],
  properties: {
    field: { type: 'string' },
    /** `eq`: query `?<field>=v`; `range`: `?<field>From=a&<field>To=b` (either end optional). */
    kind: { type: 'string', enum: ['eq', 'range'] },
  },
} as const satisfies JSONSchema;

export const resourceActionView = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'title', 'when', 'confirm', 'danger'],
  properties: {
    name,
    title: { type: 'string' },
    /** Offered only while each listed field has one of the listed values. */
    when: { type: 'object', additionalProperties: { type: 'array' } },
    confirm: { type: ['string', 'null'] },
    danger: { type: 'boolean' },
  },
} as const satisfies JSONSchema;

/** One resource as the signed-in user's admin UI renders it: localized, with the fields they may read. */
export const resourceView = {
  type: 'object',
  additionalProperties: false,
  required: [
    'plugin',
    'name',
    'title',
    'icon',
    'apiPath',
    'uiPath',
    'schema',
    'uiSchema',
    'fieldTypes',
    'columns',
    'filters',
    'sortable',
    'defaultSort',
    'searchable',
    'can',
    'actions',
    'editableWhen',
    'deletableWhen',
    'menuOrder',
  ],
  properties: {
    plugin: pluginName,
    name,
    title: { type: 'string' },
    icon: { type: ['string', 'null'] },
    /** `/api/p/<plugin>/<name>`: list and create; `/:id` detail, update, delete; `/:id/actions/<action>`. */
    apiPath: { type: 'string' },
    /** `/m/<plugin>/<name>` in the admin UI. */
    uiPath: { type: 'string' },
    /** JSON Schema of a record: localized titles, enums as `oneOf` of `{const, title}`, `readOnly` marked. */
    schema: anyObject,
    uiSchema: anyObject,
    fieldTypes: { type: 'object', additionalProperties: resourceFieldType },
    columns: { type: 'array', items: { type: 'string' } },
    filters: { type: 'array', items: resourceFilterView },
    sortable: { type: 'array', items: { type: 'string' } },
    defaultSort: { type: 'string' },
    searchable: { type: 'boolean' },
    can: {
      type: 'object',
      additionalProperties: false,
      required: ['create', 'update', 'delete'],
      properties: { create: { type: 'boolean' }, update: { type: 'boolean' }, delete: { type: 'boolean' } },
    },
    actions: { type: 'array', items: resourceActionView },
    /** A record can be edited only while each listed field has one of the listed values (`{}`: always). */
    editableWhen: { type: 'object', additionalProperties: { type: 'array' } },
    deletableWhen: { type: 'object', additionalProperties: { type: 'array' } },
    /** Where its menu entry sorts among the plugin entries; null: no menu entry. */
    menuOrder: { type: ['integer', 'null'] },
  },
} as const satisfies JSONSchema;
export type ResourceView = FromSchema<typeof resourceView>;

/** A page a plugin ships itself (its code is in `plugins/<plugin>/ui/index.tsx`). */
export const pluginPageView = {
  type: 'object',
  additionalProperties: false,
  required: ['plugin', 'key', 'title', 'icon', 'uiPath', 'menuOrder'],
  properties: {
    plugin: pluginName,
    key: name,
    title: { type: 'string' },
    icon: { type: ['string', 'null'] },
    /** `/m/<plugin>/<key>`. */
    uiPath: { type: 'string' },
    menuOrder: { type: ['integer', 'null'] },
  },
} as const satisfies JSONSchema;
export type PluginPageView = FromSchema<typeof pluginPageView>;

export const pluginWidgetView = {
  type: 'object',
  additionalProperties: false,
  required: ['plugin', 'key', 'title'],
  properties: { plugin: pluginName, key: name, title: { type: 'string' } },
} as const satisfies JSONSchema;
export type PluginWidgetView = FromSchema<typeof pluginWidgetView>;

/** What the enabled plugins add to the signed-in user's admin UI. */
export const uiExtensions = {
  type: 'object',
  additionalProperties: false,
  required: ['resources', 'pages', 'widgets'],
  properties: {
    resources: { type: 'array', items: resourceView },
    pages: { type: 'array', items: pluginPageView },
    widgets: { type: 'array', items: pluginWidgetView },
  },
} as const satisfies JSONSchema;
export type UiExtensions = FromSchema<typeof uiExtensions>;
