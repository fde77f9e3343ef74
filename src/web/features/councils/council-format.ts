import type { z } from 'zod';
import type { AwardCode } from '../../../contract/awards.js';
import type { CouncilMemberSchema, CouncilRoleSchema, DenominatorSchema, Threshold } from '../../../contract/councils.js';
import { defaultThreshold, quorumMet, quorumRequired } from '../../../core/commendation/council-vote.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';
import { compareVietnamese } from '../../../core/text.js';
import type { Translate } from '../../i18n/useT.js';

export type CouncilRole = z.infer<typeof CouncilRoleSchema>;
export type CouncilMember = z.infer<typeof CouncilMemberSchema>;
export type Denominator = z.infer<typeof DenominatorSchema>;

/** The order a council lists its members in: chủ tịch first, thư ký last. */
export const COUNCIL_ROLES: readonly CouncilRole[] = ['chair', 'standing_vice_chair', 'vice_chair', 'member', 'secretary'];

/** Members by role, then by name the Vietnamese way. */
export function sortMembers<T extends { role: CouncilRole; fullName: string }>(members: readonly T[]): T[] {
  return [...members].sort((a, b) => COUNCIL_ROLES.indexOf(a.role) - COUNCIL_ROLES.indexOf(b.role) || compareVietnamese(a.fullName, b.fullName));
}

/** "≥ 90% tổng số thành viên": what a ballot needs to pass. */
export function thresholdText(t: Translate, percent: number, denominator: Denominator): string {
  return t('council.thresholdText', { percent, of: t(`council.denominatorOf.${denominator}`) });
}

/** "93,3%": the share of agree votes, one decimal at most, written the Vietnamese way. */
export function percentText(percent: number): string {
  return `${formatNumberVi(percent, 1)}%`;
}

/** Attendance at the opening: who is present against the quorum the council requires. */
export function attendanceSummary(present: number, total: number, quorumNumerator: number, quorumDenominator: number) {
  return {
    present,
    total,
    required: quorumRequired(total, quorumNumerator, quorumDenominator),
    met: quorumMet(present, total, quorumNumerator, quorumDenominator),
  };
}

/**
 * The rows of the thresholds table a council has to store: those that differ from the defaults
 * of domain.md §1.6. The server answers every award with the defaults filled in, so sending the
 * whole table would freeze today's defaults into the council for good.
 */
export function thresholdOverrides(rows: readonly Threshold[]): Threshold[] {
  return rows.filter((r) => {
    const d = defaultThreshold(r.awardCode);
    return r.percent !== d.percent || r.denominator !== d.denominator || r.ballot !== d.ballot;
  });
}

/** Whether a row keeps the defaults (shown as such in the table). */
export function isDefaultThreshold(row: Threshold): boolean {
  return thresholdOverrides([row]).length === 0;
}

/** The default rule of an award, as a threshold row. */
export function defaultThresholdRow(awardCode: AwardCode): Threshold {
  return { awardCode, ...defaultThreshold(awardCode) };
}
