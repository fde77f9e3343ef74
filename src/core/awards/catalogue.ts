/**
 * Danh mục danh hiệu thi đua và hình thức khen thưởng that thidua evaluates: names, who may
 * receive them, level, cash (multiples of mức lương cơ sở, domain.md §1.3–§1.4), legal basis
 * and the deciding authority per rule set and unit level.
 */
import type { Award, AwardCode } from '../../contract/awards.js';
import { authorityRows } from './authority.js';
import { RULE_SET_PERIODS } from './rule-sets.js';
import { lawArticle } from './wording.js';

type AwardFacts = Omit<Award, 'decidedBy'>;

// `nominee` lists the kinds whose criteria are encoded in eligibility.ts. Bằng khen and Giấy khen
// also go to collectives or households under other clauses of Art 73–75; those clauses are not
// encoded, so such a case is reported as outside what thidua checks rather than judged wrongly.
const FACTS: readonly AwardFacts[] = [
  { code: 'LDTT', name: 'Lao động tiên tiến', kind: 'title', nominee: ['person'], level: 'grassroots', cashMultiple: 0.3, legalBasis: lawArticle('Điều 24') },
  { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', kind: 'title', nominee: ['person'], level: 'grassroots', cashMultiple: 1.0, legalBasis: lawArticle('Điều 23') },
  { code: 'CSTD_TINH', name: 'Chiến sĩ thi đua cấp tỉnh', kind: 'title', nominee: ['person'], level: 'province', cashMultiple: 3.0, legalBasis: lawArticle('Điều 22') },
  { code: 'CSTD_TOAN_QUOC', name: 'Chiến sĩ thi đua toàn quốc', kind: 'title', nominee: ['person'], level: 'national', cashMultiple: 4.5, legalBasis: lawArticle('Điều 21') },
  { code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', kind: 'title', nominee: ['collective'], level: 'grassroots', cashMultiple: 0.8, legalBasis: lawArticle('Điều 28') },
  { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', kind: 'title', nominee: ['collective'], level: 'province', cashMultiple: 1.5, legalBasis: lawArticle('Điều 27') },
  { code: 'CO_THI_DUA_TINH', name: 'Cờ thi đua của Ủy ban nhân dân tỉnh', kind: 'title', nominee: ['collective'], level: 'province', cashMultiple: 8.0, legalBasis: lawArticle('Điều 26') },
  { code: 'CO_THI_DUA_CP', name: 'Cờ thi đua của Chính phủ', kind: 'title', nominee: ['collective'], level: 'national', cashMultiple: 12.0, legalBasis: lawArticle('Điều 25') },
  // 0.3× is the individual amount; a collective receives twice that (domain.md §1.4).
  { code: 'GIAY_KHEN', name: 'Giấy khen', kind: 'form', nominee: ['person', 'collective'], level: 'grassroots', cashMultiple: 0.3, legalBasis: lawArticle('Điều 75') },
  // 1.5× per NĐ 152/2025; the contract holds one multiple per award (NĐ 98/2023's figure is not confirmed).
  { code: 'BANG_KHEN_TINH', name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', kind: 'form', nominee: ['person'], level: 'province', cashMultiple: 1.5, legalBasis: lawArticle('Điểm d khoản 1 Điều 74') },
  { code: 'BANG_KHEN_TTG', name: 'Bằng khen của Thủ tướng Chính phủ', kind: 'form', nominee: ['person'], level: 'national', cashMultiple: 3.5, legalBasis: lawArticle('Điểm b khoản 1 Điều 73') },
  // A certificate without cash (domain.md §1.3).
  { code: 'GIA_DINH_VAN_HOA', name: 'Gia đình văn hóa', kind: 'title', nominee: ['household'], level: 'grassroots', cashMultiple: null, legalBasis: 'Nghị định 86/2023/NĐ-CP' },
  { code: 'THON_VAN_HOA', name: 'Thôn, tổ dân phố văn hóa', kind: 'title', nominee: ['village'], level: 'grassroots', cashMultiple: 1.5, legalBasis: 'Nghị định 86/2023/NĐ-CP' },
];

function decidedBy(code: AwardCode): Award['decidedBy'] {
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

export const AWARD_CATALOGUE: readonly Award[] = FACTS.map((facts) => ({ ...facts, decidedBy: decidedBy(facts.code) }));

const BY_CODE = new Map(AWARD_CATALOGUE.map((award) => [award.code, award]));

/** The catalogue entry of a code (every AwardCode has one; a test checks it). */
export function findAward(code: AwardCode): Award {
  const award = BY_CODE.get(code);
  if (!award) throw new Error(`Award ${code} is missing from the catalogue`);
  return award;
}
