import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { covenantBallots, covenants, covenantVotes, emulationGroups, nominations } from '../../db/schema.js';

export type VoteRow = typeof covenantVotes.$inferSelect;

export async function findVote(db: Db, covenantId: string, lock = false): Promise<VoteRow | null> {
  const query = db.select().from(covenantVotes).where(eq(covenantVotes.covenantId, covenantId));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertVote(db: Db, values: typeof covenantVotes.$inferInsert): Promise<void> {
  await db.insert(covenantVotes).values(values);
}

export async function updateVote(db: Db, covenantId: string, version: number, set: Partial<typeof covenantVotes.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(covenantVotes)
    .set({ ...set, version: sql`${covenantVotes.version} + 1` })
    .where(and(eq(covenantVotes.covenantId, covenantId), eq(covenantVotes.version, version)))
    .returning({ id: covenantVotes.covenantId });
  return rows.length === 1;
}

export async function listBallots(db: Db, covenantId: string) {
  return db.select({ unitId: covenantBallots.unitId, choice: covenantBallots.choice }).from(covenantBallots).where(eq(covenantBallots.covenantId, covenantId));
}

/** A member may change its ballot until the vote closes: the last one counts. */
export async function upsertBallot(db: Db, values: typeof covenantBallots.$inferInsert): Promise<void> {
  await db
    .insert(covenantBallots)
    .values(values)
    .onConflictDoUpdate({ target: [covenantBallots.covenantId, covenantBallots.unitId], set: { choice: values.choice, castByUserId: values.castByUserId, castAt: values.castAt } });
}

/** The covenants of an organiser's clusters and blocks in a year whose vote passed: their leaders. */
export async function passedVotes(db: Db, organiserUnitId: string, year: number) {
  return db
    .select({ covenantId: covenants.id, groupName: emulationGroups.name, groupKind: emulationGroups.kind, unitId: covenantVotes.candidateUnitId })
    .from(covenantVotes)
    .innerJoin(covenants, eq(covenants.id, covenantVotes.covenantId))
    .innerJoin(emulationGroups, eq(emulationGroups.id, covenants.groupId))
    .where(and(eq(emulationGroups.organiserUnitId, organiserUnitId), eq(emulationGroups.year, year), eq(covenantVotes.passed, true)));
}

/** Live Government-flag nominations of these units for the year (refused ones free their place). */
export async function governmentNominations(db: Db, unitIds: readonly string[], year: number) {
  if (unitIds.length === 0) return [];
  return db
    .select({ id: nominations.id, unitId: nominations.unitId })
    .from(nominations)
    .where(and(inArray(nominations.unitId, [...unitIds]), eq(nominations.awardCode, 'CO_THI_DUA_CP'), eq(nominations.year, year), ne(nominations.status, 'rejected')));
}
