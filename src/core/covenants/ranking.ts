/**
 * Xếp hạng giao ước thi đua: total first, then the stated tie-breakers, then a shared rank.
 * Every comparison is on integer hundredths, so "bằng điểm" means exactly equal score sheets.
 */
import type { z } from 'zod';
import type { RankingRowSchema } from '../../contract/covenants.js';
import { compareVietnamese } from '../text.js';
import { type GroupTotal, type ScoredCriterion, toHundredths, unitTotals } from './scoring.js';

export type RankedUnit = z.infer<typeof RankingRowSchema>;

export interface RankingUnitInput {
  unitId: string;
  unitName: string;
  /** Final scores (after adjustments) keyed by criterion id; null or missing = not scored. */
  scores: ReadonlyMap<string, number | null>;
}

/** Thứ tự tiêu chí phụ, shown with the ranking so every member can check it. */
export const TIE_BREAKERS: readonly string[] = Object.freeze([
  'Tổng điểm cao hơn xếp trên',
  'Bằng tổng điểm: so điểm của từng nhóm nội dung theo thứ tự trong bảng tiêu chí, nhóm trước xét trước; điểm nhóm cao hơn xếp trên',
  'Vẫn bằng nhau: đơn vị ít điểm trừ hơn xếp trên',
  'Vẫn bằng nhau thì đồng hạng',
]);

interface Standing {
  unit: RankingUnitInput;
  total: number;
  bonus: number;
  penalty: number;
  groupTotals: GroupTotal[];
  /** Hundredths, for exact comparison. */
  key: { total: number; groups: number[]; penalty: number };
}

/** Negative when `a` ranks above `b`; 0 when every tie-breaker leaves them equal. */
function compareStanding(a: Standing, b: Standing): number {
  if (a.key.total !== b.key.total) return b.key.total - a.key.total;
  for (let i = 0; i < a.key.groups.length; i++) {
    const diff = (b.key.groups[i] ?? 0) - (a.key.groups[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.key.penalty - b.key.penalty;
}

/** Which tie-breaker put `row` below `above`; null when its total is simply lower. */
function decidedBy(above: Standing | undefined, row: Standing): string | null {
  if (above === undefined || row.key.total < above.key.total) return null;
  const i = row.key.groups.findIndex((g, k) => g !== above.key.groups[k]);
  const group = row.groupTotals[i];
  if (group !== undefined) return `Bằng tổng điểm; xếp sau do điểm nhóm ${group.code} (“${group.name}”) thấp hơn`;
  // A table of criteria without groups has no group step to mention.
  const hasGroups = row.groupTotals.length > 0;
  if (row.key.penalty > above.key.penalty) {
    return `${hasGroups ? 'Bằng tổng điểm và điểm các nhóm' : 'Bằng tổng điểm'}; xếp sau do nhiều điểm trừ hơn`;
  }
  return hasGroups ? 'Đồng hạng: bằng tổng điểm, điểm các nhóm và điểm trừ' : 'Đồng hạng: bằng tổng điểm và điểm trừ';
}

/**
 * Ranks the member units. Units still equal after every tie-breaker share a rank and the next
 * rank skips (1, 2, 2, 4); within a shared rank they are listed by name in Vietnamese order.
 */
export function rankUnits(criteria: readonly ScoredCriterion[], units: readonly RankingUnitInput[]): RankedUnit[] {
  const standings: Standing[] = units.map((unit) => {
    const t = unitTotals(criteria, unit.scores);
    return {
      unit,
      total: t.total,
      bonus: t.bonus,
      penalty: t.penalty,
      groupTotals: t.groupTotals,
      key: { total: toHundredths(t.total), groups: t.groupTotals.map((g) => toHundredths(g.points)), penalty: toHundredths(t.penalty) },
    };
  });
  standings.sort(
    (a, b) =>
      compareStanding(a, b) ||
      compareVietnamese(a.unit.unitName, b.unit.unitName) ||
      (a.unit.unitId < b.unit.unitId ? -1 : a.unit.unitId > b.unit.unitId ? 1 : 0),
  );

  const rows: RankedUnit[] = [];
  standings.forEach((s, i) => {
    const above = standings[i - 1];
    const previous = rows[i - 1];
    const tied = above !== undefined && previous !== undefined && compareStanding(above, s) === 0;
    rows.push({
      rank: tied ? previous.rank : i + 1,
      unitId: s.unit.unitId,
      unitName: s.unit.unitName,
      total: s.total,
      groupTotals: s.groupTotals,
      bonus: s.bonus,
      penalty: s.penalty,
      decidedBy: decidedBy(above, s),
    });
  });
  return rows;
}
