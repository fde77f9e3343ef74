import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageSpin } from '../components/PageSpin.js';
import { useSessionQuery } from '../features/session/useSession.js';
import { useT } from '../i18n/useT.js';
import { NEXT_PARAM, PATHS } from './paths.js';
import { errorText } from './useShowError.js';

/** Renders its children only when signed in; otherwise goes to the sign-in page and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const session = useSessionQuery();
  if (session.isPending) return <PageSpin fullScreen />;
  if (session.isError) {
    return (
      <Result
        status="warning"
        title={errorText(session.error, t)}
        extra={<Button onClick={() => void session.refetch()}>{t('common.reload')}</Button>}
      />
    );
  }
  if (!session.data) {
    const here = `${location.pathname}${location.search}`;
    const next = here === PATHS.dashboard ? '' : `?${NEXT_PARAM}=${encodeURIComponent(here)}`;
    return <Navigate to={`${PATHS.signIn}${next}`} replace />;
  }
  return children;
}
