import { Tag } from 'antd';
import type { ReportStatus } from '../../../contract/reporting.js';
import { useT } from '../../i18n/useT.js';

const STATUS_COLORS: Record<ReportStatus, string> = { draft: 'gold', submitted: 'blue', returned: 'red', accepted: 'green' };

/** Nháp, Đã gửi, Bị trả lại, Đã tiếp nhận; or "Chưa lập" when the unit has not started its report. */
export function ReportStatusTag({ status }: { status: ReportStatus | null }) {
  const t = useT();
  if (status === null) return <Tag>{t('report.status.none')}</Tag>;
  return <Tag color={STATUS_COLORS[status]}>{t(`report.status.${status}`)}</Tag>;
}
