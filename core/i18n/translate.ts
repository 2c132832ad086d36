import enUS from '../locales/en-US.json' with { type: 'json' };
import zhCN from '../locales/zh-CN.json' with { type: 'json' };

export const supportedLocales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof supportedLocales)[number];
export const defaultLocale: Locale = 'zh-CN';

const catalogs: Record<Locale, Record<string, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Adds texts a plugin brings (its problems' titles and details); the core's own keys are never replaced. */
export function addTranslations(locale: Locale, entries: Readonly<Record<string, string>>): void {
  for (const [key, text] of Object.entries(entries)) if (!(key in catalogs[locale])) catalogs[locale][key] = text;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}

/** `{name}` placeholders are filled from `vars`; a missing key falls back to zh-CN, then to the key itself. */
export function translate(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  const template = catalogs[locale][key] ?? catalogs[defaultLocale][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** Picks the first supported language of an `Accept-Language` header (`en` → en-US, `zh` → zh-CN). */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('en')) return 'en-US';
    if (tag.startsWith('zh')) return 'zh-CN';
  }
  return defaultLocale;
}
