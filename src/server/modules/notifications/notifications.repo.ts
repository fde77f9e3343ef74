import { and, arrayOverlaps, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Role } from '../../../contract/roles.js';
import type { Db } from '../../db/open.js';
import { notifications, users } from '../../db/schema.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = { kind: string; title: string; body: string; link: string | null };

/** Active users seated in a unit, optionally only those holding one of the roles. */
export async function listActiveUsersOfUnit(db: Db, unitId: string, roles?: readonly Role[]) {
  const conds: SQL[] = [eq(users.unitId, unitId), eq(users.active, true)];
  if (roles) {
    if (roles.length === 0) return [];
    conds.push(arrayOverlaps(users.roles, [...roles]));
  }
  return db
    .select({ id: users.id, username: users.username, fullName: users.fullName, email: users.email })
    .from(users)
    .where(and(...conds))
    .orderBy(users.username);
}

/** Of these ids, the users that are still active. */
export async function listActiveUserIds(db: Db, userIds: readonly string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...userIds]), eq(users.active, true)));
  return rows.map((r) => r.id);
}

export async function insertNotifications(db: Db, userIds: readonly string[], n: NewNotification): Promise<number> {
  if (userIds.length === 0) return 0;
  const rows = await db
    .insert(notifications)
    .values(userIds.map((userId) => ({ userId, ...n })))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function listNotificationsOfUser(db: Db, userId: string, f: { unreadOnly: boolean; limit: number }): Promise<NotificationRow[]> {
  const conds: SQL[] = [eq(notifications.userId, userId)];
  if (f.unreadOnly) conds.push(isNull(notifications.readAt));
  return db
    .select()
    .from(notifications)
    .where(and(...conds))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(f.limit);
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export async function findNotificationOfUser(db: Db, userId: string, id: string): Promise<NotificationRow | null> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row ?? null;
}

/** Sets read_at where still unread; a notification read earlier keeps its first read time. */
export async function markRead(db: Db, userId: string, ids: readonly string[] | 'all', readAt: string): Promise<number> {
  const conds: SQL[] = [eq(notifications.userId, userId), isNull(notifications.readAt)];
  if (ids !== 'all') {
    if (ids.length === 0) return 0;
    conds.push(inArray(notifications.id, [...ids]));
  }
  const rows = await db
    .update(notifications)
    .set({ readAt })
    .where(and(...conds))
    .returning({ id: notifications.id });
  return rows.length;
}
