/**
 * Walks the whole audit chain in the database, a batch at a time (a national log holds millions
 * of entries), and names the first entry that does not verify.
 */
import { asc, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { auditLog } from '../../db/schema.js';
import { chainWalker, type ChainBreak, type ChainedEntry } from './audit-chain.js';

export interface ChainVerification {
  /** Entries verified before the first break (all of them when the chain holds). */
  checked: number;
  broken: (ChainBreak & { action: string; at: string }) | null;
  /** The last entry verified: comparing it with a head noted earlier shows entries cut off the end. */
  head: { id: number; chainSeq: number; hash: string; at: string } | null;
}

const columns = {
  id: auditLog.id,
  at: auditLog.at,
  actorUserId: auditLog.actorUserId,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  before: auditLog.before,
  after: auditLog.after,
  entryDigest: auditLog.entryDigest,
  chainSeq: auditLog.chainSeq,
  prevHash: auditLog.prevHash,
  hash: auditLog.hash,
};

export async function verifyAuditChain(db: Db, batchSize = 5_000): Promise<ChainVerification> {
  const walker = chainWalker();
  let head: ChainVerification['head'] = null;
  const found = (e: ChainedEntry, b: ChainBreak): ChainVerification => ({ checked: walker.checked, broken: { ...b, action: e.action, at: new Date(e.at).toISOString() }, head });
  // An entry the database never chained is a break wherever it sits.
  const [unchained] = await db.select(columns).from(auditLog).where(isNull(auditLog.chainSeq)).orderBy(asc(auditLog.id)).limit(1);
  for (let after = -1; ; ) {
    const rows = await db.select(columns).from(auditLog).where(gt(auditLog.chainSeq, after)).orderBy(asc(auditLog.chainSeq)).limit(batchSize);
    for (const e of rows) {
      const broken = walker.next(e);
      if (broken) return found(e, broken);
      head = { id: e.id, chainSeq: e.chainSeq!, hash: e.hash, at: new Date(e.at).toISOString() };
    }
    if (rows.length < batchSize) break;
    after = rows.at(-1)!.chainSeq!;
  }
  if (unchained) return found(unchained, { id: unchained.id, chainSeq: null, reason: 'unchained' });
  return { checked: walker.checked, broken: null, head };
}
