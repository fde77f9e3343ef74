import { describe, expect, it } from 'vitest';
import { type RankingUnitInput, TIE_BREAKERS, rankUnits } from './ranking.js';
import type { ScoredCriterion } from './scoring.js';

const row = (code: string, kind: ScoredCriterion['kind'], maxPoints: number, parent: string | null, position: number, name = `Nội dung ${code}`): ScoredCriterion => ({
  id: `id-${code}`,
  parentId: parent === null ? null : `id-${parent}`,
  code,
  name,
  kind,
  maxPoints,
  position,
});

const criteria: ScoredCriterion[] = [
  row('1', 'group', 550, null, 0, 'Phát triển kinh tế - xã hội'),
  row('1.1', 'criterion', 550, '1', 1),
  row('2', 'group', 200, null, 2, 'Công tác xây dựng Đảng'),
  row('2.1', 'criterion', 200, '2', 3),
  row('3', 'group', 200, null, 4, 'Công tác thi đua, khen thưởng'),
  row('3.1', 'criterion', 200, '3', 5),
  row('T', 'bonus', 20, null, 6),
  row('K', 'penalty', 30, null, 7),
];

/** Scores by criterion code; the unit id is derived from the name. */
function makeUnit(unitName: string, s: { g1?: number; g2?: number; g3?: number; bonus?: number; penalty?: number }): RankingUnitInput {
  const scores = new Map<string, number | null>([
    ['id-1.1', s.g1 ?? null],
    ['id-2.1', s.g2 ?? null],
    ['id-3.1', s.g3 ?? null],
    ['id-T', s.bonus ?? null],
    ['id-K', s.penalty ?? null],
  ]);
  return { unitId: `unit-${unitName}`, unitName, scores };
}

const summary = (units: RankingUnitInput[]) => rankUnits(criteria, units).map((r) => [r.rank, r.unitName, r.total, r.decidedBy]);

describe('TIE_BREAKERS', () => {
  it('states the order: total, groups in table order, fewer penalties, then a shared rank', () => {
    expect(TIE_BREAKERS).toHaveLength(4);
    expect(TIE_BREAKERS[0]).toMatch(/^Tổng điểm cao hơn/);
    expect(TIE_BREAKERS[1]).toMatch(/từng nhóm nội dung theo thứ tự trong bảng tiêu chí, nhóm trước xét trước/);
    expect(TIE_BREAKERS[2]).toMatch(/ít điểm trừ hơn/);
    expect(TIE_BREAKERS[3]).toMatch(/đồng hạng/);
  });
});

describe('rankUnits', () => {
  it('orders by total and fills each row', () => {
    const ranked = rankUnits(criteria, [
      makeUnit('Xã Ia Grai', { g1: 500, g2: 180, g3: 190, bonus: 5, penalty: 10 }),
      makeUnit('Phường Hội Thương', { g1: 520, g2: 190, g3: 195 }),
    ]);
    expect(ranked).toEqual([
      {
        rank: 1,
        unitId: 'unit-Phường Hội Thương',
        unitName: 'Phường Hội Thương',
        total: 905,
        groupTotals: [
          { code: '1', name: 'Phát triển kinh tế - xã hội', points: 520 },
          { code: '2', name: 'Công tác xây dựng Đảng', points: 190 },
          { code: '3', name: 'Công tác thi đua, khen thưởng', points: 195 },
        ],
        bonus: 0,
        penalty: 0,
        decidedBy: null,
      },
      {
        rank: 2,
        unitId: 'unit-Xã Ia Grai',
        unitName: 'Xã Ia Grai',
        total: 865,
        groupTotals: [
          { code: '1', name: 'Phát triển kinh tế - xã hội', points: 500 },
          { code: '2', name: 'Công tác xây dựng Đảng', points: 180 },
          { code: '3', name: 'Công tác thi đua, khen thưởng', points: 190 },
        ],
        bonus: 5,
        penalty: 10,
        decidedBy: null,
      },
    ]);
  });

  it('breaks a tie on total by group 1', () => {
    // Both 900: An Phú has less in group 1, so it goes below despite its name sorting first.
    expect(summary([makeUnit('Xã An Phú', { g1: 500, g2: 200, g3: 200 }), makeUnit('Xã Biển Hồ', { g1: 510, g2: 190, g3: 200 })])).toEqual([
      [1, 'Xã Biển Hồ', 900, null],
      [2, 'Xã An Phú', 900, 'Bằng tổng điểm; xếp sau do điểm nhóm 1 (“Phát triển kinh tế - xã hội”) thấp hơn'],
    ]);
  });

  it('breaks a tie on total and group 1 by group 2', () => {
    expect(summary([makeUnit('Xã An Phú', { g1: 500, g2: 190, g3: 200 }), makeUnit('Xã Biển Hồ', { g1: 500, g2: 195, g3: 195 })])).toEqual([
      [1, 'Xã Biển Hồ', 890, null],
      [2, 'Xã An Phú', 890, 'Bằng tổng điểm; xếp sau do điểm nhóm 2 (“Công tác xây dựng Đảng”) thấp hơn'],
    ]);
  });

  it('breaks a tie on total and every group by fewer penalty points', () => {
    // An Phú: 900 + 10 bonus − 10 penalty; Biển Hồ: 900 + 5 − 5. Same total and groups.
    expect(
      summary([makeUnit('Xã An Phú', { g1: 500, g2: 200, g3: 200, bonus: 10, penalty: 10 }), makeUnit('Xã Biển Hồ', { g1: 500, g2: 200, g3: 200, bonus: 5, penalty: 5 })]),
    ).toEqual([
      [1, 'Xã Biển Hồ', 900, null],
      [2, 'Xã An Phú', 900, 'Bằng tổng điểm và điểm các nhóm; xếp sau do nhiều điểm trừ hơn'],
    ]);
  });

  it('gives a true tie one rank and skips the next (1, 2, 2, 4), listing the tied units by Vietnamese name', () => {
    const tiedScores = { g1: 480, g2: 180, g3: 180, bonus: 3, penalty: 1.5 };
    expect(
      summary([
        makeUnit('Xã Đak Đoa', { g1: 400, g2: 150, g3: 150 }),
        makeUnit('Xã Đắk Pơ', tiedScores),
        makeUnit('Xã Chư Păh', { g1: 500, g2: 190, g3: 190 }),
        makeUnit('Xã Đăk Pơ', tiedScores),
      ]),
    ).toEqual([
      [1, 'Xã Chư Păh', 880, null],
      // Vietnamese order puts Ă before Â and both after A: "Đăk" before "Đắk" (tone), both after "Đak".
      [2, 'Xã Đăk Pơ', 841.5, null],
      [2, 'Xã Đắk Pơ', 841.5, 'Đồng hạng: bằng tổng điểm, điểm các nhóm và điểm trừ'],
      [4, 'Xã Đak Đoa', 700, null],
    ]);
  });

  it('compares scores exactly: 0.1 + 0.2 and 0.3 tie', () => {
    const fine = [row('A', 'criterion', 1, null, 0), row('B', 'criterion', 1, null, 1)];
    const ranked = rankUnits(fine, [
      { unitId: 'u1', unitName: 'Xã Hai', scores: new Map([['id-A', 0.1], ['id-B', 0.2]]) },
      { unitId: 'u2', unitName: 'Xã Một', scores: new Map([['id-A', 0.3]]) },
    ]);
    expect(ranked.map((r) => [r.rank, r.total, r.decidedBy])).toEqual([
      [1, 0.3, null],
      [1, 0.3, 'Đồng hạng: bằng tổng điểm và điểm trừ'],
    ]);
  });

  it('ranks nobody when there are no units', () => {
    expect(rankUnits(criteria, [])).toEqual([]);
  });
});
