import { and, eq, like, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { User } from '../../../contract/users.js';
import type { Db } from '../../db/open.js';
import { orgUnits, users } from '../../db/schema.js';

const unit = alias(orgUnits, 'unit');
const scope = alias(orgUnits, 'scope');

const userView = {
  id: users.id,
  username: users.username,
  fullName: users.fullName,
  email: users.email,
  unitId: users.unitId,
  unitName: unit.name,
  scopeUnitId: users.scopeUnitId,
  scopeUnitName: scope.name,
  roles: users.roles,
  active: users.active,
  lastSignInAt: users.lastSignInAt,
  version: users.version,
  unitPath: unit.path,
  scopePath: scope.path,
};

type UserRow = User & { unitPath: string; scopePath: string };

function selectUsers(db: Db) {
  return db
    .select(userView)
    .from(users)
    .innerJoin(unit, eq(unit.id, users.unitId))
    .innerJoin(scope, eq(scope.id, users.scopeUnitId));
}

export async function findUser(db: Db, id: string): Promise<UserRow | null> {
  const [row] = await selectUsers(db).where(eq(users.id, id));
  return (row as UserRow | undefined) ?? null;
}

/** Users whose unit lies in the subtree at scopePath (unsorted: the service sorts in Vietnamese order). */
export async function listUsersUnder(db: Db, scopePath: string): Promise<UserRow[]> {
  const rows = await selectUsers(db).where(like(unit.path, `${scopePath}%`));
  return rows as UserRow[];
}

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return !!row;
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<string> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

/** Optimistic update: returns false when the version no longer matches. */
export async function updateUser(
  db: Db,
  id: string,
  expectedVersion: number,
  values: Partial<typeof users.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ ...values, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function setPasswordHash(db: Db, id: string, passwordHash: string): Promise<void> {
  await db
    .update(users)
    .set({ passwordHash, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, id));
}

export async function touchSignIn(db: Db, id: string): Promise<void> {
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, id));
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return Number(row?.n ?? 0);
}
