import { afterEach, describe, expect, it } from 'vitest';
import { type Award, EligibilityInputSchema, EligibilityResultSchema, type LocalAwardCriteria } from '../../contract/awards.js';
import { registerLocalAwards } from './catalogue.js';
import { evaluateEligibility } from './eligibility.js';

/** A province's own title, as its quy chế would define it. */
function localTitle(code: string, criteria: Partial<LocalAwardCriteria>, validTo: string | null = null): Award {
  return {
    code,
    name: 'Lao động giỏi cấp tỉnh',
    kind: 'title',
    nominee: ['person'],
    level: 'province',
    category: 'lao_dong_tien_tien',
    cashMultiple: 1,
    legalBasis: 'Quyết định 12/2024/QĐ-UBND tỉnh Điện Biên',
    decidedBy: [],
    local: {
      ownerUnitId: '00000000-0000-4000-8000-000000000001',
      ownerUnitName: 'Tỉnh Điện Biên',
      authority: 'Chủ tịch Ủy ban nhân dân tỉnh Điện Biên',
      validFrom: '2024-01-01',
      validTo,
      criteria: { minRating: 'HTTNV', ratingYears: 1, titleChain: null, initiativeScope: null, ...criteria },
      version: 1,
    },
  };
}

function judge(award: string, c: Record<string, unknown>, asOf = '2025-09-15') {
  const input = EligibilityInputSchema.parse({ asOf, award, nominee: { kind: 'person', unitLevel: 'commune' }, ...c });
  const result = evaluateEligibility(input);
  expect(EligibilityResultSchema.parse(result)).toEqual(result);
  return result;
}
const reason = (r: ReturnType<typeof judge>, code: string) => r.reasons.find((x) => x.code === code);

afterEach(() => registerLocalAwards([]));

describe('a title a province added by its own quy chế', () => {
  it('checks its criteria as data, cites the province’s decision and names its deciding authority', () => {
    registerLocalAwards([localTitle('LDG_DIENBIEN', { minRating: 'HTXSNV', ratingYears: 2 })]);
    const ok = judge('LDG_DIENBIEN', { ratings: [{ year: 2023, rating: 'HTXSNV' }, { year: 2024, rating: 'HTXSNV' }] }, '2025-03-15');
    expect(ok.status).toBe('eligible');
    expect(ok.decidedBy).toBe('Chủ tịch Ủy ban nhân dân tỉnh Điện Biên');
    expect(reason(ok, 'rating_chain')).toMatchObject({ met: true, article: 'Quyết định 12/2024/QĐ-UBND tỉnh Điện Biên' });
    expect(reason(ok, 'rating_chain')!.message).toContain('2023–2024');

    const gap = judge('LDG_DIENBIEN', { ratings: [{ year: 2022, rating: 'HTXSNV' }, { year: 2024, rating: 'HTXSNV' }] }, '2025-03-15');
    expect(gap.status).toBe('not_eligible');
    expect(reason(gap, 'rating_chain')!.message).toMatch(/năm 2023 không có kết quả xếp loại/);
  });

  it('requires a chain of a law title and an initiative when its quy chế says so', () => {
    registerLocalAwards([localTitle('LDG_DIENBIEN', { titleChain: { code: 'LDTT', years: 2 }, initiativeScope: 'co_so' })]);
    const base = { ratings: [{ year: 2024, rating: 'HTTNV' }], titles: [{ year: 2023, code: 'LDTT' }, { year: 2024, code: 'LDTT' }] };
    const noInitiative = judge('LDG_DIENBIEN', base);
    expect(noInitiative.status).toBe('not_eligible');
    expect(reason(noInitiative, 'title_chain')).toMatchObject({ met: true });
    expect(reason(noInitiative, 'initiative')).toMatchObject({ met: false });
    expect(judge('LDG_DIENBIEN', { ...base, initiatives: [{ year: 2024, scope: 'tinh' }] }).status).toBe('eligible');
  });

  it('holds the case under discipline or review like every award (the law’s hold rules still apply)', () => {
    registerLocalAwards([localTitle('LDG_DIENBIEN', {})]);
    const held = judge('LDG_DIENBIEN', { ratings: [{ year: 2024, rating: 'HTTNV' }], underReview: true });
    expect(held.status).toBe('hold');
  });

  it('is not eligible outside its validity dates', () => {
    registerLocalAwards([localTitle('LDG_DIENBIEN', {}, '2024-12-31')]);
    const late = judge('LDG_DIENBIEN', { ratings: [{ year: 2024, rating: 'HTXSNV' }] }, '2025-03-15');
    expect(late.status).toBe('not_eligible');
    expect(reason(late, 'validity')!.message).toMatch(/áp dụng từ 01\/01\/2024 đến 31\/12\/2024/);
  });

  it('refuses to reuse the years of an earlier local chain award for a law chain award (Law Art 5)', () => {
    registerLocalAwards([localTitle('LDG_DIENBIEN', { minRating: 'HTXSNV', ratingYears: 2 })]);
    const r = judge('BANG_KHEN_TINH', {
      ratings: [{ year: 2023, rating: 'HTXSNV' }, { year: 2024, rating: 'HTXSNV' }],
      titles: [{ year: 2023, code: 'CSTDCS' }, { year: 2024, code: 'CSTDCS' }, { year: 2024, code: 'LDG_DIENBIEN' }],
      initiatives: [{ year: 2023, scope: 'co_so' }, { year: 2024, scope: 'co_so' }],
    }, '2025-03-15');
    expect(reason(r, 'already_commended')).toMatchObject({ met: false });
    expect(reason(r, 'already_commended')!.message).toContain('Lao động giỏi cấp tỉnh');
  });
});
