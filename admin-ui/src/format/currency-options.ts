/** Currencies our customers trade in, mainland first; names come from the browser in the UI language. */
export const currencyCodes = ['CNY', 'HKD', 'TWD', 'MOP', 'USD', 'EUR', 'GBP', 'JPY', 'KRW', 'SGD', 'AUD', 'CAD'];

export function currencyOptions(locale: string): { value: string; label: string }[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'currency' });
  } catch {
    names = undefined;
  }
  return currencyCodes.map((code) => ({ value: code, label: `${code} · ${names?.of(code) ?? code}` }));
}
