import { Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import type { Unit } from '../../../contract/units.js';
import { formatDateVi } from '../../../core/dates.js';
import { PATHS } from '../../app/paths.js';
import { useT } from '../../i18n/useT.js';
import { IllustrativeTag, UnitStatusTag } from './UnitStatusTag.js';

export function UnitDescriptions({ unit }: { unit: Unit }) {
  const t = useT();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'code', label: t('unit.code'), children: <Typography.Text code>{unit.code}</Typography.Text> },
        { key: 'name', label: t('unit.fullName'), children: unit.name },
        { key: 'shortName', label: t('unit.shortName'), children: unit.shortName ?? '' },
        { key: 'kind', label: t('unit.kind'), children: t(`unitKind.${unit.kind}`) },
        {
          key: 'parent',
          label: t('unit.parent'),
          children: unit.parentId ? <Link to={PATHS.unit(unit.parentId)}>{unit.parentName}</Link> : '',
        },
        { key: 'status', label: t('unit.status'), children: <UnitStatusTag unit={unit} /> },
        { key: 'validFrom', label: t('unit.validFrom'), children: formatDateVi(unit.validFrom) },
        { key: 'closedOn', label: t('unit.closedOn'), children: formatDateVi(unit.closedOn) },
        { key: 'childCount', label: t('unit.childCount'), children: unit.childCount },
        ...(unit.illustrative ? [{ key: 'illustrative', label: t('common.illustrative'), children: <IllustrativeTag /> }] : []),
        { key: 'note', label: t('unit.note'), children: unit.note ?? '', span: 'filled' as const },
      ]}
    />
  );
}
