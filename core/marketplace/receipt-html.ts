import type { ModuleOrderView } from '@tessera/schemas/market';
import { type Locale, translate } from '../i18n/translate.ts';
import { formatYuan } from './format-yuan.ts';

/** The Content-Security-Policy the receipt is served with: inline styles only; no scripts, frames, forms or fetches. */
export const receiptContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Every text that goes into the page passes here: company names and titles are the tenant's or a plugin's words. */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** `2026-11-24 09:30` in the company's time zone. */
function localTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export interface ReceiptInput {
  readonly order: ModuleOrderView;
  readonly companyName: string;
  readonly timeZone: string;
  readonly locale: Locale;
}

/**
 * A module order's printable receipt: a self-contained HTML page (no scripts, no external resources) in
 * the reader's language, amounts in ¥ computed from integer fen, times in the company's time zone. A receipt
 * of an order that is not paid says so, so it is never mistaken for proof of payment.
 */
export function renderReceipt({ order, companyName, timeZone, locale }: ReceiptInput): string {
  const t = (key: string, vars: Record<string, string | number> = {}) => escapeHtml(translate(locale, `market.receipt.${key}`, vars));
  const status = escapeHtml(translate(locale, `market.purchase.status.${order.status}`));
  const field = (label: string, value: string) => `<tr><th>${label}</th><td>${value}</td></tr>`;
  const lines = order.lines
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.title)}</td><td>${escapeHtml(line.planTitle)}</td>` +
        `<td>${escapeHtml(translate(locale, `market.purchase.period.${line.period}`))}</td><td class="amount">${escapeHtml(formatYuan(line.amountFen))}</td></tr>`,
    )
    .join('\n');
  const notice = order.status === 'paid' ? '' : `<p class="notice">${t(`notice-${order.status}`)}</p>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${t('title')} ${escapeHtml(order.number)}</title>
<style>
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #222; margin: 2rem auto; max-width: 46rem; }
h1 { font-size: 1.4rem; margin-bottom: 1.5rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ddd; }
.facts th { width: 9rem; color: #555; font-weight: normal; }
.amount { text-align: right; font-variant-numeric: tabular-nums; }
.total td { font-weight: bold; border-bottom: none; }
.notice { border: 1px solid #d48806; color: #ad6800; padding: .6rem; }
footer { color: #777; font-size: .85rem; }
</style>
</head>
<body>
<h1>${t('title')}</h1>
${notice}
<table class="facts">
${field(t('company'), escapeHtml(companyName))}
${field(t('number'), escapeHtml(order.number))}
${field(t('created-at'), escapeHtml(localTime(new Date(order.createdAt), timeZone)))}
${field(t('status'), status)}
${field(t('paid-at'), order.paidAt ? escapeHtml(localTime(new Date(order.paidAt), timeZone)) : '—')}
${field(t('payment'), t(`provider-${order.provider}`))}
</table>
<table class="lines">
<thead><tr><th>${t('module')}</th><th>${t('plan')}</th><th>${t('period')}</th><th class="amount">${t('amount')}</th></tr></thead>
<tbody>
${lines}
<tr class="total"><td colspan="3">${t('total')}</td><td class="amount">${escapeHtml(formatYuan(order.amountFen))}</td></tr>
</tbody>
</table>
<footer>${t('footer', { timeZone })}</footer>
</body>
</html>
`;
}
