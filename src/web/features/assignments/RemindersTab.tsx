import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { formatDateTimeVi } from '../../../core/dates.js';
import { compareVietnamese } from '../../../core/text.js';
import { QueryError } from '../../components/QueryError.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useT } from '../../i18n/useT.js';
import { type ReminderLogEntry, useReminderLog } from './useAssignments.js';

const STATUS: Record<ReminderLogEntry['status'], { key: MessageKey; color: string }> = {
  sent: { key: 'assignment.reminder.status.sent', color: 'green' },
  failed: { key: 'assignment.reminder.status.failed', color: 'red' },
  skipped: { key: 'assignment.reminder.status.skipped', color: 'default' },
};

/** Nhắc hạn: every reminder sent for this assignment — automatic before and after the deadline, and manual. */
export function RemindersTab({ assignmentId }: { assignmentId: string }) {
  const t = useT();
  const log = useReminderLog(assignmentId);

  const columns: TableColumnsType<ReminderLogEntry> = [
    { title: t('assignment.reminder.sentAt'), key: 'sentAt', width: 150, render: (_, r) => formatDateTimeVi(r.sentAt) },
    { title: t('assignment.unit'), key: 'unit', sorter: (a, b) => compareVietnamese(a.unitName, b.unitName), render: (_, r) => r.unitName },
    {
      title: t('assignment.reminder.kind'),
      key: 'kind',
      width: 120,
      filters: (['before', 'overdue', 'manual'] as const).map((k) => ({ value: k, text: t(`assignment.reminder.kind.${k}`) })),
      onFilter: (value, r) => r.kind === value,
      render: (_, r) => t(`assignment.reminder.kind.${r.kind}`),
    },
    { title: t('assignment.reminder.channel'), key: 'channel', width: 130, render: (_, r) => t(`assignment.reminder.channel.${r.channel}`) },
    { title: t('assignment.reminder.recipient'), key: 'recipient', render: (_, r) => r.recipient },
    {
      title: t('assignment.reminder.status'),
      key: 'status',
      width: 220,
      render: (_, r) => (
        <>
          <Tag color={STATUS[r.status].color}>{t(STATUS[r.status].key)}</Tag>
          {r.error && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {r.error}
            </Typography.Text>
          )}
        </>
      ),
    },
  ];

  return (
    <>
      {log.isError && <QueryError error={log.error} onRetry={() => void log.refetch()} />}
      <Table<ReminderLogEntry>
        rowKey={(r) => `${r.sentAt}|${r.unitId}|${r.channel}|${r.recipient}`}
        size="small"
        loading={log.isPending}
        columns={columns}
        dataSource={log.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{ defaultPageSize: 50, showTotal: (total) => t('common.total', { count: total }) }}
        locale={{ emptyText: t('assignment.reminder.none') }}
      />
    </>
  );
}
