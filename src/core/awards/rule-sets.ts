/**
 * Bộ quy định áp dụng: which decree governs a case, chosen by its date (domain.md §0). The Law
 * 2022 is the same throughout; the implementing decree and the authority of local levels change.
 */
import type { BuiltinAwardCode, EligibilityReason, RuleSet } from '../../contract/awards.js';
import { formatDateVi } from '../dates.js';
import { type UnitLevel, authorityRows } from './authority.js';
import { LAW } from './wording.js';

export interface RuleSetPeriod {
  code: RuleSet;
  decree: string;
  validFrom: string;
  /** Last day in force; null while in force. */
  validTo: string | null;
}

/** Luật Thi đua, khen thưởng 2022 took effect on this day, together with NĐ 98/2023. */
export const LAW_2022_EFFECTIVE = '2024-01-01';

export const RULE_SET_PERIODS: readonly RuleSetPeriod[] = [
  { code: 'ND98_2023', decree: 'Nghị định 98/2023/NĐ-CP', validFrom: LAW_2022_EFFECTIVE, validTo: '2025-06-30' },
  { code: 'ND152_2025', decree: 'Nghị định 152/2025/NĐ-CP', validFrom: '2025-07-01', validTo: null },
];

export function ruleSetPeriod(code: RuleSet): RuleSetPeriod {
  const period = RULE_SET_PERIODS.find((p) => p.code === code);
  if (!period) throw new Error(`Unknown rule set ${code}`);
  return period;
}

/**
 * The rule set in force on a date (ISO calendar dates compare as strings). Before the Law 2022
 * the old law applied, which thidua does not encode: ND98_2023 is returned and ruleSetReason says so.
 */
export function ruleSetFor(asOf: string): RuleSet {
  const inForce = RULE_SET_PERIODS.find((p) => asOf >= p.validFrom && (p.validTo === null || asOf <= p.validTo));
  return inForce?.code ?? 'ND98_2023';
}

/**
 * Why this rule set applies to a case dated `asOf`. Met is false before 01/01/2024: the verdict
 * can then only be indicative, so it must not read as "eligible".
 */
export function ruleSetReason(asOf: string): EligibilityReason {
  const date = formatDateVi(asOf);
  if (asOf < LAW_2022_EFFECTIVE) {
    return {
      code: 'rule_set',
      met: false,
      article: `${LAW} (hiệu lực từ ${formatDateVi(LAW_2022_EFFECTIVE)})`,
      message:
        `Ngày đề nghị ${date} trước ngày ${LAW} có hiệu lực (${formatDateVi(LAW_2022_EFFECTIVE)}): trường hợp này xét theo ` +
        'Luật Thi đua, khen thưởng 2003 (đã sửa đổi, bổ sung) và các văn bản hướng dẫn cũ, thidua không mã hóa các quy định đó; ' +
        'các tiêu chí dưới đây chỉ để tham khảo theo Luật 2022 và Nghị định 98/2023/NĐ-CP.',
    };
  }
  const code = ruleSetFor(asOf);
  const period = ruleSetPeriod(code);
  if (code === 'ND98_2023') {
    return {
      code: 'rule_set',
      met: true,
      article: period.decree,
      message:
        `Ngày đề nghị ${date} trong thời gian hiệu lực của ${period.decree} (${formatDateVi(period.validFrom)} – ${formatDateVi(period.validTo)}): ` +
        `áp dụng ${LAW} và ${period.decree}; thẩm quyền theo Điều 80 ${LAW} (còn cấp huyện).`,
    };
  }
  return {
    code: 'rule_set',
    met: true,
    article: period.decree,
    message:
      `Ngày đề nghị ${date} từ ${formatDateVi(period.validFrom)}: áp dụng ${LAW}, ${period.decree} (thay thế Nghị định 98/2023/NĐ-CP) ` +
      'và Nghị định 129/2025/NĐ-CP (chính quyền địa phương hai cấp: thẩm quyền của Chủ tịch Ủy ban nhân dân cấp huyện chuyển cho Chủ tịch Ủy ban nhân dân cấp xã).',
  };
}

/**
 * Principle 4 (hold while under discipline or review; count achievement from the end of a
 * discipline): Khoản 4 Điều 4 NĐ 98/2023. NĐ 152/2025 restates it; its clause number is not
 * confirmed here, so only the article is cited.
 */
export function holdArticle(ruleSet: RuleSet): string {
  return ruleSet === 'ND98_2023' ? 'Khoản 4 Điều 4 Nghị định 98/2023/NĐ-CP' : 'Điều 4 Nghị định 152/2025/NĐ-CP';
}

/** Who decides `code` for a nominee managed at `unitLevel` under `ruleSet`. */
export function decidingAuthority(code: BuiltinAwardCode, ruleSet: RuleSet, unitLevel: UnitLevel): string {
  const rows = authorityRows(code, ruleSet);
  const row = rows.find((r) => r.unitLevel === unitLevel) ?? rows.find((r) => r.unitLevel === null);
  if (!row) throw new Error(`No authority for ${code} under ${ruleSet} at ${unitLevel}`);
  return row.authority;
}
