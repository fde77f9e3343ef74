/** The form of a level's own award entry: its values, the request body, and the criteria in words. */
import type { Award, AwardCategory, InitiativeScopeSchema, LocalAwardCriteria, Rating } from '../../../contract/awards.js';
import type { z } from 'zod';
import type { CreateLocalAwardBody } from '../awards/useAwards.js';

type Scope = z.infer<typeof InitiativeScopeSchema>;
type Nominee = Award['nominee'][number];

export interface LocalAwardValues {
  code: string;
  name: string;
  kind: 'title' | 'form';
  nominee: Nominee[];
  level: 'grassroots' | 'province';
  category: AwardCategory;
  cashMultiple: number | null;
  legalBasis: string;
  authority: string;
  validFrom: string;
  validTo: string | null;
  minRating: Rating;
  ratingYears: number;
  chainCode: string | null;
  chainYears: number | null;
  initiativeScope: Scope | null;
}

export const NEW_LOCAL_AWARD: Partial<LocalAwardValues> = { kind: 'title', nominee: ['person'], level: 'province', minRating: 'HTTNV', ratingYears: 1 };

/** Codes are typed freely; the catalogue keeps them as upper-case letters, digits and "_". */
export function normaliseCode(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .trim()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export function valuesOf(award: Award): LocalAwardValues {
  const local = award.local!;
  return {
    code: award.code,
    name: award.name,
    kind: award.kind,
    nominee: award.nominee,
    level: award.level === 'national' ? 'province' : award.level,
    category: award.category,
    cashMultiple: award.cashMultiple,
    legalBasis: award.legalBasis,
    authority: local.authority,
    validFrom: local.validFrom,
    validTo: local.validTo,
    minRating: local.criteria.minRating,
    ratingYears: local.criteria.ratingYears,
    chainCode: local.criteria.titleChain?.code ?? null,
    chainYears: local.criteria.titleChain?.years ?? null,
    initiativeScope: local.criteria.initiativeScope,
  };
}

export function bodyOf(v: LocalAwardValues, ownerUnitId: string): CreateLocalAwardBody {
  const criteria: LocalAwardCriteria = {
    minRating: v.minRating,
    ratingYears: v.ratingYears,
    titleChain: v.chainCode && v.chainYears ? { code: v.chainCode, years: v.chainYears } : null,
    initiativeScope: v.initiativeScope ?? null,
  };
  return {
    ownerUnitId,
    code: normaliseCode(v.code),
    name: v.name.trim(),
    kind: v.kind,
    nominee: v.nominee,
    level: v.level,
    category: v.category,
    cashMultiple: v.cashMultiple ?? null,
    legalBasis: v.legalBasis.trim(),
    authority: v.authority.trim(),
    validFrom: v.validFrom,
    validTo: v.validTo ?? null,
    criteria,
  };
}

/** "Hoàn thành tốt nhiệm vụ trở lên 2 năm liên tục; 2 năm liên tục “Lao động tiên tiến”; sáng kiến cấp cơ sở". */
export function criteriaText(
  criteria: LocalAwardCriteria,
  labels: { rating: (r: Rating) => string; scope: (s: Scope) => string; award: (code: string) => string },
): string {
  const rating = criteria.minRating === 'HTXSNV' ? labels.rating('HTXSNV') : `${labels.rating(criteria.minRating)} trở lên`;
  const parts = [criteria.ratingYears > 1 ? `${rating} ${criteria.ratingYears} năm liên tục` : rating];
  if (criteria.titleChain) parts.push(`${criteria.titleChain.years} năm liên tục “${labels.award(criteria.titleChain.code)}”`);
  if (criteria.initiativeScope) parts.push(`sáng kiến phạm vi ${labels.scope(criteria.initiativeScope).toLowerCase()} trở lên`);
  return parts.join('; ');
}
