/**
 * Chấm điểm giao ước thi đua: the bounds of one score and a member unit's totals (domain.md §2.2).
 * Points carry two decimals, so every sum is taken in integer hundredths: 0.1 + 0.2 is 30
 * hundredths, never 0.30000000000000004, and two units with the same score sheet tie exactly.
 */
import type { Criterion, CriterionKind } from '../../contract/covenants.js';
import { formatNumberVi } from '../reporting/numbers.js';

/** A stored row of the bảng tiêu chí, as much of it as scoring needs. */
export type ScoredCriterion = Pick<Criterion, 'id' | 'parentId' | 'code' | 'name' | 'kind' | 'maxPoints' | 'position'>;

/** Points → integer hundredths. Rounding absorbs binary noise such as 0.1 + 0.2. */
export function toHundredths(points: number): number {
  const h = Math.round(points * 100);
  return h === 0 ? 0 : h; // no -0 from a tiny negative: it would print as "-0"
}

export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

/** "45", "0,25": points as the score sheet writes them. */
export function formatPoints(points: number): string {
  return formatNumberVi(points, 2);
}

/**
 * Why a score cannot be saved for this row, or null when it can. Penalty rows are entered as
 * the (positive) number of points taken away, bounded by the row's mức trừ tối đa.
 */
export function scoreProblem(c: ScoredCriterion, score: number): string | null {
  const label = `Tiêu chí ${c.code}`;
  if (c.kind === 'group') return `${label}: là nhóm nội dung, không chấm điểm trực tiếp`;
  if (!Number.isFinite(score)) return `${label}: điểm không hợp lệ`;
  const h = toHundredths(score);
  if (h < 0) {
    return c.kind === 'penalty' ? `${label}: điểm trừ ghi bằng số điểm bị trừ, không được âm` : `${label}: điểm không được âm`;
  }
  if (h > toHundredths(c.maxPoints)) {
    const max = formatPoints(c.maxPoints);
    const given = formatPoints(score);
    if (c.kind === 'penalty') return `${label}: điểm trừ ${given} vượt mức trừ tối đa ${max}`;
    if (c.kind === 'bonus') return `${label}: điểm thưởng ${given} vượt mức tối đa ${max}`;
    return `${label}: điểm ${given} vượt mức tối đa ${max}`;
  }
  return null;
}

export interface GroupTotal {
  code: string;
  name: string;
  points: number;
}

export interface UnitTotals {
  /** criteria + bonus − penalty. */
  total: number;
  criteria: number;
  bonus: number;
  penalty: number;
  /** One entry per top-level nhóm nội dung, in table order: its criteria only, at any depth. */
  groupTotals: GroupTotal[];
}

/**
 * A member unit's totals from its scores (keyed by criterion id). A row not scored yet counts 0.
 * Scores are summed as given; bounds are scoreProblem's job when the score is saved.
 */
export function unitTotals(criteria: readonly ScoredCriterion[], scores: ReadonlyMap<string, number | null>): UnitTotals {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const topGroups = criteria.filter((c) => c.parentId === null && c.kind === 'group').sort((a, b) => a.position - b.position);
  const groupPoints = new Map(topGroups.map((g) => [g.id, 0]));
  const sums: Record<Exclude<CriterionKind, 'group'>, number> = { criterion: 0, bonus: 0, penalty: 0 };

  for (const c of criteria) {
    if (c.kind === 'group') continue;
    const h = toHundredths(scores.get(c.id) ?? 0);
    sums[c.kind] += h;
    if (c.kind !== 'criterion') continue; // bonus and penalty stand apart from the groups
    const top = topAncestorId(c, byId);
    const current = top === null ? undefined : groupPoints.get(top);
    if (top !== null && current !== undefined) groupPoints.set(top, current + h);
  }

  return {
    total: fromHundredths(sums.criterion + sums.bonus - sums.penalty),
    criteria: fromHundredths(sums.criterion),
    bonus: fromHundredths(sums.bonus),
    penalty: fromHundredths(sums.penalty),
    groupTotals: topGroups.map((g) => ({ code: g.code, name: g.name, points: fromHundredths(groupPoints.get(g.id) ?? 0) })),
  };
}

/** Id of the top-level row above `c`, or null when `c` is itself top level. */
function topAncestorId(c: ScoredCriterion, byId: ReadonlyMap<string, ScoredCriterion>): string | null {
  let current = c;
  // Bounded walk: stored rows come from a validated table, but a parent loop in bad data must not hang.
  for (let steps = 0; current.parentId !== null && steps < byId.size; steps++) {
    const parent = byId.get(current.parentId);
    if (parent === undefined) return current.parentId;
    current = parent;
  }
  return current === c ? null : current.id;
}
