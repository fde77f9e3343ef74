import { Alert, Button } from 'antd';
import { errorText } from '../app/useShowError.js';
import { useT } from '../i18n/useT.js';

/** A failed query, with its server message and a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error, t)}
      action={onRetry && <Button size="small" onClick={onRetry}>{t('common.reload')}</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
