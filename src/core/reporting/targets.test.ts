import { describe, expect, it } from 'vitest';
import { UNIT_KINDS } from '../../contract/units.js';
import {
  type Comparator,
  type Direction,
  type Target,
  type TargetLevel,
  achievementRatio,
  levelOfUnitKind,
  meetsTarget,
  pickTarget,
  targetLabel,
} from './targets.js';

function target(comparator: Comparator, value: number, over: Partial<Target> = {}): Target {
  return { level: 'all', comparator, value, valueMax: null, ...over };
}

describe('levelOfUnitKind', () => {
  it.each([
    ['province', 'province'],
    ['district', 'district'],
    ['commune', 'commune'],
    ['ward', 'commune'],
    ['township', 'commune'],
    ['special_zone', 'commune'],
    ['agency', 'agency'],
    ['department', 'agency'],
    ['office', 'agency'],
    ['school', 'agency'],
    ['health', 'agency'],
    ['mass_org', 'agency'],
    ['enterprise', 'agency'],
    ['village', 'agency'],
    ['other', 'agency'],
    ['something-new', 'agency'],
  ])('%s → %s', (kind, level) => {
    expect(levelOfUnitKind(kind)).toBe(level);
  });

  it('covers every unit kind of the contract', () => {
    for (const kind of UNIT_KINDS) expect(['province', 'district', 'commune', 'agency']).toContain(levelOfUnitKind(kind));
  });
});

describe('pickTarget', () => {
  const district = target('gte', 80, { level: 'district' });
  const commune = target('gte', 60, { level: 'commune' });
  const all = target('gte', 50, { level: 'all' });

  it('prefers the level’s own target, then the one for every level', () => {
    expect(pickTarget([all, district, commune], 'district')).toBe(district);
    expect(pickTarget([all, district, commune], 'commune')).toBe(commune);
    expect(pickTarget([all, district, commune], 'province')).toBe(all);
    expect(pickTarget([district, commune], 'agency')).toBeNull();
    expect(pickTarget([], 'commune')).toBeNull();
  });

  it('takes the first when a level has two', () => {
    const other = target('gte', 90, { level: 'district' });
    expect(pickTarget([district, other], 'district')).toBe(district);
  });
});

describe('meetsTarget', () => {
  it.each<[Comparator, number, number | null, number | null, boolean | null]>([
    ['gte', 80, null, 80, true],
    ['gte', 80, null, 79.99, false],
    ['gte', 80, null, 80.0000000001, true],
    ['gte', 80, null, 79.99999999999, true], // float noise, not a miss
    ['gte', 80, null, null, null],
    ['lte', 2, null, 2, true],
    ['lte', 2, null, 2.01, false],
    ['lte', 2, null, 0, true],
    ['eq', 1, null, 1, true],
    ['eq', 0.3, null, 0.1 + 0.2, true],
    ['eq', 1, null, 1.000001, false],
    ['between', 60, 80, 60, true],
    ['between', 60, 80, 80, true],
    ['between', 60, 80, 70, true],
    ['between', 60, 80, 59.9, false],
    ['between', 60, 80, 80.1, false],
    ['between', 80, 60, 70, true], // bounds typed the wrong way round
    ['between', 60, null, 1000, true], // open upper end
    ['between', 60, null, 59, false],
  ])('%s %d..%s with %s → %s', (comparator, value, valueMax, actual, expected) => {
    expect(meetsTarget(actual, target(comparator, value, { valueMax }))).toBe(expected);
  });

  it('has no answer for a figure that is not a number', () => {
    expect(meetsTarget(Number.NaN, target('gte', 0))).toBeNull();
  });
});

describe('achievementRatio', () => {
  it.each<[string, Direction, Target, number | null, number | null]>([
    ['up: actual / target', 'up', target('gte', 80), 60, 0.75],
    ['up: beyond the target', 'up', target('gte', 80), 100, 1.25],
    ['up: rounded to 4 decimals', 'up', target('gte', 3), 1, 0.3333],
    ['up: zero achieved', 'up', target('gte', 80), 0, 0],
    ['up: target 0 has no ratio', 'up', target('gte', 0), 5, null],
    ['up: negative target has no ratio', 'up', target('gte', -5), 5, null],
    ['up: negative growth against a positive target', 'up', target('gte', 5), -2, -0.4],
    ['up: between uses the lower bound', 'up', target('between', 60, { valueMax: 80 }), 90, 1.5],
    ['down: target / actual', 'down', target('lte', 4), 2, 2],
    ['down: worse than the target', 'down', target('lte', 2), 4, 0.5],
    ['down: exactly met', 'down', target('lte', 2.5), 2.5, 1],
    ['down: 0 is the best possible, read as met', 'down', target('lte', 4), 0, 1],
    ['down: 0 against a 0 target', 'down', target('lte', 0), 0, 1],
    ['down: any figure against a 0 target', 'down', target('lte', 0), 3, 0],
    ['down: negative actual', 'down', target('lte', 4), -1, null],
    ['down: negative target', 'down', target('lte', -1), 1, null],
    ['range: inside', 'range', target('between', 60, { valueMax: 80 }), 70, 1],
    ['range: on a bound', 'range', target('between', 60, { valueMax: 80 }), 80, 1],
    ['range: below', 'range', target('between', 60, { valueMax: 80 }), 45, 0.75],
    ['range: above', 'range', target('between', 60, { valueMax: 80 }), 100, 0.8],
    ['range: open upper end', 'range', target('between', 60), 1000, 1],
    ['range: below a lower bound of 0', 'range', target('between', 0, { valueMax: 10 }), -1, null],
    ['range: above an upper bound of 0', 'range', target('between', -10, { valueMax: 0 }), 5, null],
    ['range: eq is a one-point range', 'range', target('eq', 10), 12, 0.8333],
    ['range: gte has no upper bound', 'range', target('gte', 10), 50, 1],
    ['range: lte has no lower bound', 'range', target('lte', 10), -50, 1],
    ['no figure', 'up', target('gte', 80), null, null],
  ])('%s', (_label, direction, t, actual, expected) => {
    expect(achievementRatio(direction, actual, t)).toBe(expected);
  });

  it('never answers NaN or Infinity', () => {
    const directions: Direction[] = ['up', 'down', 'range'];
    const comparators: Comparator[] = ['gte', 'lte', 'eq', 'between'];
    const figures = [0, -0, 1, -1, 1e-300, 1e300, Number.MAX_VALUE, Number.NaN, Infinity, -Infinity];
    for (const direction of directions) {
      for (const comparator of comparators) {
        for (const value of figures) {
          for (const actual of figures) {
            const r = achievementRatio(direction, actual, target(comparator, value, { valueMax: comparator === 'between' ? value * 2 : null }));
            if (r !== null) expect(Number.isFinite(r)).toBe(true);
          }
        }
      }
    }
  });
});

describe('targetLabel', () => {
  it.each<[Comparator, number, number | null, string, string]>([
    ['gte', 80, null, '%', '≥ 80 %'],
    ['lte', 2, null, '%', '≤ 2 %'],
    ['eq', 1, null, 'xã', '= 1 xã'],
    ['between', 60, 80, '%', 'từ 60 đến 80 %'],
    ['between', 80, 60, '%', 'từ 60 đến 80 %'],
    ['between', 60, null, '%', '≥ 60 %'],
    ['gte', 2.5, null, '%', '≥ 2,5 %'],
    ['gte', 1234, null, 'người', '≥ 1.234 người'],
    ['gte', 43.456, null, 'triệu đồng/người', '≥ 43,46 triệu đồng/người'],
    ['gte', 4, null, '', '≥ 4'],
    ['gte', 4, null, '  ha ', '≥ 4 ha'],
  ])('%s %d..%s %s → %s', (comparator, value, valueMax, unit, label) => {
    expect(targetLabel(target(comparator, value, { valueMax }), unit)).toBe(label);
  });

  it('does not depend on the level', () => {
    const levels: TargetLevel[] = ['all', 'province', 'district', 'commune', 'agency'];
    for (const level of levels) expect(targetLabel(target('gte', 80, { level }), '%')).toBe('≥ 80 %');
  });
});
