import { Tag } from 'antd';
import type { Unit } from '../../../contract/units.js';
import { formatDateVi } from '../../../core/dates.js';
import { useT } from '../../i18n/useT.js';

/** "Đang hoạt động", or "Đã giải thể/sáp nhập 01/07/2025" for a closed unit. */
export function UnitStatusTag({ unit }: { unit: Pick<Unit, 'status' | 'closedOn'> }) {
  const t = useT();
  if (unit.status === 'active') return <Tag color="green">{t('unit.status.active')}</Tag>;
  return (
    <Tag color="default" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
      {unit.closedOn ? t('unit.status.closedOn', { date: formatDateVi(unit.closedOn) }) : t('unit.status.closed')}
    </Tag>
  );
}

/** "Minh họa": data not yet checked against official documents. */
export function IllustrativeTag() {
  const t = useT();
  return (
    <Tag color="gold" title={t('unit.illustrativeHint')}>
      {t('common.illustrative')}
    </Tag>
  );
}
