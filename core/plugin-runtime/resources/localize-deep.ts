import type { Locale } from '../../i18n/translate.ts';

const isLocalizedText = (value: object): value is Record<Locale, string> => {
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('zh-CN') && keys.includes('en-US');
};

/** A copy of `value` with every `{ 'zh-CN': …, 'en-US': … }` inside it replaced by the text for `locale`. */
export function localizeDeep(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => localizeDeep(item, locale));
  if (value === null || typeof value !== 'object') return value;
  if (isLocalizedText(value)) return value[locale];
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localizeDeep(item, locale)]));
}
