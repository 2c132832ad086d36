import enUS from '../locales/en-US.json';
import zhCN from '../locales/zh-CN.json';
import type { Locale } from './locale.ts';

type Messages = Record<string, string>;

const catalogs: Record<Locale, Messages> = { 'zh-CN': { ...zhCN }, 'en-US': { ...enUS } };

/** Plugins add their own keys (`<plugin>.<area>.<item>`) before the app renders. */
export function registerMessages(locale: Locale, messages: Messages): void {
  Object.assign(catalogs[locale], messages);
}

export function catalogFor(locale: Locale): Messages {
  return catalogs[locale];
}
