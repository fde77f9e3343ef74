import type { Indicator, MovementKind, MovementPhase, RollupRule, TargetLevel, ValueType, Direction } from '../../../contract/reporting.js';
import { formatDateVi } from '../../../core/dates.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';
import { targetLabel } from '../../../core/reporting/targets.js';
import type { Translate } from '../../i18n/useT.js';

export const MOVEMENT_KINDS: readonly MovementKind[] = ['regular', 'campaign', 'thematic'];
export const VALUE_TYPES: readonly ValueType[] = ['number', 'percent', 'boolean', 'text'];
export const DIRECTIONS: readonly Direction[] = ['up', 'down', 'range'];
export const ROLLUP_RULES: readonly RollupRule[] = ['sum', 'avg', 'wavg', 'min', 'max', 'last', 'none'];
export const TARGET_LEVELS: readonly TargetLevel[] = ['all', 'province', 'district', 'commune', 'agency'];

/** The roll-up rules a value type allows (the server refuses the others). */
export function rulesFor(valueType: ValueType): readonly RollupRule[] {
  if (valueType === 'text') return ['none', 'last'];
  if (valueType === 'boolean') return ['sum', 'avg', 'none'];
  return ROLLUP_RULES;
}

export const kindLabel = (t: Translate, kind: MovementKind) => t(`movement.kind.${kind}`);
export const phaseLabel = (t: Translate, phase: MovementPhase) => t(`movement.phase.${phase}`);
export const levelLabel = (t: Translate, level: TargetLevel) => t(`indicator.level.${level}`);

/** "01/01/2024 – 31/12/2025", or "từ 01/01/2024" when open-ended. */
export function periodText(t: Translate, startsOn: string | null, endsOn: string | null): string {
  if (!startsOn && !endsOn) return '';
  if (!endsOn) return t('movement.periodFrom', { date: formatDateVi(startsOn) });
  if (!startsOn) return t('movement.periodUntil', { date: formatDateVi(endsOn) });
  return `${formatDateVi(startsOn)} – ${formatDateVi(endsOn)}`;
}

/** "Huyện ≥ 80 %; Xã ≥ 60 %": each level's target; a lone target for every level needs no level name. */
export function targetsText(t: Translate, indicator: Pick<Indicator, 'targets' | 'unitOfMeasure'>): string {
  const { targets, unitOfMeasure } = indicator;
  if (targets.length === 1 && targets[0]!.level === 'all') return targetLabel(targets[0]!, unitOfMeasure);
  return targets.map((target) => `${levelLabel(t, target.level)} ${targetLabel(target, unitOfMeasure)}`).join('; ');
}

export function baselineText(indicator: Pick<Indicator, 'baseline' | 'unitOfMeasure'>): string {
  if (indicator.baseline === null) return '';
  return [formatNumberVi(indicator.baseline), indicator.unitOfMeasure.trim()].filter(Boolean).join(' ');
}
