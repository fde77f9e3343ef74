import { LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useT } from '../../i18n/useT.js';
import { timeOfDay } from './report-format.js';
import type { SaveState } from './useAutosave.js';

/** "Đang lưu…", "Đã lưu lúc 14:05"…: announced politely to screen readers as it changes. */
export function SaveStatus({ state, savedAt }: { state: SaveState; savedAt: string | null }) {
  const t = useT();
  const text = (() => {
    switch (state) {
      case 'saving':
        return (
          <Typography.Text type="secondary">
            <LoadingOutlined aria-hidden /> {t('report.saving')}
          </Typography.Text>
        );
      case 'dirty':
        return <Typography.Text type="secondary">{t('report.unsaved')}</Typography.Text>;
      case 'error':
        return <Typography.Text type="danger">{t('report.saveFailed')}</Typography.Text>;
      case 'saved':
      case 'idle':
        return savedAt ? <Typography.Text type="secondary">{t('report.savedAt', { time: timeOfDay(savedAt) })}</Typography.Text> : null;
    }
  })();
  return (
    <span role="status" aria-live="polite" style={{ alignSelf: 'center' }}>
      {text}
    </span>
  );
}
