import { App as AntApp, ConfigProvider } from 'antd';
import en_US from 'antd/locale/en_US';
import vi_VN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALE_STORAGE_KEY, LocaleContext, initialLocale } from './locale-context.js';
import type { Locale } from './messages.js';

const ANTD_LOCALES = { vi: vi_VN, en: en_US };

const THEME = {
  token: {
    colorPrimary: '#b91c1c',
    colorLink: '#1d4ed8',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
};

/** Locale (remembered in localStorage), Ant Design's matching locale and theme, and its App context. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
    dayjs.locale(locale === 'vi' ? 'vi' : 'en');
  }, [locale]);

  const value = useMemo(
    () => ({
      locale,
      setLocale: (next: Locale) => {
        setLocaleState(next);
        try {
          localStorage.setItem(LOCALE_STORAGE_KEY, next);
        } catch {
          // Private browsing may refuse storage: the choice then lasts for this page only.
        }
      },
    }),
    [locale],
  );

  return (
    <LocaleContext.Provider value={value}>
      <ConfigProvider locale={ANTD_LOCALES[locale]} theme={THEME}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}
