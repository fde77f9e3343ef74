import { Card, Skeleton, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT.js';

interface StatCardProps {
  title: string;
  value: number | undefined;
  loading: boolean;
  to: string;
  footer?: ReactNode;
}

/** One count on the overview, linking to its list. */
export function StatCard({ title, value, loading, to, footer }: StatCardProps) {
  const t = useT();
  return (
    <Card size="small" style={{ height: '100%' }}>
      {loading ? <Skeleton active paragraph={{ rows: 1 }} /> : <Statistic title={title} value={value ?? 0} />}
      {footer && <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>{footer}</Typography.Paragraph>}
      <Link to={to}>{t('dashboard.open')}</Link>
    </Card>
  );
}
