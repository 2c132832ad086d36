import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config/load-config.ts';
import { bankTransferInstructions } from '../../core/marketplace/bank-transfer.ts';
import { formatYuan } from '../../core/marketplace/format-yuan.ts';
import { orderDay } from '../../core/marketplace/order-number.ts';
import { manifestErrors } from '../../core/plugin-runtime/validate-manifest.ts';

describe('¥ amounts from integer fen', () => {
  it.each([
    [0, '¥0.00'],
    [1, '¥0.01'],
    [10, '¥0.10'],
    [999, '¥9.99'],
    [100000, '¥1,000.00'],
    [123456789, '¥1,234,567.89'],
    // where fen / 100 in floating point is no longer exact
    [9007199254740991, '¥90,071,992,547,409.91'],
    [-2550, '-¥25.50'],
  ])('%d fen → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it('refuses what is not a safe integer', () => {
    for (const fen of [0.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN]) expect(() => formatYuan(fen)).toThrow(RangeError);
  });
});

describe('bank-transfer instructions', () => {
  const order = { number: 'MO-20261124-0003', amountFen: 29800, currency: 'CNY' } as const;

  it('quote the order number and the amount, with the platform’s account from the environment', () => {
    const { bankTransfer } = loadConfig({ TESSERA_BANK_ACCOUNT_NAME: 'Tessera Ltd', TESSERA_BANK_NAME: 'CMB Shanghai', TESSERA_BANK_ACCOUNT: '6214 0000' });
    const instructions = bankTransferInstructions(order, bankTransfer, 'en-US');
    expect(instructions).toMatchObject({ accountName: 'Tessera Ltd', bankName: 'CMB Shanghai', account: '6214 0000', reference: order.number, configured: true });
    for (const part of ['¥298.00', 'Tessera Ltd', 'CMB Shanghai', '6214 0000', order.number]) expect(instructions.text).toContain(part);
  });

  it('say plainly that the account is not set up yet when the variables are unset', () => {
    const instructions = bankTransferInstructions(order, loadConfig({}).bankTransfer, 'zh-CN');
    expect(instructions.configured).toBe(false);
    expect(instructions.account).toContain('平台尚未设置收款账户');
    expect(instructions.text).toContain(order.number);
    expect(instructions.text).toContain('¥298.00');
  });

  it('refuse control characters in the account variables', () => {
    expect(() => loadConfig({ TESSERA_BANK_ACCOUNT: '6214\n0000' })).toThrow(/TESSERA_BANK_ACCOUNT/);
  });
});

describe('order numbers', () => {
  it('take the day in the company’s time zone', () => {
    const lateEvening = new Date('2026-11-24T17:30:00Z');
    expect(orderDay(lateEvening, 'Asia/Shanghai')).toBe('20261125');
    expect(orderDay(lateEvening, 'UTC')).toBe('20261124');
  });
});

describe('listing screenshots in a manifest', () => {
  const manifest = (url: string) => ({ name: 'shots', version: '1.0.0', core: '^0.1', title: { 'zh-CN': '截图', 'en-US': 'Shots' }, screenshots: [{ url }] });

  it('take an https URL or a path on this server', () => {
    for (const url of ['https://cdn.example.com/a.png', '/static/shots/a.png']) expect(manifestErrors(manifest(url)), url).toEqual([]);
  });

  it('refuse script, data and protocol-relative URLs and markup', () => {
    for (const url of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', '//evil.example/a.png', 'http://plain.example/a.png', '/a.png" onerror="x']) {
      expect(manifestErrors(manifest(url)), url).not.toEqual([]);
    }
  });
});
