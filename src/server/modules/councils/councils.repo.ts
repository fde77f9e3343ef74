import { and, asc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/open.js';
import { councilMembers, councilThresholds, councils, orgUnits, users } from '../../db/schema.js';

const councilView = {
  id: councils.id,
  unitId: councils.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  unitKind: orgUnits.kind,
  name: councils.name,
  quorumNumerator: councils.quorumNumerator,
  quorumDenominator: councils.quorumDenominator,
  version: councils.version,
};
export type CouncilRow = NonNullable<Awaited<ReturnType<typeof findCouncil>>>;

export async function findCouncil(db: Db, id: string) {
  const [row] = await db.select(councilView).from(councils).innerJoin(orgUnits, eq(orgUnits.id, councils.unitId)).where(eq(councils.id, id));
  return row ?? null;
}

/** Councils of units under `scopePath`, plus those listing `memberUserId` as an active member. */
export async function listCouncils(db: Db, scopePath: string | null, memberUserId: string | null) {
  return db
    .select({ ...councilView, memberCount: sql<number>`(select count(*) from council_members m where m.council_id = ${councils.id} and m.active)`.mapWith(Number) })
    .from(councils)
    .innerJoin(orgUnits, eq(orgUnits.id, councils.unitId))
    .where(visibleCouncils(scopePath, memberUserId))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`, asc(councils.id));
}

/** The SQL form of "in scope, or a member": shared by the council and session lists. */
export function visibleCouncils(scopePath: string | null, memberUserId: string | null): SQL | undefined {
  if (scopePath === null) return undefined;
  const inScope = sql`${orgUnits.path} like ${`${scopePath}%`}`;
  if (memberUserId === null) return inScope;
  return sql`(${inScope} or ${councils.id} in (select m.council_id from council_members m where m.user_id = ${memberUserId} and m.active))`;
}

export async function councilIdOfUnit(db: Db, unitId: string): Promise<string | null> {
  const [row] = await db.select({ id: councils.id }).from(councils).where(eq(councils.unitId, unitId));
  return row?.id ?? null;
}

export async function insertCouncil(db: Db, values: typeof councils.$inferInsert): Promise<string> {
  const [row] = await db.insert(councils).values(values).returning({ id: councils.id });
  return row!.id;
}

export async function updateCouncil(db: Db, id: string, version: number, set: Partial<typeof councils.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(councils)
    .set({ ...set, version: sql`${councils.version} + 1` })
    .where(and(eq(councils.id, id), eq(councils.version, version)))
    .returning({ id: councils.id });
  return rows.length === 1;
}

const memberView = {
  id: councilMembers.id,
  councilId: councilMembers.councilId,
  userId: councilMembers.userId,
  fullName: councilMembers.fullName,
  position: councilMembers.position,
  role: councilMembers.role,
  homeUnitId: councilMembers.homeUnitId,
  homeUnitName: orgUnits.name,
  active: councilMembers.active,
  sortOrder: councilMembers.sortOrder,
  version: councilMembers.version,
};
export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

/** Members in the order they were entered (the council's own order of precedence). */
export async function listMembers(db: Db, councilId: string) {
  return db
    .select(memberView)
    .from(councilMembers)
    .leftJoin(orgUnits, eq(orgUnits.id, councilMembers.homeUnitId))
    .where(eq(councilMembers.councilId, councilId))
    .orderBy(asc(councilMembers.sortOrder), asc(councilMembers.createdAt), asc(councilMembers.id));
}

export async function findMember(db: Db, id: string): Promise<MemberRow | null> {
  const [row] = await db.select(memberView).from(councilMembers).leftJoin(orgUnits, eq(orgUnits.id, councilMembers.homeUnitId)).where(eq(councilMembers.id, id));
  return row ?? null;
}

export async function nextMemberOrder(db: Db, councilId: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${councilMembers.sortOrder})` })
    .from(councilMembers)
    .where(eq(councilMembers.councilId, councilId));
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertMembers(db: Db, values: (typeof councilMembers.$inferInsert)[]): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await db.insert(councilMembers).values(values).returning({ id: councilMembers.id });
  return rows.map((r) => r.id);
}

export async function updateMember(db: Db, id: string, version: number, set: Partial<typeof councilMembers.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(councilMembers)
    .set({ ...set, version: sql`${councilMembers.version} + 1` })
    .where(and(eq(councilMembers.id, id), eq(councilMembers.version, version)))
    .returning({ id: councilMembers.id });
  return rows.length === 1;
}

/** The active member a user is in a council, if any. */
export async function activeMemberOfUser(db: Db, councilId: string, userId: string): Promise<MemberRow | null> {
  const [row] = await db
    .select(memberView)
    .from(councilMembers)
    .leftJoin(orgUnits, eq(orgUnits.id, councilMembers.homeUnitId))
    .where(and(eq(councilMembers.councilId, councilId), eq(councilMembers.userId, userId), eq(councilMembers.active, true)));
  return row ?? null;
}

export async function listThresholds(db: Db, councilId: string) {
  return db.select().from(councilThresholds).where(eq(councilThresholds.councilId, councilId));
}

export async function replaceThresholds(db: Db, councilId: string, values: Omit<typeof councilThresholds.$inferInsert, 'councilId'>[]): Promise<void> {
  await db.delete(councilThresholds).where(eq(councilThresholds.councilId, councilId));
  if (values.length) await db.insert(councilThresholds).values(values.map((v) => ({ ...v, councilId })));
}

export async function findUnits(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: orgUnits.id, name: orgUnits.name, path: orgUnits.path }).from(orgUnits).where(inArray(orgUnits.id, ids));
}

/** Users with the paths of their own unit and of their scope, to check who may sit on a council. */
export async function findUsersWithPaths(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: users.id,
      fullName: users.fullName,
      unitPath: sql<string>`(select u.path from org_units u where u.id = ${users.unitId})`,
      scopePath: sql<string>`(select u.path from org_units u where u.id = ${users.scopeUnitId})`,
    })
    .from(users)
    .where(inArray(users.id, ids));
}

/** Active accounts that may sit on a council of the unit at `councilPath`: working inside it, or scoped to it or above. */
export async function listCouncilAccounts(db: Db, councilPath: string) {
  const unit = alias(orgUnits, 'unit');
  const scope = alias(orgUnits, 'scope');
  return db
    .select({ id: users.id, fullName: users.fullName, username: users.username, unitName: unit.name })
    .from(users)
    .innerJoin(unit, eq(unit.id, users.unitId))
    .innerJoin(scope, eq(scope.id, users.scopeUnitId))
    .where(and(eq(users.active, true), or(like(unit.path, `${councilPath}%`), sql`${councilPath} like ${scope.path} || '%'`)));
}
