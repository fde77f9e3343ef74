import { describe, expect, it } from 'vitest';
import { AWARD_CODES, AwardSchema, RULE_SETS, type BuiltinAwardCode } from '../../contract/awards.js';
import { UNIT_LEVELS } from './authority.js';
import { AWARD_CATALOGUE, findAward } from './catalogue.js';
import { RULE_SET_PERIODS, decidingAuthority } from './rule-sets.js';

describe('AWARD_CATALOGUE', () => {
  it('has every award code exactly once, each valid against the contract', () => {
    expect(AWARD_CATALOGUE.map((a) => a.code).sort()).toEqual([...AWARD_CODES].sort());
    for (const award of AWARD_CATALOGUE) expect(AwardSchema.parse(award)).toEqual(award);
  });

  it.each([
    ['LDTT', 'Lao động tiên tiến', 'title', ['person'], 'grassroots', 0.3, 'Điều 24'],
    ['CSTDCS', 'Chiến sĩ thi đua cơ sở', 'title', ['person'], 'grassroots', 1, 'Điều 23'],
    ['CSTD_TINH', 'Chiến sĩ thi đua cấp tỉnh', 'title', ['person'], 'province', 3, 'Điều 22'],
    ['CSTD_TOAN_QUOC', 'Chiến sĩ thi đua toàn quốc', 'title', ['person'], 'national', 4.5, 'Điều 21'],
    ['TTLDTT', 'Tập thể lao động tiên tiến', 'title', ['collective'], 'grassroots', 0.8, 'Điều 28'],
    ['TTLDXS', 'Tập thể lao động xuất sắc', 'title', ['collective'], 'province', 1.5, 'Điều 27'],
    ['CO_THI_DUA_TINH', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'title', ['collective'], 'province', 8, 'Điều 26'],
    ['CO_THI_DUA_CP', 'Cờ thi đua của Chính phủ', 'title', ['collective'], 'national', 12, 'Điều 25'],
    ['GIAY_KHEN', 'Giấy khen', 'form', ['person', 'collective'], 'grassroots', 0.3, 'Điều 75'],
    ['BANG_KHEN_TINH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'form', ['person', 'collective'], 'province', 1.5, 'Điều 74'],
    ['BANG_KHEN_TTG', 'Bằng khen của Thủ tướng Chính phủ', 'form', ['person'], 'national', 3.5, 'Điều 73'],
    ['GIA_DINH_VAN_HOA', 'Gia đình văn hóa', 'title', ['household'], 'grassroots', null, 'Nghị định 86/2023/NĐ-CP'],
    ['THON_VAN_HOA', 'Thôn, tổ dân phố văn hóa', 'title', ['village'], 'grassroots', 1.5, 'Nghị định 86/2023/NĐ-CP'],
  ] as const)('%s: “%s” (%s), for %j, %s level, %s× base salary, %s', (code, name, kind, nominee, level, cash, basis) => {
    const award = findAward(code);
    expect(award).toMatchObject({ name, kind, nominee, level, cashMultiple: cash });
    expect(award.legalBasis).toContain(basis);
  });

  it('names are NFC so search and sorting match user input', () => {
    for (const award of AWARD_CATALOGUE) expect(award.name).toBe(award.name.normalize('NFC'));
  });

  it('decidedBy carries both rule sets with their validity, and agrees with decidingAuthority', () => {
    for (const award of AWARD_CATALOGUE) {
      for (const ruleSet of RULE_SETS) {
        const period = RULE_SET_PERIODS.find((p) => p.code === ruleSet)!;
        const rows = award.decidedBy.filter((d) => d.ruleSet === ruleSet);
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(row).toMatchObject({ validFrom: period.validFrom, validTo: period.validTo });
        for (const level of UNIT_LEVELS) {
          const row = rows.find((r) => r.unitLevel === level) ?? rows.find((r) => r.unitLevel === null);
          expect(row?.authority).toBe(decidingAuthority(award.code as BuiltinAwardCode, ruleSet, level));
        }
      }
    }
  });

  it('Điều 80: CSTĐCS for a commune nominee moves from the district chair to the commune chair on 01/07/2025', () => {
    const rows = findAward('CSTDCS').decidedBy.filter((d) => d.unitLevel === 'commune');
    expect(rows).toEqual([
      { ruleSet: 'ND98_2023', validFrom: '2024-01-01', validTo: '2025-06-30', unitLevel: 'commune', authority: 'Chủ tịch Ủy ban nhân dân cấp huyện' },
      { ruleSet: 'ND152_2025', validFrom: '2025-07-01', validTo: null, unitLevel: 'commune', authority: 'Chủ tịch Ủy ban nhân dân cấp xã' },
    ]);
  });
});

describe('findAward', () => {
  it('returns the entry of a code', () => {
    expect(findAward('GIAY_KHEN').name).toBe('Giấy khen');
  });
});
