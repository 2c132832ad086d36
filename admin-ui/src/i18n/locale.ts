export type Locale = 'zh-CN' | 'en-US';

export const defaultLocale: Locale = 'zh-CN';
export const supportedLocales: readonly Locale[] = ['zh-CN', 'en-US'];

/** Each language names itself, so the switch reads right whatever the current language is. */
export const localeNames: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };

const storageKey = 'tessera.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en-US';
}

export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this page only.
  }
}
