/**
 * The audit log's hash chain: each entry's hash covers the previous entry's hash and the entry
 * itself, so changing or removing an entry breaks the chain at that entry or the next.
 * The database chains entries at commit (the audit_log_chain trigger); this module computes the
 * writer's part and verifies a chain.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  at: string;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface ChainedEntry extends AuditContent {
  id: number;
  chainSeq: number | null;
  entryDigest: string | null;
  prevHash: string;
  hash: string;
}

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

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function canonicalEntry(entry: AuditContent): string {
  return canonicalJson({
    at: entry.at,
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** What the writer stores with an entry: the digest its chain hash covers. */
export const entryDigest = (entry: AuditContent): string => sha256(canonicalEntry(entry));

/** The chain hash of an entry after `prevHash`, as the audit_log_chain trigger computes it. */
export const chainHash = (prevHash: string, digest: string): string => sha256(`${prevHash}\n${digest}`);

/** Entries chained before the trigger existed: the hash covers the canonical JSON itself. */
const legacyChainHash = (prevHash: string, entry: AuditContent): string => sha256(`${prevHash}\n${canonicalEntry(entry)}`);

/** Why an entry does not verify. */
export type ChainBreakReason =
  /** Its content no longer matches its digest or hash: it was changed. */
  | 'changed'
  /** It does not name the hash of the entry before it: that one was changed or removed. */
  | 'unlinked'
  /** It was never chained: written around the database's chaining. */
  | 'unchained';

export interface ChainBreak {
  id: number;
  chainSeq: number | null;
  reason: ChainBreakReason;
}

/** Checks entries one by one in chain order, from the genesis hash. */
export function chainWalker() {
  let prev = GENESIS_HASH;
  let checked = 0;
  return {
    next(e: ChainedEntry): ChainBreak | null {
      if (e.chainSeq === null) return { id: e.id, chainSeq: null, reason: 'unchained' };
      const content = { ...e, at: new Date(e.at).toISOString() };
      const intact =
        e.entryDigest === null ? e.hash === legacyChainHash(e.prevHash, content) : e.entryDigest === entryDigest(content) && e.hash === chainHash(e.prevHash, e.entryDigest);
      if (!intact) return { id: e.id, chainSeq: e.chainSeq, reason: 'changed' };
      if (e.prevHash !== prev) return { id: e.id, chainSeq: e.chainSeq, reason: 'unlinked' };
      prev = e.hash;
      checked++;
      return null;
    },
    get lastHash() {
      return prev;
    },
    get checked() {
      return checked;
    },
  };
}

/**
 * Walks entries in chain order from the genesis hash; answers the id of the first entry that
 * does not verify (changed, or following a removed one), or null when the chain holds.
 */
export function firstBrokenEntry(entries: readonly ChainedEntry[]): number | null {
  const walker = chainWalker();
  for (const e of [...entries].sort((a, b) => (a.chainSeq ?? Infinity) - (b.chainSeq ?? Infinity))) {
    const broken = walker.next(e);
    if (broken) return broken.id;
  }
  return null;
}
