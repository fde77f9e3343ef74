/**
 * Thẩm quyền quyết định khen thưởng by rule set and by the level of the unit that manages the
 * nominee. Law 2022 Art 80 until 30/06/2025; from 01/07/2025 districts are gone and NĐ 129/2025
 * moves the district chair's powers of Art 80(2) to the commune chair.
 */
import type { BuiltinAwardCode, RuleSet } from '../../contract/awards.js';

export type UnitLevel = 'province' | 'district' | 'commune' | 'agency';
export const UNIT_LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune', 'agency'];

/** One authority row: `unitLevel` null when the authority is the same whatever the level. */
export interface AuthorityRow {
  unitLevel: UnitLevel | null;
  authority: string;
}

export const PROVINCE_CHAIR = 'Chủ tịch Ủy ban nhân dân cấp tỉnh';
export const DISTRICT_CHAIR = 'Chủ tịch Ủy ban nhân dân cấp huyện';
export const COMMUNE_CHAIR = 'Chủ tịch Ủy ban nhân dân cấp xã';
export const AGENCY_HEAD = 'Thủ trưởng cơ quan, đơn vị';
export const PRIME_MINISTER = 'Thủ tướng Chính phủ';
export const PRESIDENT = 'Chủ tịch nước';

function everyLevel(authority: string): AuthorityRow[] {
  return [{ unitLevel: null, authority }];
}

function byLevel(levels: Record<UnitLevel, string>): AuthorityRow[] {
  return UNIT_LEVELS.map((unitLevel) => ({ unitLevel, authority: levels[unitLevel] }));
}

// Staff of a province-level body (a Sở, the provincial office) get their grassroots titles from
// the head of that body (Art 80(1)), like staff of any agency: the province chair is not the
// decider for LĐTT, CSTĐCS, TTLĐTT or Giấy khen.

/** Art 80(2)/(3) before the reform: the commune chair decides LĐTT and Giấy khen only. */
const COMMUNE_OWN_ND98 = byLevel({ province: AGENCY_HEAD, agency: AGENCY_HEAD, district: DISTRICT_CHAIR, commune: COMMUNE_CHAIR });
/** Art 80(2): CSTĐCS and TTLĐTT of commune-level nominees go up to the district chair. */
const DISTRICT_DECIDES_ND98 = byLevel({ province: AGENCY_HEAD, agency: AGENCY_HEAD, district: DISTRICT_CHAIR, commune: DISTRICT_CHAIR });
/** NĐ 129/2025: a nominee still recorded under a (former) district falls to the commune chair. */
const COMMUNE_DECIDES_ND152 = byLevel({ province: AGENCY_HEAD, agency: AGENCY_HEAD, district: COMMUNE_CHAIR, commune: COMMUNE_CHAIR });

const TABLE: Record<BuiltinAwardCode, Record<RuleSet, AuthorityRow[]>> = {
  LDTT: { ND98_2023: COMMUNE_OWN_ND98, ND152_2025: COMMUNE_DECIDES_ND152 },
  GIAY_KHEN: { ND98_2023: COMMUNE_OWN_ND98, ND152_2025: COMMUNE_DECIDES_ND152 },
  CSTDCS: { ND98_2023: DISTRICT_DECIDES_ND98, ND152_2025: COMMUNE_DECIDES_ND152 },
  TTLDTT: { ND98_2023: DISTRICT_DECIDES_ND98, ND152_2025: COMMUNE_DECIDES_ND152 },
  GIA_DINH_VAN_HOA: { ND98_2023: everyLevel(COMMUNE_CHAIR), ND152_2025: everyLevel(COMMUNE_CHAIR) },
  THON_VAN_HOA: { ND98_2023: everyLevel(DISTRICT_CHAIR), ND152_2025: everyLevel(COMMUNE_CHAIR) },
  CSTD_TINH: { ND98_2023: everyLevel(PROVINCE_CHAIR), ND152_2025: everyLevel(PROVINCE_CHAIR) },
  TTLDXS: { ND98_2023: everyLevel(PROVINCE_CHAIR), ND152_2025: everyLevel(PROVINCE_CHAIR) },
  CO_THI_DUA_TINH: { ND98_2023: everyLevel(PROVINCE_CHAIR), ND152_2025: everyLevel(PROVINCE_CHAIR) },
  BANG_KHEN_TINH: { ND98_2023: everyLevel(PROVINCE_CHAIR), ND152_2025: everyLevel(PROVINCE_CHAIR) },
  CSTD_TOAN_QUOC: { ND98_2023: everyLevel(PRIME_MINISTER), ND152_2025: everyLevel(PRIME_MINISTER) },
  CO_THI_DUA_CP: { ND98_2023: everyLevel(PRIME_MINISTER), ND152_2025: everyLevel(PRIME_MINISTER) },
  BANG_KHEN_TTG: { ND98_2023: everyLevel(PRIME_MINISTER), ND152_2025: everyLevel(PRIME_MINISTER) },
  // Huân chương and danh hiệu vinh dự Nhà nước: the President, on the Prime Minister's proposal (domain.md §1.5).
  HUAN_CHUONG_LAO_DONG_1: { ND98_2023: everyLevel(PRESIDENT), ND152_2025: everyLevel(PRESIDENT) },
  HUAN_CHUONG_LAO_DONG_2: { ND98_2023: everyLevel(PRESIDENT), ND152_2025: everyLevel(PRESIDENT) },
  HUAN_CHUONG_LAO_DONG_3: { ND98_2023: everyLevel(PRESIDENT), ND152_2025: everyLevel(PRESIDENT) },
  ANH_HUNG_LAO_DONG: { ND98_2023: everyLevel(PRESIDENT), ND152_2025: everyLevel(PRESIDENT) },
};

/** The authority rows of one award under one rule set. */
export function authorityRows(code: BuiltinAwardCode, ruleSet: RuleSet): readonly AuthorityRow[] {
  return TABLE[code][ruleSet];
}
