import { Card, Timeline, Typography } from 'antd';
import type { Report } from '../../../contract/reporting.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { useT } from '../../i18n/useT.js';

type ReportEvent = Report['events'][number];

const COLORS: Record<ReportEvent['action'], string> = {
  create: 'gray',
  submit: 'blue',
  resubmit_after_accept: 'orange',
  return: 'red',
  accept: 'green',
  reopen: 'orange',
};

/** Quá trình xử lý: who did what to the report, and when, oldest first. */
export function ReportTimeline({ events }: { events: ReportEvent[] }) {
  const t = useT();
  return (
    <Card size="small" title={t('report.timeline')} style={{ marginBottom: 16 }}>
      {events.length === 0 ? (
        <Typography.Text type="secondary">{t('report.timelineNone')}</Typography.Text>
      ) : (
        <Timeline
          items={events.map((e, i) => ({
            key: i,
            color: COLORS[e.action],
            title: formatDateTimeVi(e.at),
            content: (
              <>
                <div>
                  <Typography.Text strong>{t(`report.event.${e.action}`)}</Typography.Text>
                  {' — '}
                  {e.actorName ?? t('report.system')}
                </div>
                {e.comment && (
                  <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                    “{e.comment}”
                  </Typography.Text>
                )}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
