import { Descriptions } from 'antd';
import { Link } from 'react-router';
import type { Assignment } from '../../../contract/documents.js';
import { formatDateVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { useT } from '../../i18n/useT.js';

/** The facts of an assignment: the document it came from, movement, period, deadlines. */
export function AssignmentDescriptions({ assignment: a }: { assignment: Assignment }) {
  const t = useT();
  const documentLabel = [a.documentNumber, a.documentSubject].filter(Boolean).join(' – ') || t('assignment.documentOpen');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'document', label: t('assignment.document'), children: <Link to={PATHS.document(a.documentId)}>{documentLabel}</Link>, span: 'filled' as const },
        { key: 'movement', label: t('assignment.movement'), children: a.movementName ?? t('assignment.noMovement') },
        { key: 'period', label: t('assignment.period'), children: a.period },
        { key: 'units', label: t('assignment.unitCount'), children: a.units.length },
        { key: 'dueOn', label: t('assignment.dueOn'), children: formatDateVi(a.dueOn) },
        { key: 'lockOn', label: t('assignment.lockOn'), children: a.lockOn ? formatDateVi(a.lockOn) : t('assignment.noLock') },
        {
          key: 'remind',
          label: t('assignment.remindDaysBefore'),
          children: a.remindDaysBefore === null ? t('assignment.noAutoRemind') : t('assignment.daysBefore', { days: a.remindDaysBefore }),
        },
      ]}
    />
  );
}
