import { Flex, Typography } from 'antd';
import type { Indicator, RollupCell } from '../../../contract/reporting.js';
import { useT } from '../../i18n/useT.js';
import { formatPercent, formatValue } from './format.js';

/** ✓ (met, green) or ✗ (not met, red); nothing when there is no target to compare with. */
export function MeetsMark({ meets }: { meets: boolean | null }) {
  const t = useT();
  if (meets === null) return null;
  return (
    <Typography.Text strong type={meets ? 'success' : 'danger'} aria-label={meets ? t('assignment.meets') : t('assignment.notMeets')} title={meets ? t('assignment.meets') : t('assignment.notMeets')}>
      {meets ? '✓' : '✗'}
    </Typography.Text>
  );
}

/** One roll-up figure: the value, then its target, achievement ratio and ✓/✗ beneath. */
export function RollupCellView({ cell }: { cell: RollupCell | undefined }) {
  if (!cell || cell.value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const hasTarget = cell.targetLabel !== null || cell.ratio !== null || cell.meets !== null;
  return (
    <Flex vertical align="flex-end" gap={0}>
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatValue(cell.value)}</span>
      {hasTarget && (
        <Flex gap={4} align="center" style={{ fontSize: 12 }}>
          {cell.targetLabel && <Typography.Text type="secondary">{cell.targetLabel}</Typography.Text>}
          {cell.ratio !== null && <span>{formatPercent(cell.ratio)}</span>}
          <MeetsMark meets={cell.meets} />
        </Flex>
      )}
    </Flex>
  );
}

/** The headline of an indicator: its total over the scope, the target, the ratio and ✓/✗. */
export function IndicatorTotal({ indicator, cell }: { indicator: Indicator; cell: RollupCell }) {
  const t = useT();
  return (
    <Flex gap={16} wrap align="baseline" style={{ marginBottom: 8 }}>
      <span>
        {t('assignment.total')}:{' '}
        <Typography.Text strong style={{ fontSize: 18 }}>
          {cell.value === null ? '—' : formatValue(cell.value)}
        </Typography.Text>{' '}
        {indicator.unitOfMeasure}
      </span>
      {cell.targetLabel && (
        <span>
          {t('assignment.target')}: {cell.targetLabel}
        </span>
      )}
      {cell.ratio !== null && (
        <span>
          {t('assignment.ratio')}: {formatPercent(cell.ratio)}
        </span>
      )}
      <MeetsMark meets={cell.meets} />
      <Typography.Text type="secondary">{t('assignment.unitsWithData', { count: cell.count })}</Typography.Text>
    </Flex>
  );
}
