/** Roll-up arithmetic (cách tổng hợp chỉ tiêu): how many units' figures become one. */
import { cleanFloat } from './numbers.js';

/** Tổng, trung bình, trung bình có trọng số, nhỏ nhất, lớn nhất, giá trị mới nhất, không tổng hợp. */
export type RollupRule = 'sum' | 'avg' | 'wavg' | 'min' | 'max' | 'last' | 'none';

export interface RollupInput {
  unitId: string;
  value: number | null;
  weight?: number | null;
  /** ISO instant the value was reported (report submitted or accepted). */
  at: string;
}

export interface RollupResult {
  value: number | null;
  /** Inputs taken into account: those with a usable value (and, for wavg, a usable weight); 0 for 'none'. */
  count: number;
}

const NOTHING: RollupResult = { value: null, count: 0 };

/**
 * One figure from many. Null values are skipped, not read as 0 (a unit that has not reported
 * must not drag an average down). Results are cleaned of binary noise (see `cleanFloat`) so
 * that 0.1 + 0.2 reads 0.3 on screens, in exports and in "meets the target" checks; a result
 * that would be NaN or ±Infinity is null instead.
 */
export function rollupValues(rule: RollupRule, inputs: readonly RollupInput[]): RollupResult {
  if (rule === 'none') return NOTHING;
  const usable = inputs.filter((i): i is RollupInput & { value: number } => i.value !== null && Number.isFinite(i.value));
  switch (rule) {
    case 'sum':
      return usable.length === 0 ? NOTHING : finish(preciseSum(usable.map((i) => i.value)), usable.length);
    case 'avg':
      return usable.length === 0 ? NOTHING : finish(preciseSum(usable.map((i) => i.value)) / usable.length, usable.length);
    case 'wavg':
      return weightedAverage(usable);
    case 'min':
      return usable.length === 0 ? NOTHING : finish(usable.reduce((m, i) => Math.min(m, i.value), Infinity), usable.length);
    case 'max':
      return usable.length === 0 ? NOTHING : finish(usable.reduce((m, i) => Math.max(m, i.value), -Infinity), usable.length);
    case 'last':
      return usable.length === 0 ? NOTHING : finish(latest(usable).value, usable.length);
  }
}

/** The rules that need only the figures, from the figures alone: the same results as rollupValues. */
export type NumbersOnlyRule = 'sum' | 'avg' | 'min' | 'max';

export function rollupNumbers(rule: NumbersOnlyRule, values: readonly number[]): RollupResult {
  const usable = values.filter(Number.isFinite);
  if (usable.length === 0) return NOTHING;
  switch (rule) {
    case 'sum':
      return finish(preciseSum(usable), usable.length);
    case 'avg':
      return finish(preciseSum(usable) / usable.length, usable.length);
    case 'min':
      return finish(usable.reduce((m, v) => Math.min(m, v), Infinity), usable.length);
    case 'max':
      return finish(usable.reduce((m, v) => Math.max(m, v), -Infinity), usable.length);
  }
}

/**
 * Σ(value·weight) / Σweight, e.g. "% hồ sơ trực tuyến" weighted by "tổng số hồ sơ tiếp nhận":
 * a commune with 10 dossiers must not weigh as much as one with 1 000. Only inputs with a
 * positive weight count; a zero weight says there was nothing to measure.
 */
function weightedAverage(usable: readonly (RollupInput & { value: number })[]): RollupResult {
  const weighted = usable.filter((i) => typeof i.weight === 'number' && Number.isFinite(i.weight) && i.weight > 0);
  if (weighted.length === 0) return NOTHING;
  const totalWeight = preciseSum(weighted.map((i) => i.weight as number));
  return finish(preciseSum(weighted.map((i) => i.value * (i.weight as number))) / totalWeight, weighted.length);
}

/** The latest report wins; at the same instant the smaller unit id, then the larger value, so input order never matters. */
function latest<T extends RollupInput & { value: number }>(inputs: readonly T[]): T {
  let best = inputs[0]!;
  for (const candidate of inputs.slice(1)) {
    const byTime = instantOf(candidate.at) - instantOf(best.at);
    if (byTime > 0) best = candidate;
    else if (byTime === 0) {
      if (candidate.unitId < best.unitId) best = candidate;
      else if (candidate.unitId === best.unitId && candidate.value > best.value) best = candidate;
    }
  }
  return best;
}

// Compared as instants, not text: "…T17:00:00Z" and "…T00:00:00+07:00" are the same moment.
// An unreadable instant counts as the oldest, so it never hides a real report.
function instantOf(at: string): number {
  const t = Date.parse(at);
  return Number.isNaN(t) ? -Number.MAX_VALUE : t;
}

/** Neumaier summation: hundreds of communes' percentages added naively drift in the last digits. */
function preciseSum(values: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const v of values) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}

function finish(value: number, count: number): RollupResult {
  const clean = cleanFloat(value);
  return Number.isFinite(clean) ? { value: clean, count } : NOTHING;
}
