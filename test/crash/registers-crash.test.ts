/**
 * A crash while a unit issues its documents: forty drafts are issued a few at a time, the server is
 * killed with SIGKILL once some issues are acknowledged, and started again on the same data. Every
 * acknowledged issue keeps its number, the register of the year holds 1..k with no gap and no
 * repeat, and issuing the rest — retrying the drafts whose answers were lost, which must not take a
 * second number — ends at 1..40. The audit chain verifies, with one issue entry per document. On
 * the embedded engine, or on PostgreSQL when DATABASE_URL is set.
 */
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type BenchDatabase } from '../../bench/lib/engine.js';
import { ApiUser, httpAgent } from '../../bench/lib/http.js';
import { ensureBuilt } from '../../bench/lib/server.js';
import { CreateDocumentBodySchema } from '../../src/contract/documents.js';
import { auditLog, documents, numberRegisters } from '../../src/server/db/schema.js';
import { verifyAuditChain } from '../../src/server/modules/audit/audit-verify.js';
import { createDocument } from '../../src/server/modules/documents/documents.service.js';
import { freePort, spawnThidua } from '../e2e/support/server.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../support/factories.js';

const DRAFTS = 40;
const CONNECTIONS = 4;
/** Acknowledged issues before the kill: the kill lands with issues in flight and others waiting. */
const KILL_AFTER = 12;
const YEAR = 2024;
const ISSUED_ON = `${YEAR}-03-15`;

let db: BenchDatabase;
let ownerUnitId: string;
let username: string;
let drafts: { id: string; version: number }[];

beforeAll(async () => {
  ensureBuilt();
  const url = process.env.DATABASE_URL;
  db = await freshDatabase(url ? 'postgres' : 'pglite', url ? { serverUrl: url, name: `thidua_registers_${randomBytes(4).toString('hex')}` } : {});
  const database = await db.open();
  try {
    const ctx = { db: database.db, now: () => new Date() };
    const h = await makeHierarchy(ctx);
    ownerUnitId = h.district.id;
    username = (await makeUser(ctx, { unitId: h.district.id, roles: ['officer'] })).username;
    drafts = [];
    for (let i = 0; i < DRAFTS; i++) {
      const body = CreateDocumentBodySchema.parse({
        direction: 'outgoing',
        docType: 'Công văn',
        ownerUnitId,
        subject: `Về việc triển khai phong trào thi đua, đợt ${i + 1}`,
        recipients: [{ unitId: h.communeA.id }, { unitId: h.communeB.id }],
        signer: { name: 'Lò Văn Minh', title: 'PHÓ CHỦ TỊCH', authority: 'KT.', onBehalfOf: 'CHỦ TỊCH' },
      });
      const d = await createDocument(ctx, null, body);
      drafts.push({ id: d.id, version: d.version });
    }
  } finally {
    await database.close();
  }
}, 120_000);
afterAll(async () => {
  await db?.dispose();
});

async function start() {
  return spawnThidua({ port: await freePort(), env: { ...db.env, THIDUA_DEMO: 'never' }, pollMs: 50, timeoutMs: 60_000 });
}

interface Issued {
  id: string;
  number: number;
}

/**
 * Issues the drafts a few at a time. An answer lost to the crash is a failure, not an error; a
 * draft found already issued (409) is noted, and any other answer is unexpected.
 */
async function issueAll(baseUrl: string, indexes: number[], onIssued: (d: Issued) => void) {
  const agent = httpAgent(CONNECTIONS);
  const user = new ApiUser(baseUrl, agent);
  await user.signIn(username, TEST_PASSWORD);
  const issued: Issued[] = [];
  const alreadyIssued: string[] = [];
  const lost: number[] = [];
  const unexpected: string[] = [];
  const queue = [...indexes];
  const worker = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      const { id, version } = drafts[i]!;
      try {
        const res = await user.call('POST', `/api/documents/${id}/issue`, { version, issuedOn: ISSUED_ON });
        if (res.status === 200) {
          const d = { id, number: Number((res.body as { number: string }).number) };
          issued.push(d);
          onIssued(d);
        } else if (res.status === 409 && /đã ban hành/.test((res.body as { error: { message: string } }).error.message)) {
          alreadyIssued.push(id);
        } else {
          unexpected.push(`${id}: ${res.status} ${JSON.stringify(res.body)}`);
        }
      } catch {
        lost.push(i);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  agent.destroy();
  return { issued, alreadyIssued, lost, unexpected };
}

/** The owner's outgoing documents, its register for the year, its issue entries, and the chain. */
async function stored() {
  const database = await db.open();
  try {
    const rows = await database.db
      .select({ id: documents.id, status: documents.status, number: documents.number, year: documents.year })
      .from(documents)
      .where(and(eq(documents.ownerUnitId, ownerUnitId), eq(documents.direction, 'outgoing')));
    const [register] = await database.db
      .select({ lastNumber: numberRegisters.lastNumber })
      .from(numberRegisters)
      .where(and(eq(numberRegisters.issuerUnitId, ownerUnitId), eq(numberRegisters.year, YEAR)));
    const entries = await database.db.select({ entityId: auditLog.entityId }).from(auditLog).where(eq(auditLog.action, 'document.issue'));
    return { rows, lastNumber: register?.lastNumber ?? 0, issueEntries: entries.map((e) => e.entityId), chain: await verifyAuditChain(database.db) };
  } finally {
    await database.close();
  }
}

/** The register holds 1..k, each number on exactly one issued document and on no draft. */
function expectWholeRegister(state: Awaited<ReturnType<typeof stored>>) {
  const issued = state.rows.filter((r) => r.status === 'issued');
  expect(issued.every((r) => r.year === YEAR)).toBe(true);
  expect(state.rows.filter((r) => r.status !== 'issued').every((r) => r.status === 'draft' && r.number === null)).toBe(true);
  expect(issued.map((r) => r.number).sort((a, b) => a! - b!)).toEqual(Array.from({ length: issued.length }, (_, i) => i + 1));
  expect(state.lastNumber).toBe(issued.length);
  expect(state.issueEntries.sort()).toEqual(issued.map((r) => r.id).sort());
  expect(state.chain.broken).toBeNull();
  return new Map(issued.map((r) => [r.id, r.number!]));
}

async function stop(child: Awaited<ReturnType<typeof start>>['child'], signal: NodeJS.Signals) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

describe(`a crash while a unit issues its documents (${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'})`, () => {
  it('keeps every acknowledged number, and the register stays 1..n with no gap or repeat', { timeout: 60_000 }, async () => {
    const first = await start();
    let killed = false;
    let acknowledged = 0;
    let before: Awaited<ReturnType<typeof issueAll>>;
    try {
      before = await issueAll(
        first.baseUrl,
        drafts.map((_, i) => i),
        () => {
          if (!killed && ++acknowledged >= KILL_AFTER) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        },
      );
    } finally {
      await stop(first.child, 'SIGKILL');
    }
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(before.unexpected).toEqual([]);
    expect(before.alreadyIssued).toEqual([]);
    expect(before.issued.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(before.lost.length).toBeGreaterThan(0);

    const afterCrash = await stored();
    const numbersAfterCrash = expectWholeRegister(afterCrash);
    for (const d of before.issued) expect(numbersAfterCrash.get(d.id), d.id).toBe(d.number);

    // Started again on the same data, the drafts whose answers were lost are issued again.
    const second = await start();
    let after: Awaited<ReturnType<typeof issueAll>>;
    try {
      after = await issueAll(second.baseUrl, before.lost, () => undefined);
    } finally {
      await stop(second.child, 'SIGTERM');
    }
    expect(after.unexpected).toEqual([]);
    expect(after.lost).toEqual([]);
    // A draft issued before the crash whose answer was lost is refused, not numbered again.
    const issuedUnanswered = [...numbersAfterCrash.keys()].filter((id) => !before.issued.some((d) => d.id === id));
    expect(after.alreadyIssued.sort()).toEqual(issuedUnanswered.sort());
    expect(after.issued.every((d) => d.number > numbersAfterCrash.size)).toBe(true);

    const final = await stored();
    const numbers = expectWholeRegister(final);
    expect(numbers.size).toBe(DRAFTS);
    for (const [id, number] of numbersAfterCrash) expect(numbers.get(id), id).toBe(number);
    for (const d of after.issued) expect(numbers.get(d.id), d.id).toBe(d.number);
    expect(final.chain.checked).toBeGreaterThan(afterCrash.chain.checked);
    console.log(
      `SIGKILL after ${before.issued.length} acknowledged issues; register at ${numbersAfterCrash.size} on restart (${issuedUnanswered.length} issued without an answer), ` +
        `${before.lost.length} drafts sent again: ${after.alreadyIssued.length} refused as already issued, ${after.issued.length} numbered; register 1..${numbers.size} whole, audit chain of ${final.chain.checked} entries verified`,
    );
  });
});
