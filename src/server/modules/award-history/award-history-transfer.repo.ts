/** Queries of the award-history spreadsheet: what a scope exports, and what an import may clash with. */
import { eq, inArray, like, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open.js';
import { awardRecords, orgUnits, people, yearlyRatings } from '../../db/schema.js';

const CHUNK = 1_000;
const personUnit = alias(orgUnits, 'person_unit');

// ——— Queries (the subject's scope is the person's current unit, or the unit itself) ———

const subjectColumns = {
  personId: people.id,
  personName: people.fullName,
  personUnitId: people.unitId,
  unitId: orgUnits.id,
  unitCode: orgUnits.code,
  unitName: orgUnits.name,
};
export type SubjectColumn = keyof typeof subjectColumns;

export async function ratingsUnder(db: Db, path: string) {
  return db
    .select({ ...subjectColumns, year: yearlyRatings.year, rating: yearlyRatings.rating, note: yearlyRatings.note })
    .from(yearlyRatings)
    .leftJoin(people, eq(people.id, yearlyRatings.personId))
    .leftJoin(personUnit, eq(personUnit.id, people.unitId))
    .leftJoin(orgUnits, eq(orgUnits.id, yearlyRatings.unitId))
    .where(or(like(personUnit.path, `${path}%`), like(orgUnits.path, `${path}%`)));
}

export async function awardsUnder(db: Db, path: string) {
  return db
    .select({
      ...subjectColumns,
      year: awardRecords.year,
      awardCode: awardRecords.awardCode,
      decisionNumber: awardRecords.decisionNumber,
      decisionDate: awardRecords.decisionDate,
      issuer: awardRecords.issuer,
      note: awardRecords.note,
    })
    .from(awardRecords)
    .leftJoin(people, eq(people.id, awardRecords.personId))
    .leftJoin(personUnit, eq(personUnit.id, people.unitId))
    .leftJoin(orgUnits, eq(orgUnits.id, awardRecords.unitId))
    .where(or(like(personUnit.path, `${path}%`), like(orgUnits.path, `${path}%`)));
}

async function chunked<T>(ids: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await load(ids.slice(i, i + CHUNK))));
  return out;
}

export function peopleByIds(db: Db, ids: string[]) {
  return chunked(ids, (chunk) =>
    db
      .select({ id: people.id, name: people.fullName, path: orgUnits.path })
      .from(people)
      .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
      .where(inArray(people.id, chunk)),
  );
}

/** The stored ratings and awards of the subjects a file names, to refuse duplicates before writing. */
export async function storedRecords(db: Db, personIds: string[], unitIds: string[]) {
  const ratings = [
    ...(await chunked(personIds, (c) => db.select({ personId: yearlyRatings.personId, unitId: yearlyRatings.unitId, year: yearlyRatings.year, rating: yearlyRatings.rating }).from(yearlyRatings).where(inArray(yearlyRatings.personId, c)))),
    ...(await chunked(unitIds, (c) => db.select({ personId: yearlyRatings.personId, unitId: yearlyRatings.unitId, year: yearlyRatings.year, rating: yearlyRatings.rating }).from(yearlyRatings).where(inArray(yearlyRatings.unitId, c)))),
  ];
  const awardView = { personId: awardRecords.personId, unitId: awardRecords.unitId, year: awardRecords.year, awardCode: awardRecords.awardCode, decisionNumber: awardRecords.decisionNumber };
  const awards = [
    ...(await chunked(personIds, (c) => db.select(awardView).from(awardRecords).where(inArray(awardRecords.personId, c)))),
    ...(await chunked(unitIds, (c) => db.select(awardView).from(awardRecords).where(inArray(awardRecords.unitId, c)))),
  ];
  return { ratings, awards };
}
