/** Turns the stored history of a person or a collective into the case the eligibility engine judges. */
import type { AwardCode, EligibilityInput, Rating } from '../../../contract/awards.js';
import { levelOfUnitKind } from '../../../core/reporting/targets.js';

export interface StoredHistory {
  /** inherited = given to a predecessor unit (a commune absorbed in a merger), not to the nominee itself. */
  ratings: readonly { year: number; rating: Rating; inherited: boolean }[];
  awards: readonly { year: number; awardCode: AwardCode }[];
  initiatives: readonly { year: number; scope: EligibilityInput['initiatives'][number]['scope'] }[];
  discipline: readonly { kind: 'discipline' | 'review'; startsOn: string; endsOn: string | null }[];
}

export interface HistoryCase {
  award: AwardCode;
  asOf: string;
  nominee: { kind: 'person' | 'collective'; unitKind: string };
  members: EligibilityInput['members'];
  history: StoredHistory;
}

const RATING_RANK: Record<Rating, number> = { HTXSNV: 3, HTTNV: 2, HTNV: 1, KHTNV: 0 };

/**
 * One rating per year, as the engine expects. The nominee's own rating wins; a year it has none
 * for (before a merger) takes the weakest rating among the predecessors, so a merged commune is
 * never credited with more than every part of it achieved.
 */
function ratingsByYear(ratings: StoredHistory['ratings']): EligibilityInput['ratings'] {
  const own = new Map<number, Rating>();
  const inherited = new Map<number, Rating>();
  for (const r of ratings) {
    const target = r.inherited ? inherited : own;
    const prev = target.get(r.year);
    if (prev === undefined || RATING_RANK[r.rating] < RATING_RANK[prev]) target.set(r.year, r.rating);
  }
  for (const [year, rating] of inherited) if (!own.has(year)) own.set(year, rating);
  return [...own].map(([year, rating]) => ({ year, rating })).sort((a, b) => a.year - b.year);
}

/** Awards held, once per code and year (a merged unit may inherit the same award from two predecessors). */
function titles(awards: StoredHistory['awards']): EligibilityInput['titles'] {
  const seen = new Map<string, { year: number; code: AwardCode }>();
  for (const a of awards) seen.set(`${a.awardCode}:${a.year}`, { year: a.year, code: a.awardCode });
  return [...seen.values()].sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));
}

const covers = (p: { startsOn: string; endsOn: string | null }, day: string) => p.startsOn <= day && (p.endsOn === null || p.endsOn >= day);

export function eligibilityInputFromHistory(c: HistoryCase): EligibilityInput {
  const { history } = c;
  return {
    asOf: c.asOf,
    award: c.award,
    nominee: { kind: c.nominee.kind, unitLevel: levelOfUnitKind(c.nominee.unitKind) },
    ratings: ratingsByYear(history.ratings),
    titles: titles(history.awards),
    initiatives: history.initiatives.map((i) => ({ year: i.year, scope: i.scope })).sort((a, b) => a.year - b.year),
    discipline: history.discipline
      .filter((d) => d.kind === 'discipline')
      .map((d) => ({ from: d.startsOn, to: d.endsOn }))
      .sort((a, b) => a.from.localeCompare(b.from)),
    underReview: history.discipline.some((d) => d.kind === 'review' && covers(d, c.asOf)),
    members: c.nominee.kind === 'collective' ? c.members : null,
  };
}
