import { describe, expect, it } from 'vitest';
import { AWARD_CATEGORIES, type AwardCode } from '../../contract/awards.js';
import { PRESIDENT } from './authority.js';
import { AWARD_CATALOGUE, findAward } from './catalogue.js';
import { evaluateEligibility } from './eligibility.js';

const STATE_CODES = ['HUAN_CHUONG_LAO_DONG_1', 'HUAN_CHUONG_LAO_DONG_2', 'HUAN_CHUONG_LAO_DONG_3', 'ANH_HUNG_LAO_DONG'] as const satisfies readonly AwardCode[];

describe('Huân chương Lao động, Anh hùng Lao động (Chương III Luật Thi đua, khen thưởng 2022)', () => {
  it.each([
    ['HUAN_CHUONG_LAO_DONG_1', 'Huân chương Lao động hạng Nhất', 'huan_chuong', 9.0],
    ['HUAN_CHUONG_LAO_DONG_2', 'Huân chương Lao động hạng Nhì', 'huan_chuong', 7.5],
    ['HUAN_CHUONG_LAO_DONG_3', 'Huân chương Lao động hạng Ba', 'huan_chuong', 4.5],
    ['ANH_HUNG_LAO_DONG', 'Anh hùng Lao động', 'danh_hieu_vinh_du', null],
  ] as const)('%s: “%s”, %s, national level, %s× base salary (NĐ 152/2025 Art 51), decided by the President', (code, name, category, cash) => {
    const award = findAward(code);
    expect(award).toMatchObject({ name, category, level: 'national', cashMultiple: cash, nominee: ['person', 'collective'] });
    expect(award.decidedBy.length).toBeGreaterThan(0);
    for (const row of award.decidedBy) expect(row.authority).toBe(PRESIDENT);
  });

  it.each(STATE_CODES)('%s is not judged automatically: not_eligible with the manual_review reason, whatever the history', (code) => {
    const result = evaluateEligibility({
      asOf: '2025-09-15',
      award: code,
      nominee: { kind: 'person', unitLevel: 'district' },
      ratings: [2020, 2021, 2022, 2023, 2024].map((year) => ({ year, rating: 'HTXSNV' as const })),
      titles: [2022, 2023, 2024].map((year) => ({ year, code: 'CSTDCS' as const })),
      initiatives: [],
      discipline: [],
      underReview: false,
      members: null,
    });
    expect(result.status).toBe('not_eligible');
    expect(result.decidedBy).toBe(PRESIDENT);
    const manual = result.reasons.filter((r) => r.code === 'manual_review');
    expect(manual).toEqual([
      {
        code: 'manual_review',
        met: false,
        article: 'Chương III Luật Thi đua, khen thưởng 2022',
        message: 'Tiêu chuẩn Huân chương, danh hiệu vinh dự Nhà nước do Hội đồng cấp trên thẩm định theo hồ sơ; thidua không tự xét',
      },
    ]);
  });

  it('Khoản 4 Điều 4 NĐ 98/2023: a case under discipline is still put on hold', () => {
    const result = evaluateEligibility({
      asOf: '2025-03-01',
      award: 'HUAN_CHUONG_LAO_DONG_3',
      nominee: { kind: 'collective', unitLevel: 'commune' },
      ratings: [],
      titles: [],
      initiatives: [],
      discipline: [{ from: '2025-01-01', to: null }],
      underReview: false,
      members: null,
    });
    expect(result.status).toBe('hold');
  });
});

describe('award categories', () => {
  it('every catalogue entry has a category of the contract, and each category the statistics use is present', () => {
    for (const award of AWARD_CATALOGUE) expect(AWARD_CATEGORIES).toContain(award.category);
    const used = new Set(AWARD_CATALOGUE.map((a) => a.category));
    for (const category of ['huan_chuong', 'danh_hieu_vinh_du', 'co_thi_dua', 'chien_si_thi_dua', 'bang_khen', 'giay_khen', 'tap_the', 'van_hoa'] as const) expect(used).toContain(category);
  });

  it.each([
    ['LDTT', 'lao_dong_tien_tien'],
    ['CSTD_TINH', 'chien_si_thi_dua'],
    ['TTLDXS', 'tap_the'],
    ['CO_THI_DUA_CP', 'co_thi_dua'],
    ['BANG_KHEN_TINH', 'bang_khen'],
    ['GIAY_KHEN', 'giay_khen'],
    ['THON_VAN_HOA', 'van_hoa'],
  ] as const)('%s is in category %s', (code, category) => {
    expect(findAward(code).category).toBe(category);
  });
});
