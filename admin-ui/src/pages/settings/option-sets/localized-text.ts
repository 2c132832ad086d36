import type { Locale } from '../../../i18n/locale.ts';

/** An option set's name or an option's label in the reader's language; an empty English text shows the Chinese. */
export function localizedText(text: { 'zh-CN': string; 'en-US': string }, locale: Locale): string {
  return locale === 'en-US' && text['en-US'] ? text['en-US'] : text['zh-CN'];
}
