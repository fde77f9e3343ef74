/**
 * Council arithmetic (Hội đồng TĐKT): quorum and the count of a ballot. Integer comparisons
 * only, so 90 % of 10 members is exactly 9 votes and never a floating-point near miss.
 */
import type { AwardCode } from '../../contract/awards.js';

export type Denominator = 'total' | 'present';
export type Ballot = 'secret' | 'open';
export type VoteChoice = 'agree' | 'disagree' | 'abstain';

export interface ThresholdRule {
  percent: number;
  denominator: Denominator;
  ballot: Ballot;
}

/**
 * Defaults recommended by domain.md §1.6: the titles that NĐ 91/2017 Art 45(8) put to a secret
 * ballot counted on all members (CSTĐ cấp tỉnh, toàn quốc, Anh hùng) need 90 % of the whole council;
 * everything else 70 % of the whole council, open vote. A council overrides any of them.
 */
const STRICT: ThresholdRule = { percent: 90, denominator: 'total', ballot: 'secret' };
const ORDINARY: ThresholdRule = { percent: 70, denominator: 'total', ballot: 'open' };

export function defaultThreshold(code: AwardCode): ThresholdRule {
  return code === 'CSTD_TINH' || code === 'CSTD_TOAN_QUOC' || code === 'ANH_HUNG_LAO_DONG' ? STRICT : ORDINARY;
}

/** Members who must attend for the meeting to be valid: ⌈total × n / d⌉ (2/3 by default). */
export function quorumRequired(total: number, numerator = 2, denominator = 3): number {
  return Math.ceil((total * numerator) / denominator);
}

export function quorumMet(present: number, total: number, numerator = 2, denominator = 3): boolean {
  return total > 0 && present >= quorumRequired(total, numerator, denominator);
}

export interface CastVote {
  choice: VoteChoice;
  /** Phiếu bằng văn bản of a member absent from the meeting. */
  written: boolean;
}

export interface Tally {
  agree: number;
  disagree: number;
  abstain: number;
  /** The denominator the threshold is measured against. */
  countedOf: number;
  /** agree / countedOf in percent, one decimal, for the minutes. */
  percent: number;
  passed: boolean;
}

/**
 * Counts one ballot. On "total" every member counts, so the written votes of absent members
 * count too and a missing vote counts against; on "present" only those at the meeting vote.
 */
export function tally(votes: readonly CastVote[], rule: Pick<ThresholdRule, 'percent' | 'denominator'>, membersTotal: number, membersPresent: number): Tally {
  const counted = rule.denominator === 'total' ? votes : votes.filter((v) => !v.written);
  const count = (c: VoteChoice) => counted.filter((v) => v.choice === c).length;
  const agree = count('agree');
  const countedOf = rule.denominator === 'total' ? membersTotal : membersPresent;
  const passed = countedOf > 0 && agree * 100 >= rule.percent * countedOf;
  const percent = countedOf > 0 ? Math.round((agree * 1000) / countedOf) / 10 : 0;
  return { agree, disagree: count('disagree'), abstain: count('abstain'), countedOf, percent, passed };
}
