import { Tag } from 'antd';
import type { NominationStatus, NominationSummary } from '../../../contract/nominations.js';
import { useT } from '../../i18n/useT.js';
import { eligibilityTagOf } from './nomination-form.js';

const STATUS_COLORS: Record<NominationStatus, string> = {
  draft: 'gold',
  submitted: 'blue',
  reviewing: 'geekblue',
  voted: 'purple',
  approved: 'green',
  rejected: 'red',
  decided: 'cyan',
  forwarded: 'orange',
};

/** Nháp, Đã gửi, … Đã trình cấp trên (the labels of STATUS_LABEL). */
export function NominationStatusTag({ status }: { status: NominationStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t(`nomination.status.${status}`)}</Tag>;
}

const ELIGIBILITY_COLORS = { eligible: 'green', not_eligible: 'red', hold: 'orange' } as const;

/** Đủ / chưa đủ / tạm hoãn, and "có giải trình" when it went up not eligible. */
export function EligibilityTag({ nomination }: { nomination: Pick<NominationSummary, 'eligibilityStatus' | 'flagged'> }) {
  const t = useT();
  const { status, flagged } = eligibilityTagOf(nomination);
  if (status === null) return <Tag>{t('nomination.eligibility.none')}</Tag>;
  return (
    <>
      <Tag color={ELIGIBILITY_COLORS[status]}>{t(`nomination.eligibility.${status}`)}</Tag>
      {flagged && <Tag color="magenta">{t('nomination.flagged')}</Tag>}
    </>
  );
}
