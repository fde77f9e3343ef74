import { describe, expect, it } from 'vitest';
import { type ReportedValue, type RollupCell, type RollupIndicator, computeRollup, rollupGroup } from './compute-rollup.js';
import type { LineageLink, PlacementUnit } from './placement.js';
import type { RollupRule } from './rollup.js';
import type { Target } from './targets.js';

type TreeUnit = PlacementUnit & { kind: string };

function makeUnit(id: string, kind: string, parentId: string | null, over: Partial<TreeUnit> = {}): TreeUnit {
  return { id, kind, parentLinks: [], currentParentId: parentId, closedOn: null, ...over };
}

function makeIndicator(id: string, over: Partial<RollupIndicator> = {}): RollupIndicator {
  return { id, code: id.toUpperCase(), rule: 'sum', denominatorIndicatorId: null, direction: 'up', targets: [], ...over };
}

function target(level: Target['level'], comparator: Target['comparator'], value: number, valueMax: number | null = null): Target {
  return { level, comparator, value, valueMax };
}

const AT = '2024-11-05T03:00:00Z';
function reported(reportUnitId: string, indicatorId: string, value: number | null, at = AT): ReportedValue {
  return { reportUnitId, indicatorId, value, at };
}

function unitsOf(...units: TreeUnit[]): Map<string, TreeUnit> {
  return new Map(units.map((u) => [u.id, u]));
}

// P (tỉnh) → D1 (huyện) → C11, C12 (xã, phường); P → D2 (huyện) → C21 (thị trấn).
const tree = unitsOf(
  makeUnit('P', 'province', null),
  makeUnit('D1', 'district', 'P'),
  makeUnit('D2', 'district', 'P'),
  makeUnit('C11', 'commune', 'D1'),
  makeUnit('C12', 'ward', 'D1'),
  makeUnit('C21', 'township', 'D2'),
);

function valueAt(result: ReturnType<typeof computeRollup>, node: string, indicatorId = 'x'): number | null | undefined {
  return result.byNode.get(node)?.get(indicatorId)?.value;
}

function cellAt(result: ReturnType<typeof computeRollup>, node: string, indicatorId = 'x'): RollupCell {
  const cell = result.byNode.get(node)?.get(indicatorId);
  if (!cell) throw new Error(`no cell for ${node}/${indicatorId}`);
  return cell;
}

function run(rule: RollupRule, values: ReportedValue[], over: Partial<RollupIndicator> = {}) {
  return computeRollup({ asOf: '2024-11-15', indicators: [makeIndicator('x', { rule, ...over })], values, units: tree, lineage: [] });
}

describe('computeRollup on a three-level tree', () => {
  const values = [
    reported('C11', 'x', 10, '2024-11-03T00:00:00Z'),
    reported('C12', 'x', 20, '2024-11-04T00:00:00Z'),
    reported('C21', 'x', 60, '2024-11-02T00:00:00Z'),
  ];

  it.each<[RollupRule, Record<string, number | null>]>([
    ['sum', { P: 90, D1: 30, D2: 60, C11: 10, C12: 20, C21: 60 }],
    // 30 over the three communes, not (15 + 60) / 2 = 37,5 from the districts' averages.
    ['avg', { P: 30, D1: 15, D2: 60, C11: 10 }],
    ['min', { P: 10, D1: 10, D2: 60 }],
    ['max', { P: 60, D1: 20, D2: 60 }],
    ['last', { P: 20, D1: 20, D2: 60, C21: 60 }],
    ['none', { P: null, D1: null, C11: null }],
  ])('%s', (rule, expected) => {
    const result = run(rule, values);
    for (const [node, value] of Object.entries(expected)) expect(valueAt(result, node)).toBe(value);
  });

  it('counts the reporting units that contributed', () => {
    const result = run('sum', [...values, reported('C11', 'y', 1)]);
    expect(cellAt(result, 'P').count).toBe(3);
    expect(cellAt(result, 'D1').count).toBe(2);
    expect(cellAt(result, 'C11').count).toBe(1);
  });

  it('gives a reporting unit its own figure at its own node, and lists its placement', () => {
    const result = run('sum', values);
    expect(valueAt(result, 'C12')).toBe(20);
    expect(result.placements.get('C12')).toEqual(['P', 'D1', 'C12']);
    expect(result.placements.get('C21')).toEqual(['P', 'D2', 'C21']);
    expect(result.splits).toEqual([]);
  });

  it('adds a higher unit’s own figures to those of the units below it', () => {
    const result = run('sum', [...values, reported('D1', 'x', 5)]);
    expect(valueAt(result, 'D1')).toBe(35);
    expect(valueAt(result, 'P')).toBe(95);
  });

  it('weights wavg by the same unit’s denominator figure, not by results below', () => {
    const online = makeIndicator('online', { rule: 'wavg', denominatorIndicatorId: 'total' });
    const total = makeIndicator('total', { rule: 'sum' });
    const result = computeRollup({
      asOf: '2024-11-15',
      indicators: [online, total],
      units: tree,
      lineage: [],
      values: [
        reported('C11', 'online', 90),
        reported('C11', 'total', 1000),
        reported('C12', 'online', 10),
        reported('C12', 'total', 10),
        reported('C21', 'online', 50),
        reported('C21', 'total', 90),
      ],
    });
    // (90·1000 + 10·10 + 50·90) / 1100 = 86; the districts' results would give (89,21·1010 + 50·90) / 1100.
    expect(cellAt(result, 'P', 'online')).toMatchObject({ value: 86, count: 3 });
    expect(valueAt(result, 'D1', 'online')).toBe(89.2079207921);
    expect(valueAt(result, 'P', 'total')).toBe(1100);
  });

  it('leaves out a unit without a denominator figure from wavg', () => {
    const online = makeIndicator('online', { rule: 'wavg', denominatorIndicatorId: 'total' });
    const result = computeRollup({
      asOf: '2024-11-15',
      indicators: [online, makeIndicator('total')],
      units: tree,
      lineage: [],
      values: [reported('C11', 'online', 90), reported('C11', 'total', 100), reported('C12', 'online', 10), reported('C12', 'total', null)],
    });
    expect(cellAt(result, 'D1', 'online')).toMatchObject({ value: 90, count: 1 });
  });

  it('reads wavg without a denominator indicator as a plain average', () => {
    const result = run('wavg', values);
    expect(cellAt(result, 'P')).toMatchObject({ value: 30, count: 3 });
  });

  it('takes a unit’s latest figure when it reported twice, in any input order', () => {
    const twice = [reported('C11', 'x', 10, '2024-11-03T00:00:00Z'), reported('C11', 'x', 12, '2024-11-04T00:00:00Z')];
    expect(valueAt(run('sum', twice), 'P')).toBe(12);
    expect(valueAt(run('sum', [...twice].reverse()), 'P')).toBe(12);
    const sameInstant = [reported('C11', 'x', null), reported('C11', 'x', 7), reported('C11', 'x', 3)];
    expect(valueAt(run('sum', sameInstant), 'P')).toBe(7);
    expect(valueAt(run('sum', [...sameInstant].reverse()), 'P')).toBe(7);
  });

  it('lets a later blank replace an earlier figure', () => {
    const cleared = [reported('C11', 'x', 10, '2024-11-03T00:00:00Z'), reported('C11', 'x', null, '2024-11-04T00:00:00Z')];
    expect(cellAt(run('sum', cleared), 'P')).toMatchObject({ value: null, count: 0 });
  });

  it('computes only the nodes asked for, with empty cells where no figure reaches', () => {
    const result = computeRollup({
      asOf: '2024-11-15',
      indicators: [makeIndicator('x')],
      values: [reported('C11', 'x', 10)],
      units: tree,
      lineage: [],
      nodes: ['P', 'D2'],
    });
    expect([...result.byNode.keys()]).toEqual(['P', 'D2']);
    expect(valueAt(result, 'P')).toBe(10);
    expect(cellAt(result, 'D2')).toEqual({ value: null, count: 0, target: null, meets: null, ratio: null });
  });

  it('computes nothing from nothing', () => {
    const result = computeRollup({ asOf: '2024-11-15', indicators: [makeIndicator('x')], values: [], units: tree, lineage: [] });
    expect(result.byNode.size).toBe(0);
    expect(result.placements.size).toBe(0);
  });
});

describe('targets in the roll-up', () => {
  // The seed's "ít nhất 80% hồ sơ công việc cấp huyện, 60% hồ sơ công việc cấp xã".
  const online = makeIndicator('online', {
    rule: 'avg',
    targets: [target('district', 'gte', 80), target('commune', 'gte', 60)],
  });

  it('picks the target by the node’s level: district ≥ 80 %, commune (also ward, township) ≥ 60 %', () => {
    const result = computeRollup({
      asOf: '2024-11-15',
      indicators: [online],
      units: tree,
      lineage: [],
      values: [reported('C11', 'online', 65), reported('C12', 'online', 85), reported('C21', 'online', 55)],
    });
    expect(cellAt(result, 'D1', 'online')).toEqual({ value: 75, count: 2, target: online.targets[0], meets: false, ratio: 0.9375 });
    expect(cellAt(result, 'C11', 'online')).toEqual({ value: 65, count: 1, target: online.targets[1], meets: true, ratio: 1.0833 });
    expect(cellAt(result, 'C12', 'online')).toMatchObject({ target: online.targets[1], meets: true });
    expect(cellAt(result, 'C21', 'online')).toMatchObject({ value: 55, meets: false, ratio: 0.9167 });
    expect(cellAt(result, 'D2', 'online')).toMatchObject({ value: 55, meets: false, ratio: 0.6875 });
    // No province target and none for every level.
    expect(cellAt(result, 'P', 'online')).toMatchObject({ value: 68.3333333333, target: null, meets: null, ratio: null });
  });

  it('falls back to the target for every level', () => {
    const withAll = makeIndicator('online', { rule: 'avg', targets: [...online.targets, target('all', 'gte', 70)] });
    const result = computeRollup({ asOf: '2024-11-15', indicators: [withAll], units: tree, lineage: [], values: [reported('C11', 'online', 65)] });
    expect(cellAt(result, 'P', 'online')).toMatchObject({ target: withAll.targets[2], meets: false, ratio: 0.9286 });
  });

  it('judges a lower-is-better indicator (poverty rate) the other way round', () => {
    const poverty = makeIndicator('poverty', { rule: 'avg', direction: 'down', targets: [target('all', 'lte', 4)] });
    const result = computeRollup({
      asOf: '2024-11-15',
      indicators: [poverty],
      units: tree,
      lineage: [],
      values: [reported('C11', 'poverty', 3), reported('C12', 'poverty', 2), reported('C21', 'poverty', 8)],
    });
    expect(cellAt(result, 'D1', 'poverty')).toMatchObject({ value: 2.5, meets: true, ratio: 1.6 });
    expect(cellAt(result, 'D2', 'poverty')).toMatchObject({ value: 8, meets: false, ratio: 0.5 });
    expect(cellAt(result, 'P', 'poverty')).toMatchObject({ value: 4.3333333333, meets: false, ratio: 0.9231 });
  });

  it('applies only a target for every level at a node the unit list does not know', () => {
    const result = computeRollup({
      asOf: '2024-11-15',
      indicators: [makeIndicator('x', { targets: [target('commune', 'gte', 1), target('all', 'gte', 5)] })],
      units: tree,
      lineage: [],
      values: [reported('stray', 'x', 3)],
    });
    expect(result.placements.get('stray')).toEqual(['stray']);
    expect(cellAt(result, 'stray')).toMatchObject({ value: 3, target: { level: 'all' }, meets: false });
  });
});

describe('the July 2025 merger', () => {
  // Communes A and B under district D under province P merge on 01/07/2025 into N, directly under P.
  const units = unitsOf(
    makeUnit('P', 'province', null),
    makeUnit('D', 'district', 'P', { closedOn: '2025-07-01' }),
    makeUnit('A', 'commune', 'D', { closedOn: '2025-07-01' }),
    makeUnit('B', 'commune', 'D', { closedOn: '2025-07-01' }),
    makeUnit('N', 'commune', 'P', { parentLinks: [{ parentId: 'P', validFrom: '2025-07-01', validTo: null }] }),
  );
  const lineage: LineageLink[] = [
    { predecessorId: 'A', successorId: 'N', effectiveOn: '2025-07-01' },
    { predecessorId: 'B', successorId: 'N', effectiveOn: '2025-07-01' },
  ];
  const values = [reported('A', 'x', 10), reported('B', 'x', 15)];
  const rollupAt = (asOf: string) => computeRollup({ asOf, indicators: [makeIndicator('x')], values, units, lineage });

  it('counts A and B under D and P before the merger', () => {
    const result = rollupAt('2024-11-15');
    expect(result.placements.get('A')).toEqual(['P', 'D', 'A']);
    expect(valueAt(result, 'D')).toBe(25);
    expect(valueAt(result, 'P')).toBe(25);
    expect(valueAt(result, 'A')).toBe(10);
    expect(result.byNode.has('N')).toBe(false);
  });

  it.each(['2025-07-01', '2025-12-31'])('counts them under N and P from the merger on (asOf %s); D gets nothing', (asOf) => {
    const result = rollupAt(asOf);
    expect(result.placements.get('A')).toEqual(['P', 'N']);
    expect(result.placements.get('B')).toEqual(['P', 'N']);
    expect(cellAt(result, 'N')).toMatchObject({ value: 25, count: 2 });
    expect(valueAt(result, 'P')).toBe(25);
    expect(result.byNode.has('D')).toBe(false);
    expect(result.byNode.has('A')).toBe(false);
  });

  it('gives D empty cells when asked for it after the merger', () => {
    const result = computeRollup({ asOf: '2025-07-01', indicators: [makeIndicator('x')], values, units, lineage, nodes: ['P', 'D', 'N'] });
    expect(cellAt(result, 'D')).toMatchObject({ value: null, count: 0 });
    expect(valueAt(result, 'N')).toBe(25);
  });

  it('adds N’s own figures to its predecessors’', () => {
    const result = computeRollup({ asOf: '2025-08-01', indicators: [makeIndicator('x')], values: [...values, reported('N', 'x', 5)], units, lineage });
    expect(cellAt(result, 'N')).toMatchObject({ value: 30, count: 3 });
  });

  it('reports a unit whose lineage splits', () => {
    const splitLineage: LineageLink[] = [
      ...lineage,
      { predecessorId: 'A', successorId: 'M', effectiveOn: '2025-07-01' },
    ];
    const withM = new Map(units).set('M', makeUnit('M', 'commune', 'P'));
    const result = computeRollup({ asOf: '2025-07-01', indicators: [makeIndicator('x')], values, units: withM, lineage: splitLineage });
    expect(result.splits).toEqual(['A']);
    expect(result.placements.get('A')).toEqual(['P', 'M']); // 'M' < 'N'
  });
});

describe('rollupGroup (Cụm/Khối thi đua)', () => {
  const indicator = makeIndicator('x', { rule: 'avg', targets: [target('commune', 'gte', 50), target('all', 'gte', 40)] });
  const values = [reported('C11', 'x', 30), reported('C12', 'x', 50), reported('C21', 'x', 90), reported('outsider', 'x', 1000)];

  it('aggregates the members’ own figures only', () => {
    expect(rollupGroup(['C11', 'C12', 'C21'], [indicator], values).get('x')).toEqual({
      value: 56.6666666667,
      count: 3,
      target: indicator.targets[1],
      meets: true,
      ratio: 1.4167,
    });
  });

  it('uses a level’s target when given one', () => {
    expect(rollupGroup(['C11', 'C12'], [indicator], values, 'commune').get('x')).toMatchObject({ value: 40, meets: false, ratio: 0.8 });
    expect(rollupGroup(['C11', 'C12'], [indicator], values, 'province').get('x')?.target).toBe(indicator.targets[1]);
  });

  it('does not follow lineage or placement, and counts a member listed twice once', () => {
    expect(rollupGroup(['C11', 'C11'], [makeIndicator('x')], values).get('x')).toMatchObject({ value: 30, count: 1 });
  });

  it('gives empty cells for a group without figures', () => {
    expect(rollupGroup([], [indicator], values).get('x')).toEqual({ value: null, count: 0, target: indicator.targets[1], meets: null, ratio: null });
  });
});
