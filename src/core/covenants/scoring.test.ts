import { describe, expect, it } from 'vitest';
import type { CriterionKind } from '../../contract/covenants.js';
import { type ScoredCriterion, scoreProblem, unitTotals } from './scoring.js';

function makeCriterion(code: string, kind: CriterionKind, maxPoints: number, parentCode: string | null = null, position = 0, name = `Nội dung ${code}`): ScoredCriterion {
  return { id: `id-${code}`, parentId: parentCode === null ? null : `id-${parentCode}`, code, name, kind, maxPoints, position };
}

// Table order is deliberately not the array order: group 2 is stored first but placed second.
const table: ScoredCriterion[] = [
  makeCriterion('2', 'group', 200, null, 20, 'Công tác xây dựng Đảng'),
  makeCriterion('2.1', 'criterion', 120, '2', 21),
  makeCriterion('2.2', 'criterion', 80, '2', 22),
  makeCriterion('2.3', 'bonus', 10, '2', 23),
  makeCriterion('1', 'group', 550, null, 10, 'Phát triển kinh tế - xã hội'),
  makeCriterion('1.1', 'criterion', 300, '1', 11),
  makeCriterion('1.2', 'group', 250, '1', 12),
  makeCriterion('1.2.1', 'criterion', 150, '1.2', 13),
  makeCriterion('1.2.2', 'criterion', 100, '1.2', 14),
  makeCriterion('1.3', 'penalty', 20, '1', 15),
  makeCriterion('4', 'criterion', 50, null, 40, 'Tham gia hội thi'),
  makeCriterion('T', 'bonus', 20, null, 50),
  makeCriterion('K', 'penalty', 30, null, 60),
];

const byCode = (code: string): ScoredCriterion => {
  const c = table.find((x) => x.code === code);
  if (!c) throw new Error(code);
  return c;
};
const scores = (entries: Record<string, number | null>) => new Map(Object.entries(entries).map(([code, v]) => [`id-${code}`, v]));

describe('scoreProblem: a score within 0 and the row maximum', () => {
  it('accepts 0 and exactly the maximum', () => {
    expect(scoreProblem(byCode('2.1'), 0)).toBeNull();
    expect(scoreProblem(byCode('2.1'), 120)).toBeNull();
    expect(scoreProblem(byCode('K'), 30)).toBeNull();
  });

  it('refuses one hundredth over the maximum', () => {
    expect(scoreProblem(byCode('2.1'), 120.01)).toBe('Tiêu chí 2.1: điểm 120,01 vượt mức tối đa 120');
  });

  it('accepts a sum that is the maximum up to binary noise', () => {
    const c = makeCriterion('9', 'criterion', 0.3);
    expect(scoreProblem(c, 0.1 + 0.2)).toBeNull();
  });

  it('names the code and the bound', () => {
    expect(scoreProblem(makeCriterion('1.2', 'criterion', 40), 45)).toBe('Tiêu chí 1.2: điểm 45 vượt mức tối đa 40');
    expect(scoreProblem(byCode('T'), 25)).toBe('Tiêu chí T: điểm thưởng 25 vượt mức tối đa 20');
  });

  it('speaks of mức trừ tối đa for a penalty', () => {
    expect(scoreProblem(byCode('K'), 30.5)).toBe('Tiêu chí K: điểm trừ 30,5 vượt mức trừ tối đa 30');
  });

  it('refuses a negative score', () => {
    expect(scoreProblem(byCode('2.1'), -0.01)).toBe('Tiêu chí 2.1: điểm không được âm');
    expect(scoreProblem(byCode('K'), -5)).toBe('Tiêu chí K: điểm trừ ghi bằng số điểm bị trừ, không được âm');
  });

  it('refuses any score on a group, even one within its maximum', () => {
    expect(scoreProblem(byCode('1'), 10)).toBe('Tiêu chí 1: là nhóm nội dung, không chấm điểm trực tiếp');
  });
});

describe('unitTotals', () => {
  const full = scores({
    '1.1': 280.5,
    '1.2.1': 150,
    '1.2.2': 90.25,
    '1.3': 5,
    '2.1': 110,
    '2.2': 79.75,
    '2.3': 10,
    '4': 45,
    T: 15,
    K: 10,
  });

  it('adds criteria and bonus and takes away penalties', () => {
    expect(unitTotals(table, full)).toMatchObject({ criteria: 755.5, bonus: 25, penalty: 15, total: 765.5 });
  });

  it('gives each top-level group, in table order, the points of its criteria at any depth', () => {
    // Group 1: 280.5 + 150 + 90.25 (nested 1.2); its penalty 1.3 is not a group point.
    // Group 2: 110 + 79.75; its bonus 2.3 is not a group point. Criterion 4 belongs to no group.
    expect(unitTotals(table, full).groupTotals).toEqual([
      { code: '1', name: 'Phát triển kinh tế - xã hội', points: 520.75 },
      { code: '2', name: 'Công tác xây dựng Đảng', points: 189.75 },
    ]);
  });

  it('counts missing and null scores as 0', () => {
    const t = unitTotals(table, scores({ '1.1': 100, '2.1': null, K: 2.5 }));
    expect(t).toEqual({
      total: 97.5,
      criteria: 100,
      bonus: 0,
      penalty: 2.5,
      groupTotals: [
        { code: '1', name: 'Phát triển kinh tế - xã hội', points: 100 },
        { code: '2', name: 'Công tác xây dựng Đảng', points: 0 },
      ],
    });
  });

  it('ignores a score stored against a group row', () => {
    expect(unitTotals(table, scores({ '1': 500, '1.1': 1 })).total).toBe(1);
  });

  it('sums in hundredths: ten scores of 0.1 make exactly 1', () => {
    const many = Array.from({ length: 10 }, (_, i) => makeCriterion(`X.${i}`, 'criterion', 1, 'X', i + 1));
    const rows = [makeCriterion('X', 'group', 10), ...many];
    const t = unitTotals(rows, new Map(many.map((c) => [c.id, 0.1])));
    expect(t.total).toBe(1);
    expect(t.groupTotals).toEqual([{ code: 'X', name: 'Nội dung X', points: 1 }]);
  });
});
