import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { nullableTimestamp, pageOf, pageQueryProperties, timestamp, uuid } from './common.ts';
import { planKey } from './market.ts';
import { pluginName, semverVersion } from './plugin.ts';

/** The operator console's marketplace shapes: listings, orders across companies, entitlements, revenue. */

const fen = { type: 'integer', minimum: 0, maximum: 9_000_000_000_000 } as const;
const currency = { type: 'string', enum: ['CNY'] } as const;
const planPeriod = { type: 'string', enum: ['month', 'year', 'once'] } as const;
const localizedText = {
  type: 'object',
  additionalProperties: false,
  required: ['zh-CN', 'en-US'],
  properties: { 'zh-CN': { type: 'string' }, 'en-US': { type: 'string' } },
} as const;
/** Why the operator did it: shown in the audit log and, for orders and entitlements, in the company's history. */
const reason = { type: 'string', minLength: 1, maxLength: 500, pattern: '\\S' } as const;
const entitlementSource = { type: 'string', enum: ['trial', 'paid', 'granted'] } as const;
const orderStatus = { type: 'string', enum: ['pending', 'paid', 'cancelled'] } as const;
/** A calendar month, `2026-11`. */
const month = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' } as const;

export const operatorListingParams = {
  type: 'object',
  additionalProperties: false,
  required: ['plugin'],
  properties: { plugin: pluginName },
} as const satisfies JSONSchema;

export const operatorListingView = {
  type: 'object',
  additionalProperties: false,
  required: ['plugin', 'version', 'title', 'plans', 'hidden', 'included', 'priceOverrides', 'updatedAt'],
  properties: {
    plugin: pluginName,
    version: semverVersion,
    title: localizedText,
    plans: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'title', 'period', 'trialDays', 'currency', 'listPriceFen', 'priceFen'],
        properties: {
          key: planKey,
          title: localizedText,
          period: planPeriod,
          trialDays: { type: 'integer' },
          currency,
          /** The manifest's price. */
          listPriceFen: fen,
          /** What a company is charged: the operator's override, else the list price. */
          priceFen: fen,
        },
      },
    },
    /** Not offered in the companies' marketplace. */
    hidden: { type: 'boolean' },
    /** Every company may enable it without buying it. */
    included: { type: 'boolean' },
    priceOverrides: { type: 'object', additionalProperties: fen },
    /** When the operator last changed these settings; null: never. */
    updatedAt: nullableTimestamp,
  },
} as const satisfies JSONSchema;
export type OperatorListingView = FromSchema<typeof operatorListingView>;
export const operatorListingList = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: { items: { type: 'array', items: operatorListingView } },
} as const satisfies JSONSchema;

/** Changes what is given; `priceOverrides` replaces the whole map (`{}` clears every override). */
export const operatorListingUpdate = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    hidden: { type: 'boolean' },
    included: { type: 'boolean' },
    priceOverrides: { type: 'object', maxProperties: 10, propertyNames: planKey, additionalProperties: fen },
  },
} as const satisfies JSONSchema;
export type OperatorListingUpdate = FromSchema<typeof operatorListingUpdate>;

export const operatorOrderListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { status: orderStatus, tenantId: uuid, ...pageQueryProperties },
} as const satisfies JSONSchema;
export type OperatorOrderListQuery = FromSchema<typeof operatorOrderListQuery>;

export const operatorOrderView = {
  type: 'object',
  additionalProperties: false,
  required: ['tenantId', 'companyName', 'id', 'number', 'status', 'provider', 'amountFen', 'currency', 'createdAt', 'paidAt', 'cancelledAt', 'lines'],
  properties: {
    tenantId: uuid,
    companyName: { type: 'string' },
    id: uuid,
    number: { type: 'string' },
    status: orderStatus,
    provider: { type: 'string' },
    amountFen: fen,
    currency,
    createdAt: timestamp,
    paidAt: nullableTimestamp,
    cancelledAt: nullableTimestamp,
    lines: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['plugin', 'planKey', 'period', 'amountFen'],
        properties: { plugin: pluginName, planKey, period: planPeriod, amountFen: fen },
      },
    },
  },
} as const satisfies JSONSchema;
export type OperatorOrderView = FromSchema<typeof operatorOrderView>;
export const operatorOrderPage = pageOf(operatorOrderView);

export const operatorOrderParams = {
  type: 'object',
  additionalProperties: false,
  required: ['tenantId', 'orderId'],
  properties: { tenantId: uuid, orderId: uuid },
} as const satisfies JSONSchema;

export const operatorOrderConfirm = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** E.g. the bank transfer's reference; kept in the order's history. */
    note: { type: 'string', maxLength: 500 },
  },
} as const satisfies JSONSchema;

export const operatorOrderReject = {
  type: 'object',
  additionalProperties: false,
  required: ['reason'],
  properties: { reason },
} as const satisfies JSONSchema;

export const operatorOrderDecision = {
  type: 'object',
  additionalProperties: false,
  required: ['tenantId', 'orderId', 'number', 'status', 'amountFen', 'entitlements'],
  properties: {
    tenantId: uuid,
    orderId: uuid,
    number: { type: 'string' },
    status: orderStatus,
    amountFen: fen,
    /** For a confirmed order: each module's entitlement end now (null: perpetual). */
    entitlements: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['plugin', 'endsAt'],
        properties: { plugin: pluginName, endsAt: nullableTimestamp },
      },
    },
  },
} as const satisfies JSONSchema;
export type OperatorOrderDecision = FromSchema<typeof operatorOrderDecision>;

export const operatorEntitlementListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    tenantId: uuid,
    plugin: pluginName,
    /** `active`: lets the module be enabled now; `ended`: its end has passed. */
    status: { type: 'string', enum: ['active', 'ended'] },
    ...pageQueryProperties,
  },
} as const satisfies JSONSchema;
export type OperatorEntitlementListQuery = FromSchema<typeof operatorEntitlementListQuery>;

export const operatorEntitlementView = {
  type: 'object',
  additionalProperties: false,
  required: ['tenantId', 'companyName', 'plugin', 'source', 'startsAt', 'endsAt', 'graceDays', 'active', 'updatedAt'],
  properties: {
    tenantId: uuid,
    companyName: { type: 'string' },
    plugin: pluginName,
    source: entitlementSource,
    startsAt: timestamp,
    /** null: perpetual. */
    endsAt: nullableTimestamp,
    graceDays: { type: 'integer' },
    active: { type: 'boolean' },
    updatedAt: timestamp,
  },
} as const satisfies JSONSchema;
export type OperatorEntitlementView = FromSchema<typeof operatorEntitlementView>;
export const operatorEntitlementPage = pageOf(operatorEntitlementView);

const entitlementTarget = { tenantId: uuid, plugin: pluginName } as const;

/** Exactly one of `days` (from now), `endsAt` (a moment ahead) or `perpetual: true`. */
export const operatorEntitlementGrant = {
  type: 'object',
  additionalProperties: false,
  required: ['tenantId', 'plugin', 'reason'],
  properties: {
    ...entitlementTarget,
    days: { type: 'integer', minimum: 1, maximum: 3650 },
    endsAt: timestamp,
    perpetual: { type: 'boolean', const: true },
    reason,
  },
  oneOf: [{ required: ['days'] }, { required: ['endsAt'] }, { required: ['perpetual'] }],
} as const satisfies JSONSchema;
export type OperatorEntitlementGrant = FromSchema<typeof operatorEntitlementGrant>;

export const operatorEntitlementExtend = {
  type: 'object',
  additionalProperties: false,
  required: ['tenantId', 'plugin', 'days', 'reason'],
  properties: { ...entitlementTarget, days: { type: 'integer', minimum: 1, maximum: 3650 }, reason },
} as const satisfies JSONSchema;
export type OperatorEntitlementExtend = FromSchema<typeof operatorEntitlementExtend>;

export const operatorEntitlementRevoke = {
  type: 'object',
  additionalProperties: false,
  required: ['tenantId', 'plugin', 'reason'],
  properties: { ...entitlementTarget, reason },
} as const satisfies JSONSchema;
export type OperatorEntitlementRevoke = FromSchema<typeof operatorEntitlementRevoke>;

export const operatorEntitlementChange = {
  type: 'object',
  additionalProperties: false,
  required: ['tenantId', 'plugin', 'source', 'endsAt', 'active', 'disabled'],
  properties: {
    tenantId: uuid,
    plugin: pluginName,
    /** null after a revocation: the company has no entitlement to it. */
    source: { type: ['string', 'null'], enum: ['trial', 'paid', 'granted', null] },
    endsAt: nullableTimestamp,
    active: { type: 'boolean' },
    /** Modules a revocation disabled for the company: the module and the enabled ones that require it. */
    disabled: { type: 'array', items: pluginName },
  },
} as const satisfies JSONSchema;
export type OperatorEntitlementChange = FromSchema<typeof operatorEntitlementChange>;

/** Months are the platform's (Asia/Shanghai); both ends included; at most 120 months. Default: the last 12. */
export const operatorRevenueQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { from: month, to: month },
} as const satisfies JSONSchema;
export type OperatorRevenueQuery = FromSchema<typeof operatorRevenueQuery>;

export const operatorRevenueView = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to', 'timeZone', 'currency', 'items', 'totalFen'],
  properties: {
    from: month,
    to: month,
    timeZone: { type: 'string' },
    currency,
    /** Paid order lines by month of payment and module; months and modules without any are left out. */
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['month', 'plugin', 'amountFen', 'count'],
        properties: { month, plugin: pluginName, amountFen: fen, count: { type: 'integer' } },
      },
    },
    totalFen: fen,
  },
} as const satisfies JSONSchema;
export type OperatorRevenueView = FromSchema<typeof operatorRevenueView>;
