import { and, count, eq, gt, lt, lte, ne } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { orgUnits, sessions, signInAttempts, users } from '../../db/schema.js';

export async function findSessionUser(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      roles: users.roles,
      active: users.active,
      unitId: users.unitId,
      scopeUnitId: users.scopeUnitId,
      scopePath: orgUnits.path,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, users.scopeUnitId))
    .where(eq(sessions.tokenHash, tokenHash));
  return row ?? null;
}

export async function insertSession(db: Db, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteOtherSessions(db: Db, userId: string, keepTokenHash: string | null) {
  await db
    .delete(sessions)
    .where(keepTokenHash ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)) : eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Db, nowIso: string) {
  await db.delete(sessions).where(lt(sessions.expiresAt, nowIso));
}

/** Failed attempts in the window, counting only those recorded up to `uptoId` (this attempt included). */
export async function countRecentFailures(db: Db, by: 'username' | 'ip', value: string, sinceIso: string, uptoId: number) {
  const column = by === 'username' ? signInAttempts.username : signInAttempts.ip;
  const [row] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(
      and(eq(column, value), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, sinceIso), lte(signInAttempts.id, uptoId)),
    );
  return row?.n ?? 0;
}

/** `at` comes from the service clock, the same one that opens the counting window. */
export async function recordAttempt(db: Db, username: string, ip: string, at: string): Promise<number> {
  const [row] = await db.insert(signInAttempts).values({ username, ip, succeeded: false, at }).returning({ id: signInAttempts.id });
  return row!.id;
}

export async function markAttemptSucceeded(db: Db, id: number) {
  await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, id));
}

export async function deleteAttempt(db: Db, id: number) {
  await db.delete(signInAttempts).where(eq(signInAttempts.id, id));
}

export async function findUserForSignIn(db: Db, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row ?? null;
}
