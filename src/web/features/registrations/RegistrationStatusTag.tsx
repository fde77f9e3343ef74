import { Tag } from 'antd';
import type { RegistrationStatus } from '../../../contract/reporting.js';
import { useT } from '../../i18n/useT.js';

const COLORS: Record<RegistrationStatus, string> = { not_sent: 'default', pending: 'processing', returned: 'warning', approved: 'success' };

/** Chưa gửi / Chờ duyệt / Trả lại / Đã duyệt. */
export function RegistrationStatusTag({ status }: { status: RegistrationStatus }) {
  const t = useT();
  return <Tag color={COLORS[status]}>{t(`registration.status.${status}`)}</Tag>;
}
