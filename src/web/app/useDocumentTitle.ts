import { useEffect } from 'react';
import { useT } from '../i18n/useT.js';

/** Sets the browser tab title: "<page> — thidua". */
export function useDocumentTitle(title: string | undefined): void {
  const t = useT();
  useEffect(() => {
    document.title = title ? `${title} — ${t('app.name')}` : `${t('app.name')} — ${t('app.subtitle')}`;
  }, [title, t]);
}
