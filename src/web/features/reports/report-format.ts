import type { Indicator, ReportValue } from '../../../contract/reporting.js';
import { formatDateTimeVi } from '../../../core/dates.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';
import { pickTarget, targetLabel, type UnitLevel } from '../../../core/reporting/targets.js';
import type { Translate } from '../../i18n/useT.js';

/**
 * The target as a short label ("≥ 80 %"). With the unit's level known, the target that applies to
 * it; otherwise the only one, or each one named by its level.
 */
export function targetText(indicator: Indicator, level: UnitLevel | null, t: Translate): string {
  const { targets, unitOfMeasure } = indicator;
  if (level) {
    const target = pickTarget(targets, level);
    return target ? targetLabel(target, unitOfMeasure) : '';
  }
  if (targets.length === 1) return targetLabel(targets[0]!, unitOfMeasure);
  return targets.map((target) => `${t(`report.level.${target.level}`)}: ${targetLabel(target, unitOfMeasure)}`).join('; ');
}

/** A value as the read-only report shows it. */
export function valueText(indicator: Indicator, value: ReportValue | undefined, t: Translate): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return indicator.valueType === 'percent' ? `${formatNumberVi(value, 4)} %` : formatNumberVi(value, 4);
  return value;
}

/** "14:05" in Vietnam time. */
export function timeOfDay(instant: string): string {
  return formatDateTimeVi(instant).slice(-5);
}
