import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { councilSessions, councils, nominations, orgUnits, people, sessionAttendance, sessionItems, users, votes } from '../../db/schema.js';
import { visibleCouncils } from './councils.repo.js';

export type SessionRow = typeof councilSessions.$inferSelect;

export async function findSession(db: Db, id: string, forUpdate = false): Promise<SessionRow | null> {
  const q = db.select().from(councilSessions).where(eq(councilSessions.id, id));
  // Votes and the close take the session row first, so no vote lands after the count.
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function listSessions(db: Db, scopePath: string | null, memberUserId: string | null, filter: { councilId?: string; status?: string }) {
  const where: (SQL | undefined)[] = [visibleCouncils(scopePath, memberUserId)];
  if (filter.councilId) where.push(eq(councilSessions.councilId, filter.councilId));
  if (filter.status) where.push(eq(councilSessions.status, filter.status));
  return db
    .select({
      session: councilSessions,
      councilName: councils.name,
      unitName: orgUnits.name,
      itemCount: sql<number>`(select count(*) from session_items i where i.session_id = ${councilSessions.id})`.mapWith(Number),
    })
    .from(councilSessions)
    .innerJoin(councils, eq(councils.id, councilSessions.councilId))
    .innerJoin(orgUnits, eq(orgUnits.id, councils.unitId))
    .where(and(...where))
    .orderBy(desc(councilSessions.heldOn), desc(councilSessions.createdAt), asc(councilSessions.id));
}

export async function insertSession(db: Db, values: typeof councilSessions.$inferInsert): Promise<string> {
  const [row] = await db.insert(councilSessions).values(values).returning({ id: councilSessions.id });
  return row!.id;
}

export async function updateSession(db: Db, id: string, version: number, set: Partial<typeof councilSessions.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(councilSessions)
    .set({ ...set, version: sql`${councilSessions.version} + 1` })
    .where(and(eq(councilSessions.id, id), eq(councilSessions.version, version)))
    .returning({ id: councilSessions.id });
  return rows.length === 1;
}

export type ItemRow = typeof sessionItems.$inferSelect;

export async function listItems(db: Db, sessionId: string): Promise<ItemRow[]> {
  return db.select().from(sessionItems).where(eq(sessionItems.sessionId, sessionId)).orderBy(asc(sessionItems.position), asc(sessionItems.id));
}

export async function insertItems(db: Db, values: (typeof sessionItems.$inferInsert)[]): Promise<void> {
  if (values.length) await db.insert(sessionItems).values(values);
}

export async function deleteItems(db: Db, ids: string[]): Promise<void> {
  if (ids.length) await db.delete(sessionItems).where(inArray(sessionItems.id, ids));
}

export async function setItemPosition(db: Db, id: string, position: number): Promise<void> {
  await db.update(sessionItems).set({ position }).where(eq(sessionItems.id, id));
}

export async function setItemResult(db: Db, id: string, result: Pick<ItemRow, 'agree' | 'disagree' | 'abstain' | 'countedOf' | 'passed'>): Promise<void> {
  await db.update(sessionItems).set(result).where(eq(sessionItems.id, id));
}

/**
 * The nominations to put on an agenda, locked so two sessions cannot take the same one at once,
 * with the unit the nominee works in (a person's unit, or the collective itself).
 */
export async function lockNominations(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: nominations.id,
      status: nominations.status,
      reviewingUnitId: nominations.reviewingUnitId,
      proposingUnitId: nominations.proposingUnitId,
      awardCode: nominations.awardCode,
      nomineeName: nominations.nomineeName,
      personId: nominations.personId,
      nomineeUnitId: sql<string>`coalesce(${people.unitId}, ${nominations.unitId})`,
    })
    .from(nominations)
    .leftJoin(people, eq(people.id, nominations.personId))
    .where(inArray(nominations.id, ids))
    .for('update', { of: nominations });
}

/** Which of these nominations already sit in a session not yet closed (other than `exceptSessionId`). */
export async function nominationsInLiveSessions(db: Db, nominationIds: string[], exceptSessionId: string | null) {
  if (nominationIds.length === 0) return [];
  return db
    .select({ nominationId: sessionItems.nominationId, title: councilSessions.title })
    .from(sessionItems)
    .innerJoin(councilSessions, eq(councilSessions.id, sessionItems.sessionId))
    .where(
      and(
        inArray(sessionItems.nominationId, nominationIds),
        ne(councilSessions.status, 'closed'),
        exceptSessionId ? ne(councilSessions.id, exceptSessionId) : undefined,
      ),
    );
}

export async function nominationStatuses(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: nominations.id, status: nominations.status }).from(nominations).where(inArray(nominations.id, ids));
}

export type AttendanceRow = typeof sessionAttendance.$inferSelect;

export async function listAttendance(db: Db, sessionId: string): Promise<AttendanceRow[]> {
  return db.select().from(sessionAttendance).where(eq(sessionAttendance.sessionId, sessionId));
}

export async function insertAttendance(db: Db, values: (typeof sessionAttendance.$inferInsert)[]): Promise<void> {
  if (values.length) await db.insert(sessionAttendance).values(values);
}

export type VoteRow = Pick<typeof votes.$inferSelect, 'itemId' | 'memberId' | 'choice' | 'written'>;

export async function listVotes(db: Db, sessionId: string): Promise<VoteRow[]> {
  return db
    .select({ itemId: votes.itemId, memberId: votes.memberId, choice: votes.choice, written: votes.written })
    .from(votes)
    .innerJoin(sessionItems, eq(sessionItems.id, votes.itemId))
    .where(eq(sessionItems.sessionId, sessionId));
}

/** A member's vote on an item, replacing the one cast before (a vote may change until the close). */
export async function upsertVotes(db: Db, values: (typeof votes.$inferInsert)[]): Promise<void> {
  if (values.length === 0) return;
  await db
    .insert(votes)
    .values(values)
    .onConflictDoUpdate({
      target: [votes.itemId, votes.memberId],
      set: { choice: sql`excluded.choice`, written: sql`excluded.written`, castBy: sql`excluded.cast_by`, castAt: sql`excluded.cast_at` },
    });
}

/** The person behind each of these user accounts (a member who is also a nominee). */
export async function personIdsOfUsers(db: Db, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.select({ id: users.id, personId: users.personId }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.flatMap((r) => (r.personId ? [[r.id, r.personId] as [string, string]] : [])));
}
