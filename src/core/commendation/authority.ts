/**
 * Does the reviewing level decide an award itself, or must it forward the proposal upward
 * (tờ trình lên cấp trên)? From the authority matrix of domain.md §1.5 (Law Art 79–80,
 * NĐ 129/2025 for communes after 01/07/2025).
 */
import type { AwardCode } from '../../contract/awards.js';
import type { UnitLevel } from '../awards/authority.js';
import { findAward } from '../awards/catalogue.js';
import { ruleSetFor } from '../awards/rule-sets.js';

const COMMUNE_BEFORE_REFORM: readonly AwardCode[] = ['LDTT', 'GIAY_KHEN', 'GIA_DINH_VAN_HOA'];
const AGENCY_HEAD_DECIDES: readonly AwardCode[] = ['LDTT', 'CSTDCS', 'TTLDTT', 'GIAY_KHEN'];

/**
 * A level's own title or form is decided by that level (its quy chế names the authority), so only
 * the owner's council decides it; every other reviewer forwards it.
 */
export function reviewerDecides(code: AwardCode, asOf: string, reviewerLevel: UnitLevel, reviewerUnitId: string | null = null): boolean {
  const award = findAward(code);
  if (award.local) return reviewerUnitId === award.local.ownerUnitId;
  const level = award.level;
  if (level === 'national') return false;
  if (level === 'province') return reviewerLevel === 'province';
  const reform = ruleSetFor(asOf) === 'ND152_2025';
  switch (reviewerLevel) {
    case 'province':
      return false;
    case 'district':
      return !reform;
    case 'commune':
      return reform || COMMUNE_BEFORE_REFORM.includes(code);
    case 'agency':
      return AGENCY_HEAD_DECIDES.includes(code);
  }
}
