import { Typography } from 'antd';
import { daysUntil } from '../../../core/reporting/deadlines.js';
import { useT } from '../../i18n/useT.js';

/**
 * How the deadline stands: for a report already sent, on time or N days late; otherwise the days
 * left, or how long it is overdue.
 */
export function DeadlineText({ dueOn, daysLate }: { dueOn: string; daysLate: number | null }) {
  const t = useT();
  if (daysLate !== null) {
    return daysLate > 0 ? (
      <Typography.Text type="warning">{t('report.late', { days: daysLate })}</Typography.Text>
    ) : (
      <Typography.Text type="success">{t('report.onTime')}</Typography.Text>
    );
  }
  const left = daysUntil(dueOn, new Date());
  if (left < 0) return <Typography.Text type="danger">{t('report.overdue', { days: -left })}</Typography.Text>;
  if (left === 0) return <Typography.Text type="warning">{t('report.dueToday')}</Typography.Text>;
  return <span>{t('report.daysLeft', { days: left })}</span>;
}
