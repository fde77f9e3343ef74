import { and, eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { awardRecords, disciplinePeriods, initiatives, orgUnits, people, yearlyRatings } from '../../db/schema.js';

/** Whose history: a person (records by person_id) or collectives (records by unit_id, one or several units). */
export type SubjectFilter = { personId: string } | { unitIds: string[] };

function bySubject(col: { personId: AnyColumn; unitId: AnyColumn }, f: SubjectFilter): SQL {
  if ('personId' in f) return eq(col.personId, f.personId);
  return f.unitIds.length ? inArray(col.unitId, f.unitIds) : sql`false`;
}

export async function findPersonSubject(db: Db, id: string) {
  const [row] = await db
    .select({ id: people.id, name: people.fullName, unitId: people.unitId, unitName: orgUnits.name, unitPath: orgUnits.path, unitKind: orgUnits.kind })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(eq(people.id, id));
  return row ?? null;
}

export async function findUnitSubject(db: Db, id: string) {
  const [row] = await db.select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, id));
  return row ?? null;
}

/** Every unit this one descends from through mergers, splits and renames, however many steps back. */
export async function predecessorIds(db: Db, unitId: string): Promise<string[]> {
  const result = (await db.execute(sql`
    with recursive walk as (
      select l.predecessor_id, 1 as depth from unit_lineage l where l.successor_id = ${unitId}
      union
      select l.predecessor_id, w.depth + 1 from unit_lineage l join walk w on l.successor_id = w.predecessor_id where w.depth < 20
    )
    select distinct predecessor_id as id from walk where predecessor_id <> ${unitId}`)) as unknown as { rows: { id: string }[] };
  return result.rows.map((r) => r.id);
}

const ratingView = {
  id: yearlyRatings.id,
  personId: yearlyRatings.personId,
  unitId: yearlyRatings.unitId,
  unitName: orgUnits.name,
  year: yearlyRatings.year,
  rating: yearlyRatings.rating,
  note: yearlyRatings.note,
  version: yearlyRatings.version,
};
export type RatingRow = Awaited<ReturnType<typeof listRatings>>[number];

export async function listRatings(db: Db, f: SubjectFilter) {
  return db
    .select(ratingView)
    .from(yearlyRatings)
    .leftJoin(orgUnits, eq(orgUnits.id, yearlyRatings.unitId))
    .where(bySubject(yearlyRatings, f))
    .orderBy(sql`${yearlyRatings.year} desc`, sql`${orgUnits.sortKey} collate "C"`);
}

export async function findRating(db: Db, id: string): Promise<RatingRow | null> {
  const [row] = await db.select(ratingView).from(yearlyRatings).leftJoin(orgUnits, eq(orgUnits.id, yearlyRatings.unitId)).where(eq(yearlyRatings.id, id));
  return row ?? null;
}

export async function ratingExists(db: Db, subject: { personId: string | null; unitId: string | null }, year: number): Promise<boolean> {
  const who = subject.personId ? eq(yearlyRatings.personId, subject.personId) : eq(yearlyRatings.unitId, subject.unitId!);
  const rows = await db.select({ id: yearlyRatings.id }).from(yearlyRatings).where(and(who, eq(yearlyRatings.year, year))).limit(1);
  return rows.length > 0;
}

export async function insertRating(db: Db, values: typeof yearlyRatings.$inferInsert): Promise<string> {
  const [row] = await db.insert(yearlyRatings).values(values).returning({ id: yearlyRatings.id });
  return row!.id;
}

export async function updateRating(db: Db, id: string, version: number, values: { rating: string; note: string | null; updatedAt: string }): Promise<boolean> {
  const rows = await db
    .update(yearlyRatings)
    .set({ ...values, version: sql`${yearlyRatings.version} + 1` })
    .where(and(eq(yearlyRatings.id, id), eq(yearlyRatings.version, version)))
    .returning({ id: yearlyRatings.id });
  return rows.length > 0;
}

export async function deleteRating(db: Db, id: string) {
  await db.delete(yearlyRatings).where(eq(yearlyRatings.id, id));
}

export type InitiativeRow = typeof initiatives.$inferSelect;

export async function listInitiatives(db: Db, personId: string): Promise<InitiativeRow[]> {
  return db.select().from(initiatives).where(eq(initiatives.personId, personId)).orderBy(sql`${initiatives.year} desc`);
}

export async function findInitiative(db: Db, id: string): Promise<InitiativeRow | null> {
  const [row] = await db.select().from(initiatives).where(eq(initiatives.id, id));
  return row ?? null;
}

export async function insertInitiative(db: Db, values: typeof initiatives.$inferInsert): Promise<string> {
  const [row] = await db.insert(initiatives).values(values).returning({ id: initiatives.id });
  return row!.id;
}

export async function deleteInitiative(db: Db, id: string) {
  await db.delete(initiatives).where(eq(initiatives.id, id));
}

export type DisciplineRow = typeof disciplinePeriods.$inferSelect;

export async function listDiscipline(db: Db, f: SubjectFilter): Promise<DisciplineRow[]> {
  return db.select().from(disciplinePeriods).where(bySubject(disciplinePeriods, f)).orderBy(sql`${disciplinePeriods.startsOn} desc`);
}

export async function findDiscipline(db: Db, id: string): Promise<DisciplineRow | null> {
  const [row] = await db.select().from(disciplinePeriods).where(eq(disciplinePeriods.id, id));
  return row ?? null;
}

export async function insertDiscipline(db: Db, values: typeof disciplinePeriods.$inferInsert): Promise<string> {
  const [row] = await db.insert(disciplinePeriods).values(values).returning({ id: disciplinePeriods.id });
  return row!.id;
}

export async function deleteDiscipline(db: Db, id: string) {
  await db.delete(disciplinePeriods).where(eq(disciplinePeriods.id, id));
}

const awardView = {
  id: awardRecords.id,
  personId: awardRecords.personId,
  unitId: awardRecords.unitId,
  unitName: orgUnits.name,
  awardCode: awardRecords.awardCode,
  year: awardRecords.year,
  decisionNumber: awardRecords.decisionNumber,
  decisionDate: awardRecords.decisionDate,
  issuer: awardRecords.issuer,
  note: awardRecords.note,
};
export type AwardRow = Awaited<ReturnType<typeof listAwards>>[number];

export async function listAwards(db: Db, f: SubjectFilter) {
  return db
    .select(awardView)
    .from(awardRecords)
    .leftJoin(orgUnits, eq(orgUnits.id, awardRecords.unitId))
    .where(bySubject(awardRecords, f))
    .orderBy(sql`${awardRecords.year} desc`, sql`${orgUnits.sortKey} collate "C"`, awardRecords.awardCode);
}

export async function findAwardRecord(db: Db, id: string): Promise<AwardRow | null> {
  const [row] = await db.select(awardView).from(awardRecords).leftJoin(orgUnits, eq(orgUnits.id, awardRecords.unitId)).where(eq(awardRecords.id, id));
  return row ?? null;
}

export async function awardExists(db: Db, subject: { personId: string | null; unitId: string | null }, awardCode: string, year: number): Promise<boolean> {
  const who = subject.personId ? eq(awardRecords.personId, subject.personId) : eq(awardRecords.unitId, subject.unitId!);
  const rows = await db
    .select({ id: awardRecords.id })
    .from(awardRecords)
    .where(and(who, eq(awardRecords.awardCode, awardCode), eq(awardRecords.year, year)))
    .limit(1);
  return rows.length > 0;
}

export async function insertAwardRecord(db: Db, values: typeof awardRecords.$inferInsert): Promise<string> {
  const [row] = await db.insert(awardRecords).values(values).returning({ id: awardRecords.id });
  return row!.id;
}

export async function deleteAwardRecord(db: Db, id: string) {
  await db.delete(awardRecords).where(eq(awardRecords.id, id));
}
