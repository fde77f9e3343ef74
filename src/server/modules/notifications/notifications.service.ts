/** Thông báo trong ứng dụng: each user reads and marks only their own. */
import { isoInstant } from '../../db/instants.js';
import type { z } from 'zod';
import { AppError } from '../../../contract/errors.js';
import type { NotificationSchema } from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import * as repo from './notifications.repo.js';

type Notification = z.infer<typeof NotificationSchema>;

/** The bell shows at most this many; older ones stay in the table but are not listed. */
export const NOTIFICATION_LIST_LIMIT = 100;


function present(row: repo.NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: isoInstant(row.createdAt),
    readAt: isoInstant(row.readAt),
  };
}

/** The actor's notifications, newest first (only unread ones when asked), and how many are unread. */
export async function listNotifications(ctx: ServiceContext, actor: Actor, query: { unread: boolean }): Promise<{ items: Notification[]; unread: number }> {
  const rows = await repo.listNotificationsOfUser(ctx.db, actor.userId, { unreadOnly: query.unread, limit: NOTIFICATION_LIST_LIMIT });
  return { items: rows.map(present), unread: await repo.countUnread(ctx.db, actor.userId) };
}

/** Marks one of the actor's notifications read; another user's answers 404 like a missing one. */
export async function markNotificationRead(ctx: ServiceContext, actor: Actor, id: string): Promise<Notification> {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findNotificationOfUser(tx, actor.userId, id);
    if (!row) throw new AppError('NOT_FOUND', 'Thông báo không tồn tại');
    if (row.readAt) return present(row);
    const readAt = ctx.now().toISOString();
    await repo.markRead(tx, actor.userId, [id], readAt);
    return present({ ...row, readAt });
  });
}

/** Marks every unread notification of the actor read; returns how many changed. */
export async function markAllNotificationsRead(ctx: ServiceContext, actor: Actor): Promise<{ updated: number }> {
  const updated = await ctx.db.transaction((tx) => repo.markRead(tx, actor.userId, 'all', ctx.now().toISOString()));
  return { updated };
}
