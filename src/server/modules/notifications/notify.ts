/**
 * Thông báo trong ứng dụng, for other modules to call inside their own transactions:
 * a report returned, a reminder, a registration approved… Pass the transaction as `db`
 * so the notification is written together with the change it announces.
 */
import type { Role } from '../../../contract/roles.js';
import type { Db } from '../../db/open.js';
import * as repo from './notifications.repo.js';

export type NotificationInput = repo.NewNotification;

/** Notifies every active user seated in the unit (only those with one of `roles` when given); returns how many. */
export async function notifyUnit(db: Db, unitId: string, n: NotificationInput, roles?: Role[]): Promise<number> {
  const recipients = await repo.listActiveUsersOfUnit(db, unitId, roles);
  return repo.insertNotifications(db, recipients.map((u) => u.id), n);
}

/** Notifies these users (inactive ones and repeats are left out); returns how many. */
export async function notifyUsers(db: Db, userIds: readonly string[], n: NotificationInput): Promise<number> {
  const active = await repo.listActiveUserIds(db, [...new Set(userIds)]);
  return repo.insertNotifications(db, active, n);
}
