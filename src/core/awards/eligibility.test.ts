import { describe, expect, it } from 'vitest';
import {
  AWARD_CODES,
  type AwardCode,
  type EligibilityInput,
  EligibilityInputSchema,
  type EligibilityResult,
  EligibilityResultSchema,
  type Rating,
} from '../../contract/awards.js';
import { evaluateEligibility } from './eligibility.js';

/** The same case judged under each rule set: before and after 01/07/2025. */
const ND98 = '2025-03-15';
const ND152 = '2025-09-15';
const HOLD = new Set(['discipline', 'under_review']);

type Case = Partial<Omit<EligibilityInput, 'award' | 'asOf' | 'nominee'>> & { nominee?: Partial<EligibilityInput['nominee']> };

function judge(asOf: string, award: AwardCode, c: Case = {}): EligibilityResult {
  const nominee = { kind: 'person', unitLevel: 'commune', ...c.nominee };
  const input = EligibilityInputSchema.parse({ ...c, asOf, award, nominee });
  const result = evaluateEligibility(input);
  // Every answer is a valid contract value, with reasons citing an article.
  expect(EligibilityResultSchema.parse(result)).toEqual(result);
  expect(result.reasons[0]?.code).toBe('rule_set');
  for (const r of result.reasons) {
    expect(r.article).toMatch(/\S/);
    expect(r.message).toMatch(/\S/);
  }
  return result;
}

/** The criteria, without the rule-set reason and the hold messages, which name the date. */
function criteria(result: EligibilityResult) {
  return result.reasons.filter((r) => r.code !== 'rule_set').map((r) => (HOLD.has(r.code) ? { code: r.code, met: r.met } : r));
}

/** Runs a case at 15/03/2025 and at 15/09/2025: same criteria and status, rule set differs. */
function onBothRuleSets(award: AwardCode, c: Case = {}): [EligibilityResult, EligibilityResult] {
  const before = judge(ND98, award, c);
  const after = judge(ND152, award, c);
  expect(before.ruleSet).toBe('ND98_2023');
  expect(after.ruleSet).toBe('ND152_2025');
  expect(criteria(after)).toEqual(criteria(before));
  expect(after.status).toBe(before.status);
  return [before, after];
}

function met(result: EligibilityResult, code: string): boolean | undefined {
  return result.reasons.find((r) => r.code === code)?.met;
}

function message(result: EligibilityResult, code: string): string {
  return result.reasons.find((r) => r.code === code)?.message ?? '';
}

const rated = (rating: Rating, ...years: number[]) => years.map((year) => ({ year, rating }));
const held = (code: AwardCode, ...years: number[]) => years.map((year) => ({ year, code }));
const collective = { kind: 'collective' as const };

interface Row {
  name: string;
  award: AwardCode;
  c: Case;
  status: EligibilityResult['status'];
  /** Reasons expected, by code: met or not. */
  reasons: Record<string, boolean>;
  /** Fragments the message of a reason must contain. */
  says?: Record<string, string[]>;
}

const ROWS: Row[] = [
  // Điều 24 — LĐTT
  { name: 'Điều 24: LĐTT when rated HTTNV in 2024', award: 'LDTT', c: { ratings: rated('HTTNV', 2024) }, status: 'eligible', reasons: { rating: true } },
  { name: 'Điều 24: LĐTT when rated HTXSNV', award: 'LDTT', c: { ratings: rated('HTXSNV', 2024) }, status: 'eligible', reasons: { rating: true } },
  {
    name: 'Điều 24: no LĐTT when rated only HTNV',
    award: 'LDTT',
    c: { ratings: rated('HTNV', 2024) },
    status: 'not_eligible',
    reasons: { rating: false },
    says: { rating: ['Năm 2024', 'hoàn thành nhiệm vụ', 'hoàn thành tốt nhiệm vụ trở lên'] },
  },
  {
    name: 'Điều 24: no LĐTT without a rating for the year',
    award: 'LDTT',
    c: { ratings: rated('HTXSNV', 2023) },
    status: 'not_eligible',
    reasons: { rating: false },
    says: { rating: ['Chưa có kết quả xếp loại năm 2024'] },
  },

  // Điều 23 — CSTĐCS
  { name: 'Điều 23: CSTĐCS with LĐTT and HTXSNV', award: 'CSTDCS', c: { ratings: rated('HTXSNV', 2024), titles: held('LDTT', 2024) }, status: 'eligible', reasons: { ldtt_title: true, excellence_or_initiative: true } },
  {
    name: 'Điều 23: CSTĐCS with LĐTT, HTTNV and an initiative recognised that year',
    award: 'CSTDCS',
    c: { ratings: rated('HTTNV', 2024), titles: held('LDTT', 2024), initiatives: [{ year: 2024, scope: 'co_so' }] },
    status: 'eligible',
    reasons: { excellence_or_initiative: true },
    says: { excellence_or_initiative: ['sáng kiến cấp cơ sở năm 2024'] },
  },
  {
    name: 'Điều 23: no CSTĐCS with HTTNV and an initiative of another year',
    award: 'CSTDCS',
    c: { ratings: rated('HTTNV', 2024), titles: held('LDTT', 2024), initiatives: [{ year: 2023, scope: 'tinh' }] },
    status: 'not_eligible',
    reasons: { ldtt_title: true, excellence_or_initiative: false },
  },
  {
    name: 'Điều 23: no CSTĐCS before the LĐTT of the year is decided',
    award: 'CSTDCS',
    c: { ratings: rated('HTXSNV', 2024), titles: held('LDTT', 2023) },
    status: 'not_eligible',
    reasons: { ldtt_title: false, excellence_or_initiative: true },
    says: { ldtt_title: ['Chưa có danh hiệu “Lao động tiên tiến” năm 2024', 'đủ tiêu chuẩn'] },
  },

  // Điều 22 — CSTĐ cấp tỉnh
  {
    name: 'Điều 22: CSTĐ tỉnh with 3 consecutive CSTĐCS and a provincial initiative',
    award: 'CSTD_TINH',
    c: { titles: held('CSTDCS', 2022, 2023, 2024), initiatives: [{ year: 2023, scope: 'tinh' }] },
    status: 'eligible',
    reasons: { cstdcs_chain: true, initiative: true, already_commended: true },
    says: { cstdcs_chain: ['3 năm liên tục', '2022–2024'], initiative: ['sáng kiến cấp tỉnh năm 2023'] },
  },
  {
    name: 'Điều 22: a national initiative also has provincial reach',
    award: 'CSTD_TINH',
    c: { titles: held('CSTDCS', 2022, 2023, 2024), initiatives: [{ year: 2024, scope: 'toan_quoc' }] },
    status: 'eligible',
    reasons: { initiative: true },
  },
  {
    name: 'Điều 22: no CSTĐ tỉnh with only a grassroots initiative',
    award: 'CSTD_TINH',
    c: { titles: held('CSTDCS', 2022, 2023, 2024), initiatives: [{ year: 2023, scope: 'co_so' }] },
    status: 'not_eligible',
    reasons: { cstdcs_chain: true, initiative: false },
    says: { initiative: ['chỉ có sáng kiến cấp cơ sở năm 2023'] },
  },
  {
    name: 'Điều 22: the provincial initiative must fall within the chain years',
    award: 'CSTD_TINH',
    c: { titles: held('CSTDCS', 2021, 2022, 2023, 2024), initiatives: [{ year: 2021, scope: 'tinh' }] },
    status: 'not_eligible',
    reasons: { cstdcs_chain: true, initiative: false },
  },
  {
    name: 'Điều 22: a gap breaks the CSTĐCS chain',
    award: 'CSTD_TINH',
    c: { titles: held('CSTDCS', 2020, 2021, 2022, 2024), initiatives: [{ year: 2024, scope: 'tinh' }] },
    status: 'not_eligible',
    reasons: { cstdcs_chain: false },
    says: { cstdcs_chain: ['Cần 3 năm liên tục', 'chỉ có 1 năm (2024)', 'năm 2023 không có danh hiệu này'] },
  },

  // Điều 21 — CSTĐ toàn quốc
  {
    name: 'Điều 21: CSTĐ toàn quốc with two consecutive CSTĐ tỉnh (2021, 2024) and a national initiative',
    award: 'CSTD_TOAN_QUOC',
    c: { titles: held('CSTD_TINH', 2021, 2024), initiatives: [{ year: 2023, scope: 'toan_quoc' }] },
    status: 'eligible',
    reasons: { cstd_tinh_chain: true, initiative: true, already_commended: true },
    says: { cstd_tinh_chain: ['năm 2021 và năm 2024', '2019–2024'] },
  },
  {
    name: 'Điều 21: CSTĐ tỉnh in two calendar years in a row is not two consecutive terms',
    award: 'CSTD_TOAN_QUOC',
    c: { titles: held('CSTD_TINH', 2023, 2024), initiatives: [{ year: 2024, scope: 'toan_quoc' }] },
    status: 'not_eligible',
    reasons: { cstd_tinh_chain: false },
    says: { cstd_tinh_chain: ['thiếu năm 2021'] },
  },
  {
    name: 'Điều 21: no CSTĐ toàn quốc with a provincial initiative only',
    award: 'CSTD_TOAN_QUOC',
    c: { titles: held('CSTD_TINH', 2021, 2024), initiatives: [{ year: 2023, scope: 'tinh' }] },
    status: 'not_eligible',
    reasons: { cstd_tinh_chain: true, initiative: false },
  },
  {
    name: 'Điều 21: one CSTĐ tỉnh is not enough',
    award: 'CSTD_TOAN_QUOC',
    c: { titles: held('CSTD_TINH', 2020, 2024), initiatives: [{ year: 2023, scope: 'toan_quoc' }] },
    status: 'not_eligible',
    reasons: { cstd_tinh_chain: false },
  },

  // Điều 28 — TTLĐTT
  {
    name: 'Điều 28: TTLĐTT with 11 of 20 members LĐTT (55%)',
    award: 'TTLDTT',
    c: { nominee: collective, ratings: rated('HTTNV', 2024), members: { total: 20, completed: 20, ldtt: 11, cstdcs: 0 } },
    status: 'eligible',
    reasons: { rating: true, members: true, ldtt_share: true },
    says: { ldtt_share: ['11/20 (55%)'] },
  },
  {
    name: 'Điều 28: 50% LĐTT is not more than half',
    award: 'TTLDTT',
    c: { nominee: collective, ratings: rated('HTTNV', 2024), members: { total: 20, completed: 20, ldtt: 10, cstdcs: 0 } },
    status: 'not_eligible',
    reasons: { ldtt_share: false },
    says: { ldtt_share: ['10/20 (50%)', 'trên 50%'] },
  },
  {
    name: 'Điều 28: 2 of 3 members (66,67%) is more than half',
    award: 'TTLDTT',
    c: { nominee: collective, ratings: rated('HTXSNV', 2024), members: { total: 3, completed: 3, ldtt: 2, cstdcs: 0 } },
    status: 'eligible',
    reasons: { ldtt_share: true },
    says: { ldtt_share: ['2/3 (66,67%)'] },
  },
  {
    name: 'Điều 28: no TTLĐTT without member figures',
    award: 'TTLDTT',
    c: { nominee: collective, ratings: rated('HTTNV', 2024) },
    status: 'not_eligible',
    reasons: { members: false },
  },
  {
    name: 'Điều 28: no TTLĐTT when the collective only completed its tasks (HTNV)',
    award: 'TTLDTT',
    c: { nominee: collective, ratings: rated('HTNV', 2024), members: { total: 20, completed: 20, ldtt: 15, cstdcs: 0 } },
    status: 'not_eligible',
    reasons: { rating: false, ldtt_share: true },
  },

  // Điều 27 — TTLĐXS
  {
    name: 'Điều 27: TTLĐXS with 70% LĐTT exactly (≥ 70% is met)',
    award: 'TTLDXS',
    c: { nominee: collective, ratings: rated('HTXSNV', 2024), members: { total: 20, completed: 20, ldtt: 14, cstdcs: 1 } },
    status: 'eligible',
    reasons: { rating: true, members: true, all_completed: true, ldtt_share: true, has_cstdcs: true },
    says: { ldtt_share: ['14/20 (70%)'] },
  },
  {
    name: 'Điều 27: 65% LĐTT is below 70%',
    award: 'TTLDXS',
    c: { nominee: collective, ratings: rated('HTXSNV', 2024), members: { total: 20, completed: 20, ldtt: 13, cstdcs: 1 } },
    status: 'not_eligible',
    reasons: { ldtt_share: false },
    says: { ldtt_share: ['13/20 (65%)'] },
  },
  {
    name: 'Điều 27: 7 of 10 members LĐTT meets 70% exactly',
    award: 'TTLDXS',
    c: { nominee: collective, ratings: rated('HTXSNV', 2024), members: { total: 10, completed: 10, ldtt: 7, cstdcs: 1 } },
    status: 'eligible',
    reasons: { ldtt_share: true },
  },
  {
    name: 'Điều 27: 2 of 3 LĐTT (66,67%) is below 70%',
    award: 'TTLDXS',
    c: { nominee: collective, ratings: rated('HTXSNV', 2024), members: { total: 3, completed: 3, ldtt: 2, cstdcs: 1 } },
    status: 'not_eligible',
    reasons: { ldtt_share: false },
    says: { ldtt_share: ['2/3 (66,67%)'] },
  },
  {
    name: 'Điều 27: every member must have completed the tasks',
    award: 'TTLDXS',
    c: { nominee: collective, ratings: rated('HTXSNV', 2024), members: { total: 20, completed: 19, ldtt: 15, cstdcs: 1 } },
    status: 'not_eligible',
    reasons: { all_completed: false, ldtt_share: true },
    says: { all_completed: ['19/20 (95%)', '100%'] },
  },
  {
    name: 'Điều 27: at least one member CSTĐCS',
    award: 'TTLDXS',
    c: { nominee: collective, ratings: rated('HTXSNV', 2024), members: { total: 20, completed: 20, ldtt: 16, cstdcs: 0 } },
    status: 'not_eligible',
    reasons: { has_cstdcs: false },
  },
  {
    name: 'Điều 27: the collective must be rated HTXSNV',
    award: 'TTLDXS',
    c: { nominee: collective, ratings: rated('HTTNV', 2024), members: { total: 20, completed: 20, ldtt: 16, cstdcs: 2 } },
    status: 'not_eligible',
    reasons: { rating: false },
  },

  // Điều 26 / 25 — Cờ thi đua
  {
    name: 'Điều 26: Cờ thi đua tỉnh when rated HTXSNV, with the cluster vote still to confirm',
    award: 'CO_THI_DUA_TINH',
    c: { nominee: collective, ratings: rated('HTXSNV', 2024) },
    status: 'eligible',
    reasons: { rating: true, council_confirmation: true },
    says: { council_confirmation: ['dẫn đầu cụm, khối', 'Hội đồng Thi đua – Khen thưởng', 'điều kiện cần'] },
  },
  { name: 'Điều 26: no Cờ thi đua tỉnh when rated HTTNV', award: 'CO_THI_DUA_TINH', c: { nominee: collective, ratings: rated('HTTNV', 2024) }, status: 'not_eligible', reasons: { rating: false } },
  {
    name: 'Điều 25: Cờ thi đua Chính phủ when HTXSNV and holding the provincial flag that year',
    award: 'CO_THI_DUA_CP',
    c: { nominee: collective, ratings: rated('HTXSNV', 2024), titles: held('CO_THI_DUA_TINH', 2024) },
    status: 'eligible',
    reasons: { rating: true, province_flag: true, council_confirmation: true },
  },
  {
    name: 'Điều 25: no Cờ thi đua Chính phủ without the provincial flag of that year',
    award: 'CO_THI_DUA_CP',
    c: { nominee: collective, ratings: rated('HTXSNV', 2024), titles: held('CO_THI_DUA_TINH', 2023) },
    status: 'not_eligible',
    reasons: { province_flag: false },
  },

  // Điều 75 — Giấy khen
  {
    name: 'Điều 75: Giấy khen for a person rated HTTNV; the province details the criteria',
    award: 'GIAY_KHEN',
    c: { ratings: rated('HTTNV', 2024) },
    status: 'eligible',
    reasons: { rating: true, provincial_criteria: true },
    says: { provincial_criteria: ['tỉnh quy định'] },
  },
  { name: 'Điều 75: Giấy khen for a collective rated HTXSNV', award: 'GIAY_KHEN', c: { nominee: collective, ratings: rated('HTXSNV', 2024) }, status: 'eligible', reasons: { rating: true } },
  { name: 'Điều 75: no Giấy khen when rated HTNV', award: 'GIAY_KHEN', c: { ratings: rated('HTNV', 2024) }, status: 'not_eligible', reasons: { rating: false } },

  // Điều 74(1)(d) — Bằng khen tỉnh
  {
    name: 'Điều 74: Bằng khen tỉnh with 2 consecutive CSTĐCS',
    award: 'BANG_KHEN_TINH',
    c: { titles: held('CSTDCS', 2023, 2024) },
    status: 'eligible',
    reasons: { chain: true, already_commended: true },
    says: { chain: ['2023–2024'] },
  },
  {
    name: 'Điều 74: a gap breaks the 2 CSTĐCS chain',
    award: 'BANG_KHEN_TINH',
    c: { titles: held('CSTDCS', 2022, 2024) },
    status: 'not_eligible',
    reasons: { chain: false },
    says: { chain: ['năm 2023 không có danh hiệu này'] },
  },
  {
    name: 'Điều 74: Bằng khen tỉnh with 2 consecutive HTXSNV years and 2 initiatives',
    award: 'BANG_KHEN_TINH',
    c: { ratings: rated('HTXSNV', 2023, 2024), initiatives: [{ year: 2023, scope: 'co_so' }, { year: 2024, scope: 'tinh' }] },
    status: 'eligible',
    reasons: { chain: true },
    says: { chain: ['2 năm liên tục', '2023–2024'] },
  },
  {
    name: 'Điều 74: 2 HTXSNV years with 1 initiative are not enough',
    award: 'BANG_KHEN_TINH',
    c: { ratings: rated('HTXSNV', 2023, 2024), initiatives: [{ year: 2024, scope: 'co_so' }] },
    status: 'not_eligible',
    reasons: { chain: false },
    says: { chain: ['với 1 sáng kiến'] },
  },
  {
    name: 'Điều 74: the 2 initiatives may spread over a longer HTXSNV chain (≥ 2 years)',
    award: 'BANG_KHEN_TINH',
    c: { ratings: rated('HTXSNV', 2022, 2023, 2024), initiatives: [{ year: 2022, scope: 'co_so' }, { year: 2024, scope: 'co_so' }] },
    status: 'eligible',
    reasons: { chain: true, already_commended: true },
    says: { chain: ['3 năm liên tục', '2022–2024'], already_commended: ['2022–2024'] },
  },
  {
    name: 'Điều 74: one HTXSNV year is not a chain, whatever the initiatives',
    award: 'BANG_KHEN_TINH',
    c: { ratings: [...rated('HTTNV', 2023), ...rated('HTXSNV', 2024)], initiatives: [{ year: 2024, scope: 'co_so' }, { year: 2024, scope: 'co_so' }] },
    status: 'not_eligible',
    reasons: { chain: false },
    says: { chain: ['năm 2023 xếp loại hoàn thành tốt nhiệm vụ'] },
  },

  // Điều 73(1)(b) — Bằng khen Thủ tướng
  {
    name: 'Điều 73: Bằng khen Thủ tướng with a Bằng khen tỉnh, 5 years HTTNV+ and 3 CSTĐCS in them',
    award: 'BANG_KHEN_TTG',
    c: { ratings: rated('HTTNV', 2020, 2021, 2022, 2023, 2024), titles: [...held('BANG_KHEN_TINH', 2018), ...held('CSTDCS', 2020, 2022, 2024)] },
    status: 'eligible',
    reasons: { bang_khen_tinh_held: true, good_years_chain: true, cstdcs_in_chain: true, already_commended: true },
    says: { cstdcs_in_chain: ['2020–2024', '3 lần'] },
  },
  {
    name: 'Điều 73: no Bằng khen Thủ tướng without an earlier Bằng khen tỉnh',
    award: 'BANG_KHEN_TTG',
    c: { ratings: rated('HTTNV', 2020, 2021, 2022, 2023, 2024), titles: held('CSTDCS', 2020, 2022, 2024) },
    status: 'not_eligible',
    reasons: { bang_khen_tinh_held: false, good_years_chain: true, cstdcs_in_chain: true },
  },
  {
    name: 'Điều 73: 4 good years are not 5',
    award: 'BANG_KHEN_TTG',
    c: { ratings: [...rated('HTNV', 2020), ...rated('HTXSNV', 2021, 2022, 2023, 2024)], titles: [...held('BANG_KHEN_TINH', 2018), ...held('CSTDCS', 2021, 2022, 2024)] },
    status: 'not_eligible',
    reasons: { good_years_chain: false },
    says: { good_years_chain: ['chỉ có 4 năm (2021–2024)', 'năm 2020 xếp loại hoàn thành nhiệm vụ'] },
  },
  {
    name: 'Điều 73: 5 good years with only 2 CSTĐCS',
    award: 'BANG_KHEN_TTG',
    c: { ratings: rated('HTTNV', 2020, 2021, 2022, 2023, 2024), titles: [...held('BANG_KHEN_TINH', 2018), ...held('CSTDCS', 2022, 2024)] },
    status: 'not_eligible',
    reasons: { good_years_chain: true, cstdcs_in_chain: false },
  },
  {
    name: 'Điều 73: "5 năm trở lên": a longer good-year chain may hold the 3 CSTĐCS',
    award: 'BANG_KHEN_TTG',
    c: { ratings: rated('HTTNV', 2018, 2019, 2020, 2021, 2022, 2023, 2024), titles: [...held('BANG_KHEN_TINH', 2016), ...held('CSTDCS', 2018, 2019, 2020)] },
    status: 'eligible',
    reasons: { cstdcs_in_chain: true },
    says: { cstdcs_in_chain: ['2018–2024'] },
  },

  // Nghị định 86/2023 — Gia đình văn hóa, Thôn văn hóa
  {
    name: 'NĐ 86/2023: Gia đình văn hóa for a household, criteria left to the village meeting',
    award: 'GIA_DINH_VAN_HOA',
    c: { nominee: { kind: 'household' } },
    status: 'eligible',
    reasons: { nominee_kind: true, village_meeting: true, discipline: true, under_review: true },
    says: { village_meeting: ['hộ gia đình', 'cuộc họp bình xét', 'niêm yết công khai'] },
  },
  {
    name: 'NĐ 86/2023: Thôn, tổ dân phố văn hóa for a village',
    award: 'THON_VAN_HOA',
    c: { nominee: { kind: 'village' } },
    status: 'eligible',
    reasons: { village_meeting: true },
    says: { village_meeting: ['thôn, tổ dân phố', 'hội nghị'] },
  },
  {
    name: 'NĐ 86/2023 + Điều 5: Gia đình văn hóa already recognised for 2025',
    award: 'GIA_DINH_VAN_HOA',
    c: { nominee: { kind: 'household' }, titles: held('GIA_DINH_VAN_HOA', 2024, 2025) },
    status: 'not_eligible',
    reasons: { already_commended: false },
    says: { already_commended: ['năm 2025'] },
  },

  // Điều 5 — not twice, not two forms for one achievement
  {
    name: 'Điều 5: the same title already held for the evaluated year',
    award: 'LDTT',
    c: { ratings: rated('HTTNV', 2024), titles: held('LDTT', 2024) },
    status: 'not_eligible',
    reasons: { rating: true, already_commended: false },
    says: { already_commended: ['Đã được tặng “Lao động tiên tiến” năm 2024'] },
  },
  {
    name: 'Điều 5: CSTĐ tỉnh refused when its CSTĐCS years were used by a Bằng khen tỉnh',
    award: 'CSTD_TINH',
    c: { titles: [...held('CSTDCS', 2022, 2023, 2024), ...held('BANG_KHEN_TINH', 2023)], initiatives: [{ year: 2024, scope: 'tinh' }] },
    status: 'not_eligible',
    reasons: { cstdcs_chain: true, initiative: true, already_commended: false },
    says: { already_commended: ['các năm 2022–2023', '“Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” năm 2023'] },
  },
  {
    name: 'Điều 5: CSTĐ tỉnh accepted on a chain disjoint from the earlier Bằng khen tỉnh',
    award: 'CSTD_TINH',
    c: { titles: [...held('CSTDCS', 2020, 2021, 2022, 2023, 2024), ...held('BANG_KHEN_TINH', 2021)], initiatives: [{ year: 2024, scope: 'tinh' }] },
    status: 'eligible',
    reasons: { cstdcs_chain: true, already_commended: true },
    says: { already_commended: ['2022–2024 chưa được dùng'] },
  },
  {
    name: 'Điều 5: a new Bằng khen tỉnh refused when it reuses a year of the previous one',
    award: 'BANG_KHEN_TINH',
    c: { titles: [...held('CSTDCS', 2022, 2023, 2024), ...held('BANG_KHEN_TINH', 2023)] },
    status: 'not_eligible',
    reasons: { chain: true, already_commended: false },
    says: { already_commended: ['năm 2023 đã được dùng'] },
  },
  {
    name: 'Điều 5: a second CSTĐ tỉnh three years after the first is a new achievement',
    award: 'CSTD_TINH',
    c: { titles: [...held('CSTDCS', 2019, 2020, 2021, 2022, 2023, 2024), ...held('CSTD_TINH', 2021)], initiatives: [{ year: 2023, scope: 'tinh' }] },
    status: 'eligible',
    reasons: { already_commended: true },
  },
  {
    name: 'Điều 5: a CSTĐ tỉnh two years after the first reuses a CSTĐCS year',
    award: 'CSTD_TINH',
    c: { titles: [...held('CSTDCS', 2020, 2021, 2022, 2023, 2024), ...held('CSTD_TINH', 2022)], initiatives: [{ year: 2023, scope: 'tinh' }] },
    status: 'not_eligible',
    reasons: { already_commended: false },
  },
  {
    name: 'Điều 5: Bằng khen Thủ tướng refused when a Bằng khen tỉnh used years of its 5-year chain',
    award: 'BANG_KHEN_TTG',
    c: { ratings: rated('HTTNV', 2020, 2021, 2022, 2023, 2024), titles: [...held('BANG_KHEN_TINH', 2022), ...held('CSTDCS', 2020, 2021, 2022, 2024)] },
    status: 'not_eligible',
    reasons: { bang_khen_tinh_held: true, good_years_chain: true, cstdcs_in_chain: true, already_commended: false },
    says: { already_commended: ['các năm 2021–2022'] },
  },
  {
    name: 'Điều 5: a second CSTĐ toàn quốc cannot reuse the years of the first',
    award: 'CSTD_TOAN_QUOC',
    c: { titles: [...held('CSTD_TINH', 2018, 2021, 2024), ...held('CSTD_TOAN_QUOC', 2021)], initiatives: [{ year: 2024, scope: 'toan_quoc' }] },
    status: 'not_eligible',
    reasons: { cstd_tinh_chain: true, already_commended: false },
    says: { already_commended: ['các năm 2019–2021', '“Chiến sĩ thi đua toàn quốc” năm 2021'] },
  },
];

describe('evaluateEligibility: each rule on both rule sets (15/03/2025 under NĐ 98/2023, 15/09/2025 under NĐ 152/2025)', () => {
  it.each(ROWS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    for (const result of onBothRuleSets(row.award, row.c)) {
      expect(result.status).toBe(row.status);
      for (const [code, expected] of Object.entries(row.reasons)) expect({ code, met: met(result, code) }).toEqual({ code, met: expected });
      for (const [code, fragments] of Object.entries(row.says ?? {})) for (const f of fragments) expect(message(result, code)).toContain(f);
      expect(result.status === 'eligible').toBe(result.reasons.every((r) => r.met));
    }
  });
});

describe('Điều 80 / NĐ 129/2025: who decides, same criteria', () => {
  it.each([
    ['CSTDCS', 'commune', 'Chủ tịch Ủy ban nhân dân cấp huyện', 'Chủ tịch Ủy ban nhân dân cấp xã'],
    ['TTLDTT', 'commune', 'Chủ tịch Ủy ban nhân dân cấp huyện', 'Chủ tịch Ủy ban nhân dân cấp xã'],
    ['THON_VAN_HOA', 'commune', 'Chủ tịch Ủy ban nhân dân cấp huyện', 'Chủ tịch Ủy ban nhân dân cấp xã'],
    ['LDTT', 'commune', 'Chủ tịch Ủy ban nhân dân cấp xã', 'Chủ tịch Ủy ban nhân dân cấp xã'],
    ['CSTDCS', 'agency', 'Thủ trưởng cơ quan, đơn vị', 'Thủ trưởng cơ quan, đơn vị'],
    ['CSTD_TINH', 'commune', 'Chủ tịch Ủy ban nhân dân cấp tỉnh', 'Chủ tịch Ủy ban nhân dân cấp tỉnh'],
    ['BANG_KHEN_TTG', 'commune', 'Thủ tướng Chính phủ', 'Thủ tướng Chính phủ'],
  ] as const)('Điều 80: %s for a %s-level nominee: %s, then %s', (award, unitLevel, before, after) => {
    const kind = award === 'TTLDTT' ? 'collective' : award === 'THON_VAN_HOA' ? 'village' : 'person';
    const [a, b] = onBothRuleSets(award, { nominee: { kind, unitLevel } });
    expect(a.decidedBy).toBe(before);
    expect(b.decidedBy).toBe(after);
  });

  it('Điều 23: the same CSTĐCS case differs only in rule set and decider', () => {
    const c: Case = { ratings: rated('HTXSNV', 2024), titles: held('LDTT', 2024) };
    const [a, b] = onBothRuleSets('CSTDCS', c);
    expect(a).toMatchObject({ status: 'eligible', ruleSet: 'ND98_2023', decidedBy: 'Chủ tịch Ủy ban nhân dân cấp huyện' });
    expect(b).toMatchObject({ status: 'eligible', ruleSet: 'ND152_2025', decidedBy: 'Chủ tịch Ủy ban nhân dân cấp xã' });
    expect(a.reasons[0]?.article).toBe('Nghị định 98/2023/NĐ-CP');
    expect(b.reasons[0]?.article).toBe('Nghị định 152/2025/NĐ-CP');
  });
});

describe('Boundary dates of the rule sets', () => {
  const c: Case = { ratings: rated('HTXSNV', 2023, 2024, 2025), titles: held('LDTT', 2023, 2024, 2025) };

  it('Điều 80: 30/06/2025 is the last day of NĐ 98/2023 (district chair decides CSTĐCS)', () => {
    expect(judge('2025-06-30', 'CSTDCS', c)).toMatchObject({ status: 'eligible', ruleSet: 'ND98_2023', decidedBy: 'Chủ tịch Ủy ban nhân dân cấp huyện' });
  });

  it('NĐ 129/2025: 01/07/2025 is the first day of NĐ 152/2025 (commune chair decides CSTĐCS)', () => {
    expect(judge('2025-07-01', 'CSTDCS', c)).toMatchObject({ status: 'eligible', ruleSet: 'ND152_2025', decidedBy: 'Chủ tịch Ủy ban nhân dân cấp xã' });
  });

  it('Luật Thi đua, khen thưởng 2022 in force from 01/01/2024: 31/12/2023 is judged for reference only, never "eligible"', () => {
    const before = judge('2023-12-31', 'CSTDCS', c);
    expect(before).toMatchObject({ status: 'not_eligible', ruleSet: 'ND98_2023', decidedBy: 'Chủ tịch Ủy ban nhân dân cấp huyện' });
    expect(before.reasons[0]).toMatchObject({ code: 'rule_set', met: false });
    expect(before.reasons.filter((r) => r.code !== 'rule_set').every((r) => r.met)).toBe(true);
    expect(message(before, 'rule_set')).toContain('Năm xét thành tích: 2023');
    expect(judge('2024-01-01', 'CSTDCS', c)).toMatchObject({ status: 'eligible', ruleSet: 'ND98_2023' });
  });
});

describe('Chains end at the proposal year (domain.md §1.9)', () => {
  it('Điều 22: the chain ends at the year of asOf when that year’s CSTĐCS is in', () => {
    const [a] = onBothRuleSets('CSTD_TINH', { titles: held('CSTDCS', 2023, 2024, 2025), initiatives: [{ year: 2025, scope: 'tinh' }] });
    expect(a.status).toBe('eligible');
    expect(message(a, 'cstdcs_chain')).toContain('tính đến năm 2025: 2023–2025');
    expect(message(a, 'rule_set')).toContain('Năm xét thành tích: 2025 (đã có');
  });

  it('Điều 22: otherwise at the year before (year-end proposal made early next year)', () => {
    const [a] = onBothRuleSets('CSTD_TINH', { titles: held('CSTDCS', 2022, 2023, 2024), initiatives: [{ year: 2022, scope: 'tinh' }] });
    expect(a.status).toBe('eligible');
    expect(message(a, 'cstdcs_chain')).toContain('tính đến năm 2024: 2022–2024');
    expect(message(a, 'rule_set')).toContain('Năm xét thành tích: 2024 (chưa có danh hiệu “Chiến sĩ thi đua cơ sở” năm 2025');
  });

  it('Điều 22: a chain ending at the year of asOf with a gap the year before is broken, not shifted back', () => {
    const [a] = onBothRuleSets('CSTD_TINH', { titles: held('CSTDCS', 2021, 2022, 2023, 2025), initiatives: [{ year: 2023, scope: 'tinh' }] });
    expect(a.status).toBe('not_eligible');
    expect(message(a, 'cstdcs_chain')).toContain('năm 2024 không có danh hiệu này');
  });

  it('Điều 24: a rating of the year of asOf makes that year the one judged', () => {
    const [a] = onBothRuleSets('LDTT', { ratings: [...rated('KHTNV', 2024), ...rated('HTTNV', 2025)] });
    expect(a.status).toBe('eligible');
    expect(message(a, 'rating')).toContain('Năm 2025');
  });
});

describe('Hold: Khoản 4 Điều 4 NĐ 98/2023 / Điều 4 NĐ 152/2025', () => {
  const good: Case = { ratings: rated('HTXSNV', 2024) };

  it('an inspection, investigation or complaint in progress puts the case on hold, criteria still listed', () => {
    const [a, b] = onBothRuleSets('LDTT', { ...good, underReview: true });
    expect(a.status).toBe('hold');
    expect(met(a, 'under_review')).toBe(false);
    expect(met(a, 'rating')).toBe(true);
    expect(a.reasons.find((r) => r.code === 'under_review')?.article).toBe('Khoản 4 Điều 4 Nghị định 98/2023/NĐ-CP');
    expect(b.reasons.find((r) => r.code === 'under_review')?.article).toBe('Điều 4 Nghị định 152/2025/NĐ-CP');
  });

  it('hold outranks failed criteria', () => {
    const [a] = onBothRuleSets('LDTT', { ratings: rated('HTNV', 2024), underReview: true });
    expect(a.status).toBe('hold');
    expect(met(a, 'rating')).toBe(false);
  });

  it.each([
    [ND98, '2025-01-10', null],
    [ND152, '2025-08-01', null],
    [ND98, '2024-12-01', ND98],
    [ND152, '2025-08-01', ND152],
  ])('a discipline covering asOf %s (from %s to %s) puts the case on hold', (asOf, from, to) => {
    const result = judge(asOf, 'LDTT', { ...good, discipline: [{ from, to }] });
    expect(result.status).toBe('hold');
    expect(met(result, 'discipline')).toBe(false);
    expect(met(result, 'rating')).toBe(true);
  });

  it('a discipline that ended the day before asOf does not hold the case', () => {
    const result = judge(ND152, 'CSTD_TINH', {
      titles: held('CSTDCS', 2022, 2023, 2024),
      initiatives: [{ year: 2023, scope: 'tinh' }],
      discipline: [{ from: '2021-03-01', to: '2021-09-30' }],
    });
    expect(result.status).toBe('eligible');
    expect(message(result, 'discipline')).toContain('thành tích được tính từ năm 2022');
  });

  it('after a discipline, the chain counts from the year after it ended', () => {
    const [a] = onBothRuleSets('CSTD_TINH', {
      titles: held('CSTDCS', 2020, 2021, 2022, 2023, 2024),
      initiatives: [{ year: 2024, scope: 'tinh' }],
      discipline: [{ from: '2021-07-01', to: '2022-06-30' }],
    });
    expect(a.status).toBe('not_eligible');
    expect(met(a, 'discipline')).toBe(true);
    expect(message(a, 'cstdcs_chain')).toContain('chỉ có 2 năm (2023–2024)');
    expect(message(a, 'cstdcs_chain')).toContain('năm 2022 trở về trước không được tính');
    expect(message(a, 'cstdcs_chain')).toContain('30/06/2022');
  });

  it('Điều 24: a year in which a discipline ended does not count for LĐTT', () => {
    const [a] = onBothRuleSets('LDTT', { ...good, discipline: [{ from: '2024-01-01', to: '2024-06-30' }] });
    expect(a.status).toBe('not_eligible');
    expect(message(a, 'rating')).toContain('thành tích chỉ được tính từ năm 2025');
  });

  it('Điều 74: initiatives recognised before the discipline ended do not count', () => {
    const [a] = onBothRuleSets('BANG_KHEN_TINH', {
      ratings: rated('HTXSNV', 2021, 2022, 2023, 2024),
      initiatives: [{ year: 2021, scope: 'co_so' }, { year: 2024, scope: 'co_so' }],
      discipline: [{ from: '2021-01-01', to: '2021-12-31' }],
    });
    expect(a.status).toBe('not_eligible');
  });
});

describe('Applicability: the nominee kind', () => {
  it.each([
    ['LDTT', 'collective'],
    ['CSTD_TINH', 'household'],
    ['TTLDTT', 'person'],
    ['CO_THI_DUA_CP', 'village'],
    ['GIA_DINH_VAN_HOA', 'village'],
    ['THON_VAN_HOA', 'household'],
    ['GIAY_KHEN', 'household'],
  ] as const)('%s is not for a %s nominee', (award, kind) => {
    const [a] = onBothRuleSets(award, { nominee: { kind }, ratings: rated('HTXSNV', 2024) });
    expect(a.status).toBe('not_eligible');
    expect(a.reasons.map((r) => [r.code, r.met])).toEqual([
      ['rule_set', true],
      ['nominee_kind', false],
    ]);
  });

  it('Điều 74: a collective Bằng khen tỉnh is proposed but left to the council, and says so', () => {
    const [a] = onBothRuleSets('BANG_KHEN_TINH', { nominee: collective, titles: held('CSTDCS', 2023, 2024) });
    expect(a.status).toBe('not_eligible');
    expect(a.reasons.find((r) => r.code === 'nominee_kind')?.met).toBe(true);
    expect(message(a, 'manual_review')).toContain('Hội đồng xét theo hồ sơ');
  });
});

describe('The example of issue 5', () => {
  const example = {
    asOf: '2025-03-15',
    award: 'CSTDCS',
    nominee: { kind: 'person', unitLevel: 'commune' },
    ratings: [{ year: 2024, rating: 'HTXSNV' }],
    titles: [{ year: 2023, code: 'LDTT' }],
    initiatives: [{ year: 2024, scope: 'co_so' }],
    discipline: [],
    underReview: false,
    members: { total: 20, completed: 20, ldtt: 15, cstdcs: 1 },
  };

  it('Điều 23: answers the example: LĐTT 2024 not yet decided, so not eligible yet, with every reason', () => {
    const result = evaluateEligibility(EligibilityInputSchema.parse(example));
    expect(result).toMatchObject({ award: 'CSTDCS', status: 'not_eligible', ruleSet: 'ND98_2023', decidedBy: 'Chủ tịch Ủy ban nhân dân cấp huyện' });
    expect(result.reasons.map((r) => [r.code, r.met])).toEqual([
      ['rule_set', true],
      ['nominee_kind', true],
      ['ldtt_title', false],
      ['excellence_or_initiative', true],
      ['already_commended', true],
      ['discipline', true],
      ['under_review', true],
    ]);
    expect(EligibilityResultSchema.parse(result)).toEqual(result);
  });

  it('Điều 23: the example becomes eligible once the LĐTT of 2024 is recorded', () => {
    const result = evaluateEligibility(EligibilityInputSchema.parse({ ...example, titles: [...example.titles, { year: 2024, code: 'LDTT' }] }));
    expect(result.status).toBe('eligible');
  });
});

describe('Robustness', () => {
  // A small deterministic generator: any schema-valid case gets an answer, never an exception.
  function* cases(count: number) {
    let seed = 20250701;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = <T>(xs: readonly T[]) => xs[next(xs.length)]!;
    const ratings = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
    const kinds = ['person', 'collective', 'household', 'village'] as const;
    const levels = ['province', 'district', 'commune', 'agency'] as const;
    const scopes = ['co_so', 'tinh', 'toan_quoc'] as const;
    const dates = ['1946-01-01', '2023-12-31', '2024-01-01', '2025-06-30', '2025-07-01', '2026-02-28', '2100-12-31'];
    for (let i = 0; i < count; i += 1) {
      const asOf = pick(dates);
      const year = Number(asOf.slice(0, 4));
      const years = () => Array.from({ length: next(8) }, () => Math.max(1945, Math.min(2100, year - next(9))));
      const total = next(30);
      yield {
        asOf,
        award: pick(AWARD_CODES),
        nominee: { kind: pick(kinds), unitLevel: pick(levels) },
        ratings: years().map((y) => ({ year: y, rating: pick(ratings) })),
        titles: [...years(), ...years()].map((y) => ({ year: y, code: pick(AWARD_CODES) })),
        initiatives: years().map((y) => ({ year: y, scope: pick(scopes) })),
        discipline: next(3) === 0 ? [{ from: pick(dates), to: next(2) === 0 ? null : pick(dates) }] : [],
        underReview: next(5) === 0,
        members: next(2) === 0 ? null : { total, completed: next(total + 1), ldtt: next(total + 1), cstdcs: next(total + 1) },
      };
    }
  }

  it('answers every schema-valid case with reasons and a consistent status', () => {
    let n = 0;
    for (const raw of cases(600)) {
      const parsed = EligibilityInputSchema.safeParse(raw);
      if (!parsed.success) continue;
      n += 1;
      const result = evaluateEligibility(parsed.data);
      expect(EligibilityResultSchema.parse(result)).toEqual(result);
      expect(result.reasons.length).toBeGreaterThanOrEqual(2);
      const onHold = result.reasons.some((r) => HOLD.has(r.code) && !r.met);
      if (result.status === 'hold') expect(onHold).toBe(true);
      if (result.status === 'eligible') expect(result.reasons.every((r) => r.met)).toBe(true);
      if (result.status === 'not_eligible') expect(result.reasons.some((r) => !r.met)).toBe(true);
    }
    expect(n).toBeGreaterThan(500);
  });
});
