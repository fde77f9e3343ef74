import { Tag, Typography } from 'antd';
import type { BoardRow, BoardStatus } from '../../../contract/reporting.js';
import { isReported } from '../../../core/reporting/tracking.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useT } from '../../i18n/useT.js';

const STATUS: Record<BoardStatus, { key: MessageKey; color: string }> = {
  not_started: { key: 'assignment.status.not_started', color: 'default' },
  draft: { key: 'assignment.status.draft', color: 'gold' },
  submitted: { key: 'assignment.status.submitted', color: 'blue' },
  returned: { key: 'assignment.status.returned', color: 'volcano' },
  accepted: { key: 'assignment.status.accepted', color: 'green' },
};

/** Chưa lập, Nháp, Đã gửi, Bị trả lại, Đã tiếp nhận. */
export function BoardStatusTag({ status }: { status: BoardStatus }) {
  const t = useT();
  const s = STATUS[status];
  return <Tag color={s.color}>{t(s.key)}</Tag>;
}

/** Đúng hạn, Trễ N ngày (sent late), Quá hạn N ngày (still not sent), or Chưa đến hạn. */
export function TimelinessTag({ row }: { row: Pick<BoardRow, 'status' | 'daysLate' | 'overdueDays'> }) {
  const t = useT();
  if (row.daysLate === 0) return <Tag color="green">{t('assignment.onTime')}</Tag>;
  if (row.daysLate !== null) return <Tag color="orange">{t('assignment.lateDays', { days: row.daysLate })}</Tag>;
  if (row.overdueDays !== null && row.overdueDays > 0) return <Tag color="red">{t('assignment.overdueDays', { days: row.overdueDays })}</Tag>;
  // Sent, but when it was first sent is not known (an imported report): no verdict.
  if (isReported(row.status)) return null;
  return <Typography.Text type="secondary">{t('assignment.notDueYet')}</Typography.Text>;
}
