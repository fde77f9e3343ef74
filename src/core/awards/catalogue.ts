/**
 * Danh mục danh hiệu thi đua và hình thức khen thưởng that thidua evaluates: names, who may
 * receive them, level, cash (multiples of mức lương cơ sở, domain.md §1.3–§1.4), legal basis
 * and the deciding authority per rule set and unit level.
 */
import type { Award, BuiltinAwardCode } from '../../contract/awards.js';
import { authorityRows } from './authority.js';
import { RULE_SET_PERIODS } from './rule-sets.js';
import { STATE_AWARD_ARTICLE } from './rules-state.js';
import { lawArticle } from './wording.js';

type AwardFacts = Omit<Award, 'decidedBy' | 'local' | 'code'> & { code: BuiltinAwardCode };

// The article of each Huân chương class is not confirmed here; the chapter is cited, as in the rule.
const STATE_AWARD_BASIS = STATE_AWARD_ARTICLE;

// `nominee` lists the kinds whose criteria are encoded in eligibility.ts. Bằng khen and Giấy khen
// also go to collectives or households under other clauses of Art 73–75; those clauses are not
// encoded, so such a case is reported as outside what thidua checks rather than judged wrongly.
const FACTS: readonly AwardFacts[] = [
  { code: 'LDTT', name: 'Lao động tiên tiến', kind: 'title', nominee: ['person'], level: 'grassroots', category: 'lao_dong_tien_tien', cashMultiple: 0.3, legalBasis: lawArticle('Điều 24') },
  { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', kind: 'title', nominee: ['person'], level: 'grassroots', category: 'chien_si_thi_dua', cashMultiple: 1.0, legalBasis: lawArticle('Điều 23') },
  { code: 'CSTD_TINH', name: 'Chiến sĩ thi đua cấp tỉnh', kind: 'title', nominee: ['person'], level: 'province', category: 'chien_si_thi_dua', cashMultiple: 3.0, legalBasis: lawArticle('Điều 22') },
  { code: 'CSTD_TOAN_QUOC', name: 'Chiến sĩ thi đua toàn quốc', kind: 'title', nominee: ['person'], level: 'national', category: 'chien_si_thi_dua', cashMultiple: 4.5, legalBasis: lawArticle('Điều 21') },
  { code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', kind: 'title', nominee: ['collective'], level: 'grassroots', category: 'tap_the', cashMultiple: 0.8, legalBasis: lawArticle('Điều 28') },
  { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', kind: 'title', nominee: ['collective'], level: 'province', category: 'tap_the', cashMultiple: 1.5, legalBasis: lawArticle('Điều 27') },
  { code: 'CO_THI_DUA_TINH', name: 'Cờ thi đua của Ủy ban nhân dân tỉnh', kind: 'title', nominee: ['collective'], level: 'province', category: 'co_thi_dua', cashMultiple: 8.0, legalBasis: lawArticle('Điều 26') },
  { code: 'CO_THI_DUA_CP', name: 'Cờ thi đua của Chính phủ', kind: 'title', nominee: ['collective'], level: 'national', category: 'co_thi_dua', cashMultiple: 12.0, legalBasis: lawArticle('Điều 25') },
  // 0.3× is the individual amount; a collective receives twice that (domain.md §1.4).
  { code: 'GIAY_KHEN', name: 'Giấy khen', kind: 'form', nominee: ['person', 'collective'], level: 'grassroots', category: 'giay_khen', cashMultiple: 0.3, legalBasis: lawArticle('Điều 75') },
  // 1.5× per NĐ 152/2025; the contract holds one multiple per award (NĐ 98/2023's figure is not confirmed).
  // A collective's Bằng khen tỉnh is proposed (clusters propose their good members) but judged by the council.
  { code: 'BANG_KHEN_TINH', name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', kind: 'form', nominee: ['person', 'collective'], level: 'province', category: 'bang_khen', cashMultiple: 1.5, legalBasis: lawArticle('Điểm d khoản 1 Điều 74') },
  { code: 'BANG_KHEN_TTG', name: 'Bằng khen của Thủ tướng Chính phủ', kind: 'form', nominee: ['person'], level: 'national', category: 'bang_khen', cashMultiple: 3.5, legalBasis: lawArticle('Điểm b khoản 1 Điều 73') },
  // A certificate without cash (domain.md §1.3).
  { code: 'GIA_DINH_VAN_HOA', name: 'Gia đình văn hóa', kind: 'title', nominee: ['household'], level: 'grassroots', category: 'van_hoa', cashMultiple: null, legalBasis: 'Nghị định 86/2023/NĐ-CP' },
  // Huân chương and danh hiệu vinh dự Nhà nước: the President decides on the Prime Minister's
  // proposal (Law Ch. III); multiples are the individual's (NĐ 152/2025 Art 51), a collective gets 2×.
  { code: 'HUAN_CHUONG_LAO_DONG_1', name: 'Huân chương Lao động hạng Nhất', kind: 'form', nominee: ['person', 'collective'], level: 'national', category: 'huan_chuong', cashMultiple: 9.0, legalBasis: STATE_AWARD_BASIS },
  { code: 'HUAN_CHUONG_LAO_DONG_2', name: 'Huân chương Lao động hạng Nhì', kind: 'form', nominee: ['person', 'collective'], level: 'national', category: 'huan_chuong', cashMultiple: 7.5, legalBasis: STATE_AWARD_BASIS },
  { code: 'HUAN_CHUONG_LAO_DONG_3', name: 'Huân chương Lao động hạng Ba', kind: 'form', nominee: ['person', 'collective'], level: 'national', category: 'huan_chuong', cashMultiple: 4.5, legalBasis: STATE_AWARD_BASIS },
  // The decree's amount for Anh hùng is not confirmed (domain.md §1.3 "per decree"): no figure rather than a guess.
  { code: 'ANH_HUNG_LAO_DONG', name: 'Anh hùng Lao động', kind: 'form', nominee: ['person', 'collective'], level: 'national', category: 'danh_hieu_vinh_du', cashMultiple: null, legalBasis: STATE_AWARD_BASIS },
  { code: 'THON_VAN_HOA', name: 'Thôn, tổ dân phố văn hóa', kind: 'title', nominee: ['village'], level: 'grassroots', category: 'van_hoa', cashMultiple: 1.5, legalBasis: 'Nghị định 86/2023/NĐ-CP' },
];

function decidedBy(code: BuiltinAwardCode): Award['decidedBy'] {
  return RULE_SET_PERIODS.flatMap((period) =>
    authorityRows(code, period.code).map((row) => ({
      ruleSet: period.code,
      validFrom: period.validFrom,
      validTo: period.validTo,
      unitLevel: row.unitLevel,
      authority: row.authority,
    })),
  );
}

/** The titles and forms of the law, in the order the law lists them. */
export const AWARD_CATALOGUE: readonly Award[] = FACTS.map((facts) => ({ ...facts, decidedBy: decidedBy(facts.code), local: null }));

const BY_CODE = new Map(AWARD_CATALOGUE.map((award) => [award.code, award]));

/**
 * The entries levels added by their own quy chế (danh mục của địa phương). They live in the
 * database; the server loads them here before it handles a request, because names, cash and
 * levels are read synchronously by every renderer of nominations, decisions and certificates.
 * Codes are unique across all levels, so one map serves every unit.
 */
let localByCode = new Map<string, Award>();

export function registerLocalAwards(awards: readonly Award[]): void {
  localByCode = new Map(awards.map((award) => [award.code, award]));
}

export function localAwards(): readonly Award[] {
  return [...localByCode.values()];
}

export function isKnownAward(code: string): boolean {
  return BY_CODE.has(code) || localByCode.has(code);
}

/** The catalogue entry of a code: the law's (a test checks every code has one) or a level's. */
export function findAward(code: string): Award {
  const award = BY_CODE.get(code) ?? localByCode.get(code);
  if (!award) throw new Error(`Award ${code} is missing from the catalogue`);
  return award;
}

/** Catalogue order: the law's entries first, then local ones by name. */
export function awardOrder(code: string): number {
  const builtin = AWARD_CATALOGUE.findIndex((a) => a.code === code);
  return builtin >= 0 ? builtin : AWARD_CATALOGUE.length + 1;
}
