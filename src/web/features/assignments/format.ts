import type { TargetLevel } from '../../../contract/reporting.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';
import { vi, type MessageKey } from '../../i18n/messages.js';
import type { Translate } from '../../i18n/useT.js';

/** The levels a board filters by, top-down. */
export const UNIT_LEVELS = ['province', 'district', 'commune', 'agency'] as const satisfies readonly TargetLevel[];

export function levelKey(level: TargetLevel): MessageKey {
  return `assignment.level.${level}`;
}

/** A rate (0.853) as "85,3%"; "" when there is none. */
export function formatPercent(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? '' : `${formatNumberVi(ratio * 100, 1)}%`;
}

/** A figure written the Vietnamese way ("1.234,5"); "" when there is none. */
export function formatValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatNumberVi(value);
}

/** Unit kinds come as plain strings from the API; known ones have a label in the catalogue, others show as they are. */
export function unitKindLabel(t: Translate, kind: string): string {
  const key = `unitKind.${kind}`;
  return key in vi ? t(key as MessageKey) : kind;
}
