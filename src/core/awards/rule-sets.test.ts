import { describe, expect, it } from 'vitest';
import { AWARD_CODES, RULE_SETS } from '../../contract/awards.js';
import { UNIT_LEVELS } from './authority.js';
import { RULE_SET_PERIODS, decidingAuthority, holdArticle, ruleSetFor, ruleSetReason } from './rule-sets.js';

describe('ruleSetFor: the decree in force on the date (domain.md §0)', () => {
  it.each([
    ['2023-12-31', 'ND98_2023'],
    ['2024-01-01', 'ND98_2023'],
    ['2025-06-30', 'ND98_2023'],
    ['2025-07-01', 'ND152_2025'],
    ['2031-01-01', 'ND152_2025'],
  ] as const)('%s → %s', (asOf, ruleSet) => {
    expect(ruleSetFor(asOf)).toBe(ruleSet);
  });

  it('has one period per rule set, back to back', () => {
    expect(RULE_SET_PERIODS.map((p) => p.code)).toEqual([...RULE_SETS]);
    expect(RULE_SET_PERIODS[0]).toMatchObject({ validFrom: '2024-01-01', validTo: '2025-06-30' });
    expect(RULE_SET_PERIODS[1]).toMatchObject({ validFrom: '2025-07-01', validTo: null });
  });
});

describe('ruleSetReason', () => {
  it('Luật Thi đua, khen thưởng 2022 took effect 01/01/2024: older cases follow the old law, not encoded', () => {
    const r = ruleSetReason('2023-12-31');
    expect(r.met).toBe(false);
    expect(r.message).toContain('31/12/2023');
    expect(r.message).toContain('01/01/2024');
    expect(r.message).toContain('không mã hóa');
  });

  it('names Nghị định 98/2023 until 30/06/2025 and Nghị định 152/2025 from 01/07/2025', () => {
    expect(ruleSetReason('2025-06-30')).toMatchObject({ met: true, article: 'Nghị định 98/2023/NĐ-CP' });
    expect(ruleSetReason('2025-06-30').message).toContain('01/01/2024 – 30/06/2025');
    expect(ruleSetReason('2025-07-01')).toMatchObject({ met: true, article: 'Nghị định 152/2025/NĐ-CP' });
    expect(ruleSetReason('2025-07-01').message).toContain('Nghị định 129/2025/NĐ-CP');
  });
});

describe('decidingAuthority: Điều 80 Luật Thi đua, khen thưởng 2022 and NĐ 129/2025', () => {
  const huyen = 'Chủ tịch Ủy ban nhân dân cấp huyện';
  const xa = 'Chủ tịch Ủy ban nhân dân cấp xã';
  const tinh = 'Chủ tịch Ủy ban nhân dân cấp tỉnh';
  const head = 'Thủ trưởng cơ quan, đơn vị';
  const ttg = 'Thủ tướng Chính phủ';

  it.each([
    // Art 80(2): the district chair decided CSTĐCS, TTLĐTT, thôn văn hóa for commune-level nominees.
    ['CSTDCS', 'commune', huyen, xa],
    ['TTLDTT', 'commune', huyen, xa],
    ['THON_VAN_HOA', 'commune', huyen, xa],
    // Art 80(3): the commune chair always had LĐTT, Giấy khen, Gia đình văn hóa.
    ['LDTT', 'commune', xa, xa],
    ['GIAY_KHEN', 'commune', xa, xa],
    ['GIA_DINH_VAN_HOA', 'commune', xa, xa],
    // District-level nominees: the district chair, then (districts abolished) the commune chair.
    ['LDTT', 'district', huyen, xa],
    ['CSTDCS', 'district', huyen, xa],
    // Art 80(1): heads of agencies for their staff's grassroots titles.
    ['LDTT', 'agency', head, head],
    ['CSTDCS', 'agency', head, head],
    ['TTLDTT', 'agency', head, head],
    ['GIAY_KHEN', 'agency', head, head],
    ['CSTDCS', 'province', head, head],
    // Art 79: the province chair; Thủ tướng for the national level.
    ['CSTD_TINH', 'commune', tinh, tinh],
    ['TTLDXS', 'agency', tinh, tinh],
    ['CO_THI_DUA_TINH', 'district', tinh, tinh],
    ['BANG_KHEN_TINH', 'commune', tinh, tinh],
    ['CSTD_TOAN_QUOC', 'commune', ttg, ttg],
    ['CO_THI_DUA_CP', 'province', ttg, ttg],
    ['BANG_KHEN_TTG', 'agency', ttg, ttg],
  ] as const)('%s at %s level: %s (NĐ 98/2023) → %s (NĐ 152/2025)', (code, level, before, after) => {
    expect(decidingAuthority(code, 'ND98_2023', level)).toBe(before);
    expect(decidingAuthority(code, 'ND152_2025', level)).toBe(after);
  });

  it('answers for every award, rule set and unit level', () => {
    for (const code of AWARD_CODES)
      for (const ruleSet of RULE_SETS) for (const level of UNIT_LEVELS) expect(decidingAuthority(code, ruleSet, level)).toMatch(/\S/);
  });

  it('nobody below the commune chair decides at commune level after 01/07/2025; no district chair remains', () => {
    for (const code of AWARD_CODES)
      for (const level of UNIT_LEVELS) expect(decidingAuthority(code, 'ND152_2025', level)).not.toBe(huyen);
  });
});

describe('holdArticle', () => {
  it('cites principle 4 of the decree in force', () => {
    expect(holdArticle('ND98_2023')).toBe('Khoản 4 Điều 4 Nghị định 98/2023/NĐ-CP');
    expect(holdArticle('ND152_2025')).toBe('Điều 4 Nghị định 152/2025/NĐ-CP');
  });
});
