import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { auditLog, users } from '../../db/schema.js';

export async function listAuditEntries(
  db: Db,
  filter: { entityType?: string; entityId?: string; limit: number; offset: number },
) {
  const conds: SQL[] = [];
  if (filter.entityType) conds.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conds.push(eq(auditLog.entityId, filter.entityId));
  const where = conds.length ? and(...conds) : undefined;
  const [total] = await db.select({ n: count() }).from(auditLog).where(where);
  const items = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUserId: auditLog.actorUserId,
      actorName: users.fullName,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      before: auditLog.before,
      after: auditLog.after,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(filter.limit)
    .offset(filter.offset);
  return { items, total: total?.n ?? 0 };
}
