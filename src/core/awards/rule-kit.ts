/** The shape of one award's rule and the reason builders several rules share. */
import type { AwardCode, EligibilityInput, EligibilityReason, Rating } from '../../contract/awards.js';
import { formatDateVi } from '../dates.js';
import { type Facts, type Run, type Scope, atLeast } from './facts.js';
import { quoted, ratingLabel, scopeLabel, yearsLabel } from './wording.js';

export interface RuleOutcome {
  /** One reason per criterion checked, met or not. */
  reasons: EligibilityReason[];
  /** The years whose achievement this proposal would use, when it rests on a chain that was formed (Law Art 5). */
  usedYears: number[] | null;
}

export interface AwardRule {
  /**
   * The year whose achievement is judged: the year of asOf when its facts are in, else the year
   * before (a year-end proposal made early next year).
   */
  evaluatedYear(facts: Facts): number;
  /**
   * What "the facts of a year" are for this award, for the message ("kết quả xếp loại"); null when
   * the year judged is simply the year of asOf (a yearly review held in that year).
   */
  yearFacts: string | null;
  check(facts: Facts, year: number, input: EligibilityInput): RuleOutcome;
  /** Said when the nominee kind is not covered: what the law gives that thidua does not check. */
  otherNominees?: string;
}

/** Evaluated year = asOf's year when `present(year)`, else the year before. */
export function yearWhen(present: (facts: Facts, year: number) => boolean): (facts: Facts) => number {
  return (facts) => (present(facts, facts.asOfYear) ? facts.asOfYear : facts.asOfYear - 1);
}

export function reason(code: string, met: boolean, article: string, message: string): EligibilityReason {
  return { code, met, article, message };
}

/** "kỷ luật chấp hành xong ngày 30/06/2022, thành tích tính từ năm 2023". */
export function disciplineNote(facts: Facts): string {
  const ended = facts.lastEndedDiscipline;
  if (!ended) return '';
  return `kỷ luật chấp hành xong ngày ${formatDateVi(ended.to)}, thành tích chỉ được tính từ năm ${facts.firstCountableYear}`;
}

/** Why a chain stopped, after the last year that qualified. */
export function stopNote(facts: Facts, run: Run, missing: (year: number) => string): string {
  if (run.cause === 'discipline') return `năm ${run.stoppedAt} trở về trước không được tính (${disciplineNote(facts)})`;
  return missing(run.stoppedAt);
}

const SUBJECT = { person: 'cá nhân', collective: 'tập thể' } as const;
export type Subject = keyof typeof SUBJECT;

/** A rating of at least `min` (or exactly `min` when it is the top) in the evaluated year. */
export function ratingReason(facts: Facts, year: number, min: Rating, article: string, subject: Subject): EligibilityReason {
  const required = min === 'HTXSNV' ? ratingLabel(min) : `${ratingLabel(min)} trở lên`;
  const rating = facts.ratingIn(year);
  if (!facts.isCountable(year)) {
    return reason('rating', false, article, `Năm ${year} chưa được tính thành tích: ${disciplineNote(facts)}.`);
  }
  if (rating === null) {
    return reason('rating', false, article, `Chưa có kết quả xếp loại năm ${year} của ${SUBJECT[subject]} (yêu cầu ${required}).`);
  }
  const met = atLeast(rating, min);
  return reason('rating', met, article, `Năm ${year} ${SUBJECT[subject]} xếp loại ${ratingLabel(rating)} (yêu cầu ${required}).`);
}

/** Why a year fails a rating chain: no rating, or one below `min`. */
export function ratingGap(facts: Facts, min: Rating): (year: number) => string {
  return (year) => {
    const rating = facts.ratingIn(year);
    if (rating === null) return `năm ${year} không có kết quả xếp loại`;
    return atLeast(rating, min) ? `năm ${year} không được tính` : `năm ${year} xếp loại ${ratingLabel(rating)}`;
  };
}

/** n consecutive years holding `code`, ending at the evaluated year. */
export function titleChainReason(
  facts: Facts,
  code: AwardCode,
  name: string,
  need: number,
  year: number,
  article: string,
  reasonCode: string,
): { reason: EligibilityReason; used: number[] | null } {
  const run = facts.run(year, (y) => facts.hasTitle(code, y));
  if (run.years.length >= need) {
    const used = run.years.slice(-need);
    return {
      reason: reason(reasonCode, true, article, `Có ${need} năm liên tục đạt danh hiệu ${quoted(name)} tính đến năm ${year}: ${yearsLabel(used)}.`),
      used,
    };
  }
  const why = stopNote(facts, run, (y) => `năm ${y} không có danh hiệu này`);
  const had = run.years.length === 0 ? '' : `chỉ có ${run.years.length} năm (${yearsLabel(run.years)}): `;
  return {
    reason: reason(reasonCode, false, article, `Cần ${need} năm liên tục đạt danh hiệu ${quoted(name)} tính đến năm ${year}; ${had}${why}.`),
    used: null,
  };
}

/** "sáng kiến cấp tỉnh năm 2023, sáng kiến toàn quốc năm 2024". */
export function initiativesLabel(list: readonly { year: number; scope: Scope }[]): string {
  return list.map((i) => `sáng kiến ${scopeLabel(i.scope)} năm ${i.year}`).join(', ');
}
