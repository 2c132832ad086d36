import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { setRequestLocale } from '../api/request-context.ts';
import { type I18n, I18nContext } from './i18n-context.ts';
import { type Locale, readStoredLocale, storeLocale } from './locale.ts';
import { catalogFor } from './message-catalog.ts';
import { translate } from './translate.ts';

const antdLocales = { 'zh-CN': zhCN, 'en-US': enUS };
const dayjsLocales = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

function applyLocale(locale: Locale): void {
  dayjs.locale(dayjsLocales[locale]);
  document.documentElement.lang = locale;
  setRequestLocale(locale);
}

const initialLocale = readStoredLocale();
applyLocale(initialLocale);

/** The UI language: our keys, antd's built-in texts and dayjs all switch together. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    applyLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const messages = catalogFor(locale);
    return { locale, setLocale, t: (key, vars) => translate(messages, key, vars) };
  }, [locale, setLocale]);

  return (
    <I18nContext value={value}>
      <ConfigProvider locale={antdLocales[locale]} theme={{ token: { colorPrimary: '#1677ff' } }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext>
  );
}
