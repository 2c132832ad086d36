import type { BankTransferInstructions } from '@tessera/schemas/market';
import type { AppConfig } from '../config/load-config.ts';
import { type Locale, translate } from '../i18n/translate.ts';
import { formatYuan } from './format-yuan.ts';

/**
 * How a company pays a `manual` order: a bank transfer to the platform's account (TESSERA_BANK_* variables)
 * quoting the order number, which is how the operator matches the money to the order. A detail the platform
 * has not configured reads as a placeholder asking the company to contact the operator.
 */
export function bankTransferInstructions(
  order: { readonly number: string; readonly amountFen: number; readonly currency: 'CNY' },
  bank: AppConfig['bankTransfer'],
  locale: Locale,
): BankTransferInstructions {
  const placeholder = translate(locale, 'market.purchase.bank-not-configured');
  const accountName = bank.accountName ?? placeholder;
  const bankName = bank.bankName ?? placeholder;
  const account = bank.account ?? placeholder;
  const configured = bank.accountName !== undefined && bank.bankName !== undefined && bank.account !== undefined;
  const vars = { amount: formatYuan(order.amountFen), accountName, bankName, account, reference: order.number };
  return {
    accountName,
    bankName,
    account,
    reference: order.number,
    amountFen: order.amountFen,
    currency: order.currency,
    configured,
    text: translate(locale, configured ? 'market.purchase.bank-transfer' : 'market.purchase.bank-transfer-unconfigured', vars),
  };
}
