import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/useT.js';
import { PATHS } from './paths.js';

export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('error.notFoundPage')}
      extra={
        <Link to={PATHS.dashboard}>
          <Button type="primary">{t('error.goHome')}</Button>
        </Link>
      }
    />
  );
}
