import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { nullableTimestamp, pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';
import { pluginName, semverVersion } from './plugin.ts';

/** A plan's key, as a plugin's manifest names it (`basic`, `pro-yearly`). */
export const planKey = { type: 'string', pattern: '^[a-z][a-z0-9-]{0,39}$' } as const;
const fen = { type: 'integer', minimum: 0 } as const;
const currency = { type: 'string', enum: ['CNY'] } as const;
const planPeriod = { type: 'string', enum: ['month', 'year', 'once'] } as const;
const category = { type: 'string', enum: ['sales', 'operations', 'marketing', 'customers', 'content', 'learning', 'system'] } as const;
const moduleRef = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'title'],
  properties: { name: pluginName, title: { type: 'string' } },
} as const;

export const marketPluginParams = {
  type: 'object',
  additionalProperties: false,
  required: ['plugin'],
  properties: { plugin: pluginName },
} as const satisfies JSONSchema;

/** A plan at the price this company pays (the operator's override, if any); title in the reader's language. */
export const marketPlanView = {
  type: 'object',
  additionalProperties: false,
  required: ['key', 'title', 'priceFen', 'currency', 'period', 'trialDays'],
  properties: { key: planKey, title: { type: 'string' }, priceFen: fen, currency, period: planPeriod, trialDays: { type: 'integer' } },
} as const satisfies JSONSchema;
export type MarketPlanView = FromSchema<typeof marketPlanView>;

export const entitlementView = {
  type: ['object', 'null'],
  additionalProperties: false,
  required: ['source', 'startsAt', 'endsAt', 'active'],
  properties: {
    source: { type: 'string', enum: ['trial', 'paid', 'granted'] },
    startsAt: timestamp,
    /** null: perpetual. */
    endsAt: nullableTimestamp,
    /** Whether it lets the module be enabled and written now. */
    active: { type: 'boolean' },
  },
} as const satisfies JSONSchema;
export type EntitlementView = FromSchema<typeof entitlementView>;

const listingProperties = {
  name: pluginName,
  title: { type: 'string' },
  description: { type: 'string' },
  category: { type: ['string', 'null'] },
  icon: { type: ['string', 'null'] },
  version: semverVersion,
  /** The modules it needs directly. */
  requires: { type: 'array', items: moduleRef },
  plans: { type: 'array', items: marketPlanView },
  /** The longest trial its plans offer (0: none). */
  trialDays: { type: 'integer' },
  /** The operator includes it in every company: it needs no purchase. */
  included: { type: 'boolean' },
  screenshots: {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['url', 'caption'],
      properties: { url: { type: 'string' }, caption: { type: ['string', 'null'] } },
    },
  },
  entitlement: entitlementView,
  /** The company took its one trial of it. */
  trialUsed: { type: 'boolean' },
  enabled: { type: 'boolean' },
  /** Its entitlement ended: readable, not writable until then. */
  readOnlyUntil: nullableTimestamp,
} as const;
const listingRequired = [
  'name', 'title', 'description', 'category', 'icon', 'version', 'requires', 'plans', 'trialDays', 'included',
  'screenshots', 'entitlement', 'trialUsed', 'enabled', 'readOnlyUntil',
] as const;

export const marketListingView = {
  type: 'object',
  additionalProperties: false,
  required: listingRequired,
  properties: listingProperties,
} as const satisfies JSONSchema;
export type MarketListingView = FromSchema<typeof marketListingView>;

export const marketListingDetail = {
  type: 'object',
  additionalProperties: false,
  required: [...listingRequired, 'requiredBy'],
  properties: {
    ...listingProperties,
    /** Listed modules that need this one directly. */
    requiredBy: { type: 'array', items: moduleRef },
  },
} as const satisfies JSONSchema;
export type MarketListingDetail = FromSchema<typeof marketListingDetail>;

export const marketListingQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    category,
    /** Matches the name, title and description (any letter case). */
    search: { type: 'string', minLength: 1, maxLength: 60 },
  },
} as const satisfies JSONSchema;

export const marketListingList = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: { items: { type: 'array', items: marketListingView } },
} as const satisfies JSONSchema;

export const moduleOrderCreate = {
  type: 'object',
  additionalProperties: false,
  required: ['plugin', 'plan'],
  properties: {
    plugin: pluginName,
    plan: planKey,
    /** A plan for each required module the company still has to buy, by module name. */
    requirementPlans: { type: 'object', propertyNames: pluginName, additionalProperties: planKey, maxProperties: 30 },
  },
} as const satisfies JSONSchema;
export type ModuleOrderCreate = FromSchema<typeof moduleOrderCreate>;

const orderStatus = { type: 'string', enum: ['pending', 'paid', 'cancelled'] } as const;

/** How to pay a pending `manual` order: a bank transfer quoting the order number. */
export const bankTransferInstructions = {
  type: 'object',
  additionalProperties: false,
  required: ['accountName', 'bankName', 'account', 'reference', 'amountFen', 'currency', 'configured', 'text'],
  properties: {
    accountName: { type: 'string' },
    bankName: { type: 'string' },
    account: { type: 'string' },
    /** What to write as the transfer's reference: the order number. */
    reference: { type: 'string' },
    amountFen: fen,
    currency,
    /** false: the platform has not set its bank details yet, the three fields are a placeholder text. */
    configured: { type: 'boolean' },
    /** The instructions as one paragraph in the reader's language. */
    text: { type: 'string' },
  },
} as const satisfies JSONSchema;
export type BankTransferInstructions = FromSchema<typeof bankTransferInstructions>;

const orderLineView = {
  type: 'object',
  additionalProperties: false,
  required: ['plugin', 'title', 'planKey', 'planTitle', 'period', 'amountFen'],
  properties: { plugin: pluginName, title: { type: 'string' }, planKey, planTitle: { type: 'string' }, period: planPeriod, amountFen: fen },
} as const;

const orderProperties = {
  id: uuid,
  /** `MO-<yyyymmdd>-<nnnn>`, per company and day (the company's time zone); the transfer reference. */
  number: { type: 'string' },
  status: orderStatus,
  provider: { type: 'string', enum: ['free', 'manual'] },
  amountFen: fen,
  currency,
  createdAt: timestamp,
  paidAt: nullableTimestamp,
  cancelledAt: nullableTimestamp,
  lines: { type: 'array', items: orderLineView },
} as const;
const orderRequired = ['id', 'number', 'status', 'provider', 'amountFen', 'currency', 'createdAt', 'paidAt', 'cancelledAt', 'lines'] as const;

export const moduleOrderView = {
  type: 'object',
  additionalProperties: false,
  required: orderRequired,
  properties: orderProperties,
} as const satisfies JSONSchema;
export type ModuleOrderView = FromSchema<typeof moduleOrderView>;

export const moduleOrderDetail = {
  type: 'object',
  additionalProperties: false,
  required: [...orderRequired, 'events', 'instructions'],
  properties: {
    ...orderProperties,
    /** Every state change, oldest first; `actor` is `user:<id>`, `operator:<id>` or `system`. */
    events: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'actor', 'note', 'createdAt'],
        properties: { status: { type: 'string' }, actor: { type: 'string' }, note: { type: 'string' }, createdAt: timestamp },
      },
    },
    /** While a manual order is pending: how to pay it; else null. */
    instructions: { ...bankTransferInstructions, type: ['object', 'null'] },
  },
} as const satisfies JSONSchema;
export type ModuleOrderDetail = FromSchema<typeof moduleOrderDetail>;

export const moduleOrderListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...pageQueryProperties, status: orderStatus },
} as const satisfies JSONSchema;
export const moduleOrderPage = pageOf(moduleOrderView);

/** A printable HTML page. */
export const moduleOrderReceipt = { type: 'string' } as const satisfies JSONSchema;

export const myModuleView = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'title', 'enabled', 'included', 'entitlement', 'readOnlyUntil', 'lastPlan'],
  properties: {
    name: pluginName,
    title: { type: 'string' },
    enabled: { type: 'boolean' },
    included: { type: 'boolean' },
    entitlement: entitlementView,
    readOnlyUntil: nullableTimestamp,
    /** The plan of its latest paid order line, at today's price, to renew (续费) with; null if none or gone. */
    lastPlan: { ...marketPlanView, type: ['object', 'null'] },
  },
} as const satisfies JSONSchema;
export type MyModuleView = FromSchema<typeof myModuleView>;

export const myModuleList = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: { items: { type: 'array', items: myModuleView } },
} as const satisfies JSONSchema;
