import { Alert, Card, Descriptions } from 'antd';
import type { Report } from '../../../contract/reporting.js';
import { formatDateTimeVi, formatDateVi } from '../../../core/dates.js';
import { useT } from '../../i18n/useT.js';

/** The report's particulars (unit, period, due and lock dates, when it was sent and accepted), and a return's reason. */
export function ReportSummary({ report: r }: { report: Report }) {
  const t = useT();
  return (
    <>
      {r.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          title={t(r.reopened ? 'report.reopenedAlert' : 'report.returnedAlert')}
          description={r.returnComment ? <span style={{ whiteSpace: 'pre-wrap' }}>{r.returnComment}</span> : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'unit', label: t('report.unit'), children: r.unitName },
            { key: 'period', label: t('report.period'), children: r.period },
            { key: 'dueOn', label: t('report.dueOn'), children: formatDateVi(r.dueOn) },
            { key: 'lockOn', label: t('report.lockOn'), children: r.lockOn ? formatDateVi(r.lockOn) : t('report.noLock') },
            ...(r.firstSubmittedAt ? [{ key: 'first', label: t('report.firstSubmittedAt'), children: formatDateTimeVi(r.firstSubmittedAt) }] : []),
            ...(r.submittedAt && r.submittedAt !== r.firstSubmittedAt
              ? [{ key: 'submitted', label: t('report.submittedAt'), children: formatDateTimeVi(r.submittedAt) }]
              : []),
            ...(r.acceptedAt ? [{ key: 'accepted', label: t('report.acceptedAt'), children: formatDateTimeVi(r.acceptedAt) }] : []),
          ]}
        />
      </Card>
    </>
  );
}
