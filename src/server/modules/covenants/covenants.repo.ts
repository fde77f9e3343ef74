import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import {
  covenantAdjustments,
  covenantCriteria,
  covenants,
  covenantScoreItems,
  covenantSignatures,
  covenantUnitScores,
  emulationGroups,
  orgUnits,
  users,
} from '../../db/schema.js';

const covenantColumns = {
  covenant: covenants,
  groupName: emulationGroups.name,
  groupKind: emulationGroups.kind,
  year: emulationGroups.year,
  organiserUnitId: emulationGroups.organiserUnitId,
  organiserName: orgUnits.name,
  organiserPath: orgUnits.path,
  headUnitId: emulationGroups.headUnitId,
};
export type CovenantRow = typeof covenants.$inferSelect & {
  groupName: string;
  groupKind: string;
  year: number;
  organiserUnitId: string;
  organiserName: string;
  organiserPath: string;
  headUnitId: string | null;
};
const flatten = ({ covenant, ...rest }: { covenant: typeof covenants.$inferSelect } & Omit<CovenantRow, keyof typeof covenants.$inferSelect>): CovenantRow => ({
  ...covenant,
  ...rest,
});

function baseQuery(db: Db) {
  return db
    .select(covenantColumns)
    .from(covenants)
    .innerJoin(emulationGroups, eq(emulationGroups.id, covenants.groupId))
    .innerJoin(orgUnits, eq(orgUnits.id, emulationGroups.organiserUnitId));
}

export async function findCovenant(db: Db, id: string, lock = false): Promise<CovenantRow | null> {
  const query = baseQuery(db).where(eq(covenants.id, id));
  const [row] = lock ? await query.for('update', { of: covenants }) : await query;
  return row ? flatten(row) : null;
}

export async function listCovenants(db: Db, f: { year?: number; groupId?: string }): Promise<CovenantRow[]> {
  const conds = [f.year ? eq(emulationGroups.year, f.year) : undefined, f.groupId ? eq(covenants.groupId, f.groupId) : undefined].filter((c) => c !== undefined);
  const rows = await baseQuery(db)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(sql`${emulationGroups.year} desc`, sql`${emulationGroups.sortKey} collate "C"`);
  return rows.map(flatten);
}

export async function insertCovenant(db: Db, values: typeof covenants.$inferInsert): Promise<string> {
  const [row] = await db.insert(covenants).values(values).returning({ id: covenants.id });
  return row!.id;
}

export async function updateCovenant(db: Db, id: string, version: number, set: Partial<typeof covenants.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(covenants)
    .set({ ...set, version: sql`${covenants.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(covenants.id, id), eq(covenants.version, version)))
    .returning({ id: covenants.id });
  return rows.length === 1;
}

export type CriterionRow = typeof covenantCriteria.$inferSelect;

export async function listCriteria(db: Db, covenantId: string): Promise<CriterionRow[]> {
  return db.select().from(covenantCriteria).where(eq(covenantCriteria.covenantId, covenantId)).orderBy(asc(covenantCriteria.position));
}

/** Replaces the whole table; rows come parents first, so each parent's id is known before its children. */
export async function replaceCriteria(
  db: Db,
  covenantId: string,
  rows: readonly { code: string; parentCode: string | null; position: number; name: string; kind: string; maxPoints: number; evidenceRequired: boolean; indicatorId: string | null }[],
): Promise<void> {
  await db.delete(covenantCriteria).where(eq(covenantCriteria.covenantId, covenantId));
  const ids = new Map<string, string>();
  for (const r of rows) {
    const [row] = await db
      .insert(covenantCriteria)
      .values({
        covenantId,
        parentId: r.parentCode === null ? null : ids.get(r.parentCode)!,
        position: r.position,
        code: r.code,
        name: r.name,
        kind: r.kind,
        maxPoints: r.maxPoints,
        evidenceRequired: r.evidenceRequired,
        indicatorId: r.indicatorId,
      })
      .returning({ id: covenantCriteria.id });
    ids.set(r.code, row!.id);
  }
}

export async function listSignatures(db: Db, covenantId: string) {
  return db
    .select({ unitId: covenantSignatures.unitId, signedAt: covenantSignatures.signedAt, signedByName: users.fullName })
    .from(covenantSignatures)
    .leftJoin(users, eq(users.id, covenantSignatures.signedByUserId))
    .where(eq(covenantSignatures.covenantId, covenantId));
}

export async function insertSignature(db: Db, values: typeof covenantSignatures.$inferInsert): Promise<boolean> {
  const rows = await db.insert(covenantSignatures).values(values).onConflictDoNothing().returning({ unitId: covenantSignatures.unitId });
  return rows.length === 1;
}

export type UnitScoreRow = typeof covenantUnitScores.$inferSelect;

export async function listUnitScores(db: Db, covenantId: string): Promise<UnitScoreRow[]> {
  return db.select().from(covenantUnitScores).where(eq(covenantUnitScores.covenantId, covenantId));
}

export async function findUnitScore(db: Db, covenantId: string, unitId: string, lock = false): Promise<UnitScoreRow | null> {
  const query = db.select().from(covenantUnitScores).where(and(eq(covenantUnitScores.covenantId, covenantId), eq(covenantUnitScores.unitId, unitId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertUnitScore(db: Db, covenantId: string, unitId: string): Promise<UnitScoreRow> {
  const [row] = await db.insert(covenantUnitScores).values({ covenantId, unitId }).returning();
  return row!;
}

export async function touchUnitScore(db: Db, id: string, version: number, set: Partial<typeof covenantUnitScores.$inferInsert> = {}): Promise<boolean> {
  const rows = await db
    .update(covenantUnitScores)
    .set({ ...set, version: sql`${covenantUnitScores.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(covenantUnitScores.id, id), eq(covenantUnitScores.version, version)))
    .returning({ id: covenantUnitScores.id });
  return rows.length === 1;
}

export type ScoreItemRow = typeof covenantScoreItems.$inferSelect;

export async function listScoreItems(db: Db, unitScoreIds: readonly string[]): Promise<ScoreItemRow[]> {
  if (unitScoreIds.length === 0) return [];
  return db.select().from(covenantScoreItems).where(inArray(covenantScoreItems.unitScoreId, [...unitScoreIds]));
}

export async function upsertScoreItems(db: Db, unitScoreId: string, items: readonly { criterionId: string; selfScore: number | null; evidence: string | null }[]): Promise<void> {
  if (items.length === 0) return;
  await db
    .insert(covenantScoreItems)
    .values(items.map((i) => ({ unitScoreId, criterionId: i.criterionId, selfScore: i.selfScore, evidence: i.evidence, finalScore: i.selfScore })))
    .onConflictDoUpdate({
      target: [covenantScoreItems.unitScoreId, covenantScoreItems.criterionId],
      set: { selfScore: sql`excluded.self_score`, evidence: sql`excluded.evidence`, finalScore: sql`excluded.final_score` },
    });
}

export async function setFinalScore(db: Db, unitScoreId: string, criterionId: string, score: number): Promise<void> {
  await db
    .insert(covenantScoreItems)
    .values({ unitScoreId, criterionId, selfScore: null, evidence: null, finalScore: score })
    .onConflictDoUpdate({ target: [covenantScoreItems.unitScoreId, covenantScoreItems.criterionId], set: { finalScore: score } });
}

export async function listAdjustments(db: Db, covenantId: string) {
  return db
    .select({
      id: covenantAdjustments.id,
      unitId: covenantAdjustments.unitId,
      criterionId: covenantAdjustments.criterionId,
      fromScore: covenantAdjustments.fromScore,
      toScore: covenantAdjustments.toScore,
      reason: covenantAdjustments.reason,
      byName: sql<string>`coalesce(${users.fullName}, 'Hệ thống')`,
      at: covenantAdjustments.at,
    })
    .from(covenantAdjustments)
    .leftJoin(users, eq(users.id, covenantAdjustments.byUserId))
    .where(eq(covenantAdjustments.covenantId, covenantId))
    .orderBy(asc(covenantAdjustments.at));
}

export async function insertAdjustment(db: Db, values: typeof covenantAdjustments.$inferInsert): Promise<void> {
  await db.insert(covenantAdjustments).values(values);
}

export async function memberUnits(db: Db, groupId: string) {
  return db
    .select({ unitId: orgUnits.id, unitName: orgUnits.name, unitPath: orgUnits.path, sortKey: orgUnits.sortKey })
    .from(orgUnits)
    .where(sql`${orgUnits.id} in (select unit_id from emulation_group_members where group_id = ${groupId})`)
    .orderBy(sql`${orgUnits.sortKey} collate "C"`);
}

export async function findGroup(db: Db, id: string) {
  const [row] = await db
    .select({ id: emulationGroups.id, organiserUnitId: emulationGroups.organiserUnitId, organiserPath: orgUnits.path, year: emulationGroups.year, name: emulationGroups.name })
    .from(emulationGroups)
    .innerJoin(orgUnits, eq(orgUnits.id, emulationGroups.organiserUnitId))
    .where(eq(emulationGroups.id, id));
  return row ?? null;
}
