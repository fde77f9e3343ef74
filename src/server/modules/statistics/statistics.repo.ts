/** Queries behind the Circular 02/2023 statistics: everything recorded under one unit's subtree. */
import { and, eq, gte, isNull, like, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open.js';
import { awardRecords, councilMembers, councils, decisionAwardees, movementGroups, movements, nominations, orgUnits, people, users } from '../../db/schema.js';

export async function findReportingUnit(db: Db, id: string) {
  const parent = alias(orgUnits, 'parent');
  const [row] = await db
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, path: orgUnits.path, parentName: parent.name })
    .from(orgUnits)
    .leftJoin(parent, eq(parent.id, orgUnits.parentId))
    .where(eq(orgUnits.id, id));
  return row ?? null;
}

/** Movements owned in the subtree whose period overlaps the calendar year, with whether a Cụm/Khối runs them. */
export async function listMovementsOfYear(db: Db, path: string, year: number) {
  return db
    .select({
      id: movements.id,
      kind: movements.kind,
      startsOn: movements.startsOn,
      endsOn: movements.endsOn,
      ownerKind: orgUnits.kind,
      inGroup: sql<boolean>`exists (select 1 from ${movementGroups} where ${movementGroups.movementId} = ${movements.id})`,
    })
    .from(movements)
    .innerJoin(orgUnits, eq(orgUnits.id, movements.ownerUnitId))
    .where(and(like(orgUnits.path, `${path}%`), lte(movements.startsOn, `${year}-12-31`), or(isNull(movements.endsOn), gte(movements.endsOn, `${year}-01-01`))));
}

/**
 * Award records of the year (the decision's year, else the achievement year) of people whose
 * current unit, or of collectives, in the subtree; with the kind of the nomination behind each,
 * when the record came from a decision.
 */
export async function listAwardRecordsOfYear(db: Db, path: string, year: number) {
  const personUnit = alias(orgUnits, 'person_unit');
  const recordYear = sql`coalesce(extract(year from ${awardRecords.decisionDate})::int, ${awardRecords.year})`;
  return db
    .select({
      id: awardRecords.id,
      awardCode: awardRecords.awardCode,
      personId: awardRecords.personId,
      unitId: awardRecords.unitId,
      unitKind: sql<string | null>`coalesce(${orgUnits.kind}, ${personUnit.kind})`,
      awardKind: sql<string | null>`(select ${nominations.awardKind} from ${decisionAwardees} join ${nominations} on ${nominations.id} = ${decisionAwardees.nominationId} where ${decisionAwardees.awardRecordId} = ${awardRecords.id} limit 1)`,
    })
    .from(awardRecords)
    .leftJoin(orgUnits, eq(orgUnits.id, awardRecords.unitId))
    .leftJoin(people, eq(people.id, awardRecords.personId))
    .leftJoin(personUnit, eq(personUnit.id, people.unitId))
    .where(and(sql`${recordYear} = ${year}`, or(like(orgUnits.path, `${path}%`), like(personUnit.path, `${path}%`))));
}

/** Councils of units in the subtree with their active members' roles. */
export async function listCouncilMembers(db: Db, path: string) {
  return db
    .select({ councilId: councils.id, unitKind: orgUnits.kind, memberId: councilMembers.id, role: councilMembers.role })
    .from(councils)
    .innerJoin(orgUnits, eq(orgUnits.id, councils.unitId))
    .leftJoin(councilMembers, and(eq(councilMembers.councilId, councils.id), eq(councilMembers.active, true)))
    .where(like(orgUnits.path, `${path}%`));
}

/** Active users holding the officer role in the subtree, with the person record behind them if linked. */
export async function listOfficers(db: Db, path: string) {
  return db
    .select({ userId: users.id, unitId: users.unitId, unitKind: orgUnits.kind, gender: people.gender, birthYear: people.birthYear })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.unitId))
    .leftJoin(people, eq(people.id, users.personId))
    .where(and(like(orgUnits.path, `${path}%`), eq(users.active, true), sql`'officer' = any(${users.roles})`));
}
