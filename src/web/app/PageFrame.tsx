import { Result } from 'antd';
import { Suspense, type ReactNode } from 'react';
import type { Permission } from '../../contract/roles.js';
import { PageSpin } from '../components/PageSpin.js';
import { useCan } from '../features/session/useSession.js';
import { useT } from '../i18n/useT.js';

/** Loads a lazy page, or says the user may not see it. */
export function PageFrame({ permission, children }: { permission?: Permission; children: ReactNode }) {
  const t = useT();
  const can = useCan();
  if (permission && !can(permission)) return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} />;
  return <Suspense fallback={<PageSpin />}>{children}</Suspense>;
}
