import { Button, Result } from 'antd';
import { useRouteError } from 'react-router';
import { useT } from '../i18n/useT.js';

/** Shown when a page throws or its code cannot be loaded (e.g. after a new version was deployed). */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <Result
      status="error"
      title={t('error.unexpected')}
      subTitle={detail}
      extra={<Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>}
    />
  );
}
