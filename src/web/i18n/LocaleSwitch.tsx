import { Segmented } from 'antd';
import type { Locale } from './messages.js';
import { useLocale, useT } from './useT.js';

/** VI / EN switch; the choice is remembered in localStorage. */
export function LocaleSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <Segmented<Locale>
      aria-label={t('locale.label')}
      size="small"
      value={locale}
      onChange={setLocale}
      options={[
        { label: 'VI', value: 'vi', title: t('locale.vi') },
        { label: 'EN', value: 'en', title: t('locale.en') },
      ]}
    />
  );
}
