import { createContext } from 'react';
import type { Locale } from './messages.js';

export interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const LocaleContext = createContext<LocaleState>({ locale: 'vi', setLocale: () => undefined });

export const LOCALE_STORAGE_KEY = 'thidua.locale';

/** The remembered locale; Vietnamese unless the user chose English before. */
export function initialLocale(): Locale {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}
