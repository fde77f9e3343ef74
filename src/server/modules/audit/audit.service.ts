import { not, like } from 'drizzle-orm';
import { AppError } from '../../../contract/errors.js';
import type { Db, Tx } from '../../db/open.js';
import { auditLog, orgUnits } from '../../db/schema.js';
import type { ServiceContext } from '../../context.js';
import { requirePermission, type Actor } from '../../http/actor.js';
import { entryDigest, type AuditContent } from './audit-chain.js';
import { listAuditEntries } from './audit.repo.js';

/** What a write records; the instant is the append's. */
export type AuditInput = Omit<AuditContent, 'at'>;

/**
 * Appends one entry inside the caller's transaction. The database chains it when the
 * transaction commits (audit_log_chain), so an entry rolled back never enters the chain.
 */
export async function appendAudit(tx: Tx | Db, input: AuditInput): Promise<void> {
  const entry = { ...input, at: new Date().toISOString(), before: input.before ?? null, after: input.after ?? null };
  await tx.insert(auditLog).values({ ...entry, entryDigest: entryDigest(entry) });
}

/**
 * Entries are not bound to units yet: only a scope over every unit of the installation reads them.
 * A root is not enough once two provinces share one installation, as after the 2025 merger.
 */
export async function scopeCoversEverything(db: Db, actor: Actor): Promise<boolean> {
  const outside = await db.select({ id: orgUnits.id }).from(orgUnits).where(not(like(orgUnits.path, `${actor.scopePath}%`))).limit(1);
  return outside.length === 0;
}

/** Reads the audit log (a scope over every unit only). */
export async function listAudit(
  ctx: ServiceContext,
  actor: Actor,
  query: { entityType?: string; entityId?: string; limit: number; offset: number },
) {
  requirePermission(actor, 'audit:read');
  if (!(await scopeCoversEverything(ctx.db, actor))) {
    throw new AppError('FORBIDDEN', 'Nhật ký kiểm toán chỉ dành cho người có phạm vi bao trùm mọi đơn vị trong hệ thống');
  }
  const page = await listAuditEntries(ctx.db, query);
  return { items: page.items.map((e) => ({ ...e, at: new Date(e.at).toISOString() })), total: page.total };
}