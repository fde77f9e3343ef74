/**
 * Tiền thưởng of one awardee: the award's multiple of mức lương cơ sở (domain.md §1.3–§1.4),
 * doubled for a collective receiving a form of commendation: the decrees give a collective twice
 * an individual's amount for the same form (domain.md §1.4, Giấy khen 0.3× → 0.6×). The
 * catalogue's collective titles (TTLĐTT, Cờ thi đua …) already carry their own multiple.
 */
import type { AwardCode } from '../../../contract/awards.js';
import { findAward } from '../../../core/awards/catalogue.js';
import { awardCash, baseSalaryOn } from '../../../core/commendation/base-salary.js';

export function cashMultipleFor(code: AwardCode, kind: 'person' | 'collective'): number | null {
  const award = findAward(code);
  if (award.cashMultiple === null) return null;
  // A level's own entry states its amount in its quy chế; the decree's doubling is for the law's forms.
  if (award.local) return award.cashMultiple;
  return award.kind === 'form' && kind === 'collective' ? Math.round(award.cashMultiple * 20) / 10 : award.cashMultiple;
}

/** The amount on `isoDate`, or null without a multiple or before the oldest base salary on record. */
export function cashOn(multiple: number | null, isoDate: string): number | null {
  const base = baseSalaryOn(isoDate);
  return multiple === null || base === null ? null : awardCash(multiple, base.amount);
}
