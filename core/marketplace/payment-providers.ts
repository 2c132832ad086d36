import type { EntityManager } from '@mikro-orm/postgresql';
import type { BankTransferInstructions } from '@tessera/schemas/market';
import type { AppConfig } from '../config/load-config.ts';
import type { Locale } from '../i18n/translate.ts';
import { applyPaidOrder } from './apply-paid-order.ts';
import { bankTransferInstructions } from './bank-transfer.ts';

export type PaymentProviderName = 'free' | 'manual';

/** A new order as a provider sees it; it is written (pending) in `em`'s transaction, bound to its company. */
export interface PaymentOrder {
  readonly tenantId: string;
  readonly orderId: string;
  readonly number: string;
  readonly amountFen: number;
  readonly currency: 'CNY';
}

export interface PaymentContext {
  readonly em: EntityManager;
  /** `user:<id>` of who placed the order. */
  readonly actor: string;
  readonly now: Date;
  readonly locale: Locale;
  readonly bank: AppConfig['bankTransfer'];
}

export interface PaymentStart {
  /** `paid`: settled at once (entitlements granted in the same transaction); `pending`: waiting for money. */
  readonly status: 'paid' | 'pending';
  /** What the company must do to pay, while pending. */
  readonly instructions?: BankTransferInstructions;
}

/**
 * Takes a new order's payment. An online provider (a payment gateway's redirect and its signed callback)
 * is one more implementation; whatever it is, only the provider, inside the platform, ever marks an order
 * paid, through `applyPaidOrder`: no tenant route takes a "paid" from a client.
 */
export interface PaymentProvider {
  readonly name: PaymentProviderName;
  start(order: PaymentOrder, context: PaymentContext): Promise<PaymentStart>;
}

/** Zero-price orders: paid at once. */
export const freeProvider: PaymentProvider = {
  name: 'free',
  async start(order, { em, actor, now }) {
    await applyPaidOrder(em, { tenantId: order.tenantId, orderId: order.orderId }, actor, now);
    return { status: 'paid' };
  },
};

/** Bank transfer (the usual B2B way here): pending until the operator confirms the money arrived. */
export const manualProvider: PaymentProvider = {
  name: 'manual',
  async start(order, { locale, bank }) {
    return { status: 'pending', instructions: bankTransferInstructions(order, bank, locale) };
  },
};

/** The provider that takes an order of `amountFen`. */
export const providerFor = (amountFen: number): PaymentProvider => (amountFen === 0 ? freeProvider : manualProvider);
