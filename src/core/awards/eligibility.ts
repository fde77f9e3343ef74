/**
 * Xét điều kiện khen thưởng: one case judged under the rule set in force on its date. Pure: the
 * caller supplies the history; the answer always carries its reasons and their articles.
 */
import type { Award, BuiltinAwardCode, EligibilityInput, EligibilityReason, EligibilityResult, RuleSet } from '../../contract/awards.js';
import { formatDateVi } from '../dates.js';
import { findAward } from './catalogue.js';
import { Facts } from './facts.js';
import { findReuse } from './reuse.js';
import type { AwardRule } from './rule-kit.js';
import { reason } from './rule-kit.js';
import { AWARD_RULES } from './rules.js';
import { localRule } from './rules-local.js';
import { decidingAuthority, holdArticle, ruleSetFor, ruleSetReason } from './rule-sets.js';
import { lawArticle, quoted, yearsLabel } from './wording.js';

/** Reasons whose failure puts the case on hold rather than refusing it (principle 4, domain.md §1.4). */
const HOLD_CODES = new Set(['discipline', 'under_review']);

const NOMINEE_LABEL = { person: 'cá nhân', collective: 'tập thể', household: 'hộ gia đình', village: 'thôn, tổ dân phố' } as const;

/** Judges one case. Never throws for an input that passed EligibilityInputSchema. */
export function evaluateEligibility(input: EligibilityInput): EligibilityResult {
  const ruleSet = ruleSetFor(input.asOf);
  const award = findAward(input.award);
  const local = award.local;
  const rule = local ? localRule({ ...award, local }) : AWARD_RULES[input.award as BuiltinAwardCode];
  const facts = new Facts(input);
  const year = rule.evaluatedYear(facts);
  const decidedBy = local ? local.authority : decidingAuthority(input.award as BuiltinAwardCode, ruleSet, input.nominee.unitLevel);
  const result = { award: input.award, ruleSet, decidedBy };

  const timing = ruleSetReason(input.asOf);
  timing.message = `${timing.message} ${yearNote(rule, facts, year)}`;
  if (local && (input.asOf < local.validFrom || (local.validTo !== null && input.asOf > local.validTo))) {
    const until = local.validTo ? ` đến ${formatDateVi(local.validTo)}` : '';
    const validity = reason('validity', false, award.legalBasis, `${quoted(award.name)} áp dụng từ ${formatDateVi(local.validFrom)}${until}; ngày đề nghị ${formatDateVi(input.asOf)} nằm ngoài thời gian này.`);
    return { ...result, status: 'not_eligible', reasons: [timing, validity] };
  }

  const applies = award.nominee.includes(input.nominee.kind);
  const applicability = nomineeReason(award, rule, input.nominee.kind, applies);
  if (!applies) return { ...result, status: 'not_eligible', reasons: [timing, applicability] };

  const outcome = rule.check(facts, year, input);
  const reasons = [timing, applicability, ...outcome.reasons, reuseReason(award, year, facts, outcome.usedYears), ...holdReasons(facts, input, ruleSet)];
  const status = reasons.some((r) => HOLD_CODES.has(r.code) && !r.met) ? 'hold' : reasons.every((r) => r.met) ? 'eligible' : 'not_eligible';
  return { ...result, status, reasons };
}

function yearNote(rule: AwardRule, facts: Facts, year: number): string {
  if (rule.yearFacts === null) return `Năm xét: ${year} (năm bình xét của ngày đề nghị).`;
  if (year === facts.asOfYear) return `Năm xét thành tích: ${year} (đã có ${rule.yearFacts} năm ${year}).`;
  return `Năm xét thành tích: ${year} (chưa có ${rule.yearFacts} năm ${facts.asOfYear} nên xét thành tích năm trước).`;
}

function nomineeReason(award: Award, rule: AwardRule, kind: EligibilityInput['nominee']['kind'], applies: boolean): EligibilityReason {
  const forWhom = award.nominee.map((k) => NOMINEE_LABEL[k]).join(', ');
  const message = applies
    ? `${quoted(award.name)} xét tặng cho ${forWhom}; đối tượng đề nghị là ${NOMINEE_LABEL[kind]}.`
    : `${quoted(award.name)} xét tặng cho ${forWhom}; đối tượng đề nghị là ${NOMINEE_LABEL[kind]} nên không áp dụng.` +
      (rule.otherNominees ? ` ${rule.otherNominees}` : '');
  return reason('nominee_kind', applies, award.legalBasis, message);
}

/** Law Art 5: not the same award twice for one year, not one chain of years for two awards. */
function reuseReason(award: Award, year: number, facts: Facts, usedYears: number[] | null): EligibilityReason {
  const article = lawArticle('Điều 5');
  const sameYear = facts.hasTitle(award.code, year);
  const reuses = usedYears ? findReuse(award.code, year, usedYears, facts.heldTitles()) : [];
  if (!sameYear && reuses.length === 0) {
    const chain = usedYears ? `; thành tích các năm ${yearsLabel(usedYears)} chưa được dùng để tặng danh hiệu, hình thức khen thưởng khác` : '';
    return reason('already_commended', true, article, `Chưa được tặng ${quoted(award.name)} cho năm ${year}${chain}.`);
  }
  const parts: string[] = [];
  if (sameYear) parts.push(`Đã được tặng ${quoted(award.name)} năm ${year}: không khen thưởng nhiều lần cho một thành tích.`);
  if (reuses.length > 0) {
    const list = reuses.map((r) => `${r.years.length > 1 ? 'các năm' : 'năm'} ${yearsLabel(r.years)} đã được dùng để tặng ${quoted(findAward(r.title.code).name)} năm ${r.title.year}`).join('; ');
    parts.push(`Thành tích ${list}: không khen thưởng nhiều hình thức cho một thành tích.`);
  }
  return reason('already_commended', false, article, parts.join(' '));
}

function holdReasons(facts: Facts, input: EligibilityInput, ruleSet: RuleSet): EligibilityReason[] {
  const article = holdArticle(ruleSet);
  const inForce = facts.disciplinesInForce[0];
  let discipline: EligibilityReason;
  if (inForce) {
    const until = inForce.to === null ? 'chưa có ngày kết thúc' : `đến ${formatDateVi(inForce.to)}`;
    discipline = reason(
      'discipline',
      false,
      article,
      `Đang thi hành kỷ luật (từ ${formatDateVi(inForce.from)}, ${until}): chưa khen thưởng hoặc đề nghị cấp trên khen thưởng trong thời gian này.`,
    );
  } else {
    const ended = facts.lastEndedDiscipline;
    const note = ended
      ? ` Kỷ luật đã chấp hành xong ngày ${formatDateVi(ended.to)}: thành tích được tính từ năm ${facts.firstCountableYear}, các năm đến hết ${ended.to.slice(0, 4)} không được tính.`
      : '';
    discipline = reason('discipline', true, article, `Không đang thi hành kỷ luật vào ngày đề nghị ${formatDateVi(input.asOf)}.${note}`);
  }
  const review = input.underReview
    ? reason(
        'under_review',
        false,
        article,
        'Đang bị thanh tra, kiểm tra, điều tra hoặc có đơn thư khiếu nại, tố cáo chưa được giải quyết: tạm chưa khen thưởng cho đến khi có kết luận.',
      )
    : reason('under_review', true, article, 'Không đang bị thanh tra, kiểm tra, điều tra hoặc có đơn thư khiếu nại, tố cáo chưa giải quyết.');
  return [discipline, review];
}
