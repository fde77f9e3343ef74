/**
 * Bảng tổng hợp: every indicator at every unit of the tree (or of a Cụm/Khối thi đua), with the
 * target that applies there and whether it is met. A node's figure is computed from the
 * reporting units' own figures, never from its children's results: the average of a province
 * is the average over its communes, not the average of its districts' averages.
 */
import { type LineageLink, type PlacementUnit, ancestorsAt, lineageAt } from './placement.js';
import { type NumbersOnlyRule, type RollupInput, type RollupRule, rollupNumbers, rollupValues } from './rollup.js';
import { type Direction, type Target, type TargetLevel, achievementRatio, levelOfUnitKind, meetsTarget, pickTarget } from './targets.js';

export interface RollupIndicator {
  id: string;
  code: string;
  rule: RollupRule;
  /** For 'wavg': the indicator whose value (of the same unit) weighs the unit's figure. */
  denominatorIndicatorId: string | null;
  direction: Direction;
  targets: Target[];
}

export interface ReportedValue {
  reportUnitId: string;
  indicatorId: string;
  value: number | null;
  /** ISO instant the value was reported (report submitted or accepted). */
  at: string;
}

export interface RollupNode {
  id: string;
  /** Unit kind, as in the contract's UNIT_KINDS. */
  kind: string;
}

export interface RollupCell {
  value: number | null;
  count: number;
  target: Target | null;
  meets: boolean | null;
  ratio: number | null;
}

export interface ComputeRollupInput {
  /** The date the figures are placed at (the report period's end, usually). */
  asOf: string;
  indicators: readonly RollupIndicator[];
  values: readonly ReportedValue[];
  units: ReadonlyMap<string, PlacementUnit & { kind: string }>;
  lineage: readonly LineageLink[];
  /**
   * The nodes to compute: e.g. the root scope and every unit on the placement paths below it.
   * Omitted: every unit on some reporting unit's placement path. A listed node no figure
   * reaches gets empty cells.
   */
  nodes?: readonly string[];
}

export interface ComputedRollup {
  /** node id → indicator id → cell; every listed node has a cell for every indicator. */
  byNode: Map<string, Map<string, RollupCell>>;
  /** Report unit id → ancestor chain, root first (after lineage). */
  placements: Map<string, string[]>;
  /** Report units whose lineage splits: their figures went to one successor, someone should check. */
  splits: string[];
}

type ValuesByUnit = Map<string, Map<string, ReportedValue>>;

/** Places every reporting unit's figures in the tree at `asOf` and rolls them up at each node. */
export function computeRollup(input: ComputeRollupInput): ComputedRollup {
  const byUnit = latestPerUnit(input.values);
  const placements = new Map<string, string[]>();
  const splits: string[] = [];
  const membersOf = new Map<string, string[]>();
  const successorOf = lineageAt(input.lineage, input.asOf);
  for (const unitId of [...byUnit.keys()].sort()) {
    const effective = successorOf(unitId);
    if (effective.split) splits.push(unitId);
    const chain = ancestorsAt(effective.unitId, input.asOf, input.units);
    placements.set(unitId, chain);
    for (const node of chain) {
      const members = membersOf.get(node) ?? [];
      members.push(unitId);
      membersOf.set(node, members);
    }
  }

  const byNode = new Map<string, Map<string, RollupCell>>();
  for (const node of input.nodes ?? [...membersOf.keys()]) {
    const kind = input.units.get(node)?.kind;
    // A node the unit list does not know has no level: only a target for every level applies.
    const targetFor = (indicator: RollupIndicator) =>
      kind === undefined ? allLevelsTarget(indicator.targets) : pickTarget(indicator.targets, levelOfUnitKind(kind));
    byNode.set(node, cellsFor(membersOf.get(node) ?? [], input.indicators, byUnit, targetFor));
  }
  return { byNode, placements, splits };
}

/**
 * Across a Cụm/Khối thi đua: aggregate over the member units' own figures, by their unit id as
 * reported (a cluster is a list of units for the year, not a place in the tree, so no lineage).
 * The target is the one for every level unless `groupLevel` names one.
 */
export function rollupGroup(
  members: readonly string[],
  indicators: readonly RollupIndicator[],
  values: readonly ReportedValue[],
  groupLevel: TargetLevel = 'all',
): Map<string, RollupCell> {
  const memberSet = new Set(members);
  const byUnit = latestPerUnit(values.filter((v) => memberSet.has(v.reportUnitId)));
  const targetFor = (indicator: RollupIndicator) =>
    groupLevel === 'all' ? allLevelsTarget(indicator.targets) : pickTarget(indicator.targets, groupLevel);
  return cellsFor([...memberSet].sort(), indicators, byUnit, targetFor);
}

function cellsFor(
  members: readonly string[],
  indicators: readonly RollupIndicator[],
  byUnit: ValuesByUnit,
  targetFor: (indicator: RollupIndicator) => Target | null,
): Map<string, RollupCell> {
  const cells = new Map<string, RollupCell>();
  const memberValues = members.map((unitId) => byUnit.get(unitId));
  for (const indicator of indicators) {
    const { value, count } = isNumbersOnly(indicator.rule)
      ? rollupNumbers(indicator.rule, reportedNumbers(memberValues, indicator.id))
      : rollupValues(indicator.rule, reportedInputs(members, memberValues, indicator));
    const target = targetFor(indicator);
    cells.set(indicator.id, {
      value,
      count,
      target,
      meets: target ? meetsTarget(value, target) : null,
      ratio: target ? achievementRatio(indicator.direction, value, target) : null,
    });
  }
  return cells;
}

/** A weighted average with no denominator configured degrades to a plain average (every weight 1). */
// Rules that need only the figures (no unit, instant or weight): a country's root adds up
// thousands of them per indicator, so no object is made per figure.
const isNumbersOnly = (rule: RollupRule): rule is NumbersOnlyRule => rule === 'sum' || rule === 'avg' || rule === 'min' || rule === 'max';

function reportedNumbers(memberValues: readonly (Map<string, ReportedValue> | undefined)[], indicatorId: string): number[] {
  const numbers: number[] = [];
  for (const own of memberValues) {
    const value = own?.get(indicatorId)?.value;
    if (value !== undefined && value !== null) numbers.push(value);
  }
  return numbers;
}

function reportedInputs(members: readonly string[], memberValues: readonly (Map<string, ReportedValue> | undefined)[], indicator: RollupIndicator): RollupInput[] {
  const inputs: RollupInput[] = [];
  members.forEach((unitId, i) => {
    const reported = memberValues[i]?.get(indicator.id);
    if (reported !== undefined) inputs.push({ unitId, value: reported.value, weight: weightOf(indicator, memberValues[i]), at: reported.at });
  });
  return inputs;
}

function weightOf(indicator: RollupIndicator, unitValues: Map<string, ReportedValue> | undefined): number | null | undefined {
  if (indicator.rule !== 'wavg') return undefined;
  if (indicator.denominatorIndicatorId === null) return 1;
  return unitValues?.get(indicator.denominatorIndicatorId)?.value ?? null;
}

function allLevelsTarget(targets: readonly Target[]): Target | null {
  return targets.find((t) => t.level === 'all') ?? null;
}

/**
 * One figure per unit and indicator: the latest reported (a resubmitted report replaces the
 * first, it does not add to it). At the same instant a figure beats a blank, then the larger wins,
 * so the answer never depends on the order of the input.
 */
function latestPerUnit(values: readonly ReportedValue[]): ValuesByUnit {
  const byUnit: ValuesByUnit = new Map();
  for (const v of values) {
    const unitValues = byUnit.get(v.reportUnitId) ?? new Map<string, ReportedValue>();
    byUnit.set(v.reportUnitId, unitValues);
    const current = unitValues.get(v.indicatorId);
    if (current === undefined || isNewer(v, current)) unitValues.set(v.indicatorId, v);
  }
  return byUnit;
}

function isNewer(a: ReportedValue, b: ReportedValue): boolean {
  const byTime = instantOf(a.at) - instantOf(b.at);
  if (byTime !== 0) return byTime > 0;
  if (a.value === null || b.value === null) return b.value === null && a.value !== null;
  return a.value > b.value;
}

function instantOf(at: string): number {
  const t = Date.parse(at);
  return Number.isNaN(t) ? -Number.MAX_VALUE : t;
}
