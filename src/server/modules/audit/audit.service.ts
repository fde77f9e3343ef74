import { createHash } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.js';
import { auditLog } from '../../db/schema.js';
import type { ServiceContext } from '../../context.js';
import { requirePermission, type Actor } from '../../http/actor.js';
import { listAuditEntries } from './audit.repo.js';

export interface AuditInput {
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys: jsonb reorders keys, so the hash must not depend on their order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, entry: { at: string } & AuditInput): string {
  const payload = canonicalJson({
    at: entry.at,
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex');
}

/**
 * Appends one entry to the hash chain inside the caller's transaction.
 * The advisory lock serialises appenders, so the chain never forks under concurrency.
 */
export async function appendAudit(tx: Tx | Db, input: AuditInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const entry = { ...input, at, before: input.before ?? null, after: input.after ?? null };
  await tx.insert(auditLog).values({
    at,
    actorUserId: input.actorUserId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: entry.before,
    after: entry.after,
    prevHash,
    hash: auditHash(prevHash, entry),
  });
}

/** Reads the audit log (province-level scopes only: see effectivePermissions). */
export async function listAudit(
  ctx: ServiceContext,
  actor: Actor,
  query: { entityType?: string; entityId?: string; limit: number; offset: number },
) {
  requirePermission(actor, 'audit:read');
  const page = await listAuditEntries(ctx.db, query);
  return { items: page.items.map((e) => ({ ...e, at: new Date(e.at).toISOString() })), total: page.total };
}