import { useCallback, useContext } from 'react';
import { LocaleContext } from './locale-context.js';
import { formatMessage, messages, type MessageKey } from './messages.js';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The translate function of the current locale: `t('unit.total', { count: 3 })`. */
export function useT(): Translate {
  const { locale } = useContext(LocaleContext);
  return useCallback<Translate>((key, vars) => formatMessage(messages[locale][key], vars), [locale]);
}

export function useLocale() {
  return useContext(LocaleContext);
}
