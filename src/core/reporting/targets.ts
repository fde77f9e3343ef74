/** Targets (chỉ tiêu giao) per level, whether a figure meets one, and how far it gets (tỷ lệ đạt). */
import { formatNumberVi, roundTo } from './numbers.js';

/** Chiều tốt: càng cao càng tốt, càng thấp càng tốt, trong khoảng. */
export type Direction = 'up' | 'down' | 'range';
export type Comparator = 'gte' | 'lte' | 'eq' | 'between';
/** Cấp áp dụng chỉ tiêu: mọi cấp, tỉnh, huyện, xã, cơ quan/đơn vị. */
export type TargetLevel = 'all' | 'province' | 'district' | 'commune' | 'agency';
export type UnitLevel = Exclude<TargetLevel, 'all'>;

export interface Target {
  level: TargetLevel;
  comparator: Comparator;
  value: number;
  /** Upper bound for 'between'; null elsewhere (and an open upper end if null for 'between'). */
  valueMax: number | null;
}

/** Figures this close are equal: roll-ups are cleaned to 10 decimals, targets are typed by people. */
const EPSILON = 1e-9;

const COMMUNE_KINDS = new Set(['commune', 'ward', 'township', 'special_zone']);

/** Which level's target applies to a unit: wards, townships and special zones take the commune target. */
export function levelOfUnitKind(kind: string): UnitLevel {
  if (kind === 'province' || kind === 'district') return kind;
  return COMMUNE_KINDS.has(kind) ? 'commune' : 'agency';
}

/** The level's own target, else the one for every level, else none. */
export function pickTarget(targets: readonly Target[], level: UnitLevel): Target | null {
  return targets.find((t) => t.level === level) ?? targets.find((t) => t.level === 'all') ?? null;
}

/** Does the figure meet the target? Null when there is no figure. */
export function meetsTarget(actual: number | null, target: Target): boolean | null {
  if (actual === null || !Number.isFinite(actual)) return null;
  switch (target.comparator) {
    case 'gte':
      return actual >= target.value - EPSILON;
    case 'lte':
      return actual <= target.value + EPSILON;
    case 'eq':
      return Math.abs(actual - target.value) <= EPSILON;
    case 'between': {
      const { low, high } = boundsOf(target);
      return actual >= low - EPSILON && actual <= high + EPSILON;
    }
  }
}

/**
 * Tỷ lệ đạt so với chỉ tiêu, 1 = exactly the target, rounded to 4 decimals; null when there is
 * no figure or the ratio means nothing. The rules:
 * - up: actual / target (the lower bound for 'between'); null unless the target is positive.
 * - down (lower is better): target / actual, so 2 % against "≤ 4 %" is 2 (twice as good).
 *   An actual of 0 is the best a unit can do and has no finite ratio: it reads as 1 (met) when
 *   the target is ≥ 0. Negative figures or targets have no meaningful ratio: null.
 * - range: 1 inside the target's bounds; below, actual / lower bound; above, upper bound / actual
 *   (null when that bound or the figure is not positive). The bounds come from the comparator:
 *   between → [value, valueMax], gte → [value, ∞), lte → (−∞, value], eq → [value, value].
 */
export function achievementRatio(direction: Direction, actual: number | null, target: Target): number | null {
  if (actual === null || !Number.isFinite(actual) || !Number.isFinite(target.value)) return null;
  return finite(rawRatio(direction, actual, target));
}

function rawRatio(direction: Direction, actual: number, target: Target): number | null {
  switch (direction) {
    case 'up':
      return target.value > 0 ? actual / target.value : null;
    case 'down':
      if (actual < 0 || target.value < 0) return null;
      return actual === 0 ? 1 : target.value / actual;
    case 'range': {
      const { low, high } = boundsOf(target);
      if (actual < low - EPSILON) return low > 0 ? actual / low : null;
      if (actual > high + EPSILON) return high > 0 && actual > 0 ? high / actual : null;
      return 1;
    }
  }
}

function boundsOf(target: Target): { low: number; high: number } {
  switch (target.comparator) {
    case 'gte':
      return { low: target.value, high: Infinity };
    case 'lte':
      return { low: -Infinity, high: target.value };
    case 'eq':
      return { low: target.value, high: target.value };
    case 'between': {
      // An open upper end, and bounds typed the wrong way round, are read generously.
      const max = target.valueMax ?? Infinity;
      return { low: Math.min(target.value, max), high: Math.max(target.value, max) };
    }
  }
}

function finite(ratio: number | null): number | null {
  if (ratio === null || !Number.isFinite(ratio)) return null;
  return roundTo(ratio, 4);
}

/** "≥ 80 %", "≤ 2 %", "= 1 xã", "từ 60 đến 80 %": the target as a report prints it. */
export function targetLabel(target: Target, unitOfMeasure: string): string {
  const unit = unitOfMeasure.trim();
  const withUnit = (s: string) => (unit ? `${s} ${unit}` : s);
  const n = (x: number) => formatNumberVi(x);
  switch (target.comparator) {
    case 'gte':
      return withUnit(`≥ ${n(target.value)}`);
    case 'lte':
      return withUnit(`≤ ${n(target.value)}`);
    case 'eq':
      return withUnit(`= ${n(target.value)}`);
    case 'between': {
      if (target.valueMax === null) return withUnit(`≥ ${n(target.value)}`);
      const { low, high } = boundsOf(target);
      return withUnit(`từ ${n(low)} đến ${n(high)}`);
    }
  }
}
