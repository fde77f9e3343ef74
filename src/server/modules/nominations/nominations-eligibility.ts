/**
 * Eligibility of a nominee judged from the stored award history, as the award-history module
 * does it, but without its access checks: the nomination service has already decided who may act.
 */
import type { AwardCode, EligibilityInput, EligibilityResult, Rating } from '../../../contract/awards.js';
import { evaluateEligibility } from '../../../core/awards/eligibility.js';
import type { Db } from '../../db/open.js';
import * as history from '../award-history/award-history.repo.js';
import { eligibilityInputFromHistory, type StoredHistory } from '../award-history/history-eligibility.js';

export interface Nominee {
  kind: 'person' | 'collective';
  /** The person, or the unit that is the collective. */
  id: string;
  /** Kind of the person's unit, or of the collective itself: gives the level the engine reports. */
  unitKind: string;
}

type Scope = EligibilityInput['initiatives'][number]['scope'];
type DisciplineKind = StoredHistory['discipline'][number]['kind'];

/**
 * A person's records follow the person; a collective's include those of the units it descends
 * from through mergers, its discipline and reviews only its own (as in the award history).
 */
async function storedHistory(db: Db, nominee: Nominee): Promise<StoredHistory> {
  if (nominee.kind === 'person') {
    const f = { personId: nominee.id };
    const [ratings, initiatives, discipline, awards] = [
      await history.listRatings(db, f),
      await history.listInitiatives(db, nominee.id),
      await history.listDiscipline(db, f),
      await history.listAwards(db, f),
    ];
    return {
      ratings: ratings.map((r) => ({ year: r.year, rating: r.rating as Rating, inherited: false })),
      awards: awards.map((a) => ({ year: a.year, awardCode: a.awardCode as AwardCode })),
      initiatives: initiatives.map((i) => ({ year: i.year, scope: i.scope as Scope })),
      discipline: discipline.map((d) => ({ kind: d.kind as DisciplineKind, startsOn: d.startsOn, endsOn: d.endsOn })),
    };
  }
  const lineage = { unitIds: [nominee.id, ...(await history.predecessorIds(db, nominee.id))] };
  const [ratings, discipline, awards] = [
    await history.listRatings(db, lineage),
    await history.listDiscipline(db, { unitIds: [nominee.id] }),
    await history.listAwards(db, lineage),
  ];
  return {
    ratings: ratings.map((r) => ({ year: r.year, rating: r.rating as Rating, inherited: r.unitId !== nominee.id })),
    awards: awards.map((a) => ({ year: a.year, awardCode: a.awardCode as AwardCode })),
    initiatives: [],
    discipline: discipline.map((d) => ({ kind: d.kind as DisciplineKind, startsOn: d.startsOn, endsOn: d.endsOn })),
  };
}

/** The verdict, with its reasons, as of `asOf` (the proposal date, or the day it is sent). */
export async function judgeNominee(db: Db, nominee: Nominee, award: AwardCode, asOf: string, members: EligibilityInput['members']): Promise<EligibilityResult> {
  const input = eligibilityInputFromHistory({
    award,
    asOf,
    nominee: { kind: nominee.kind, unitKind: nominee.unitKind },
    members,
    history: await storedHistory(db, nominee),
  });
  return evaluateEligibility(input);
}

/** The nominee of a stored nomination, with the kind of unit it sits in today. */
export async function nomineeOf(db: Db, row: { personId: string | null; unitId: string | null }): Promise<Nominee> {
  if (row.personId) {
    const p = await history.findPersonSubject(db, row.personId);
    return { kind: 'person', id: row.personId, unitKind: p?.unitKind ?? 'agency' };
  }
  const u = await history.findUnitSubject(db, row.unitId!);
  return { kind: 'collective', id: row.unitId!, unitKind: u?.kind ?? 'agency' };
}
