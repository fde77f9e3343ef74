/**
 * A crash in the middle of the deadline rush: the server is killed with SIGKILL while communes
 * send their reports, started again on the same data, and every submission it acknowledged must
 * be there exactly once with all its figures; the audit chain must still verify, and the rest of
 * the rush, retried with the same Idempotency-Keys, completes. On the embedded engine, or on
 * PostgreSQL when DATABASE_URL is set.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type BenchDatabase } from '../../bench/lib/engine.js';
import { ApiUser, httpAgent } from '../../bench/lib/http.js';
import { ensureBuilt } from '../../bench/lib/server.js';
import { narrativeOf, valuesOf } from '../../bench/rush.js';
import { ReportTemplateSchema } from '../../src/contract/reporting.js';
import { verifyAuditChain } from '../../src/server/modules/audit/audit-verify.js';
import { buildSyntheticCountry, SYNTHETIC_PASSWORD, type SyntheticCountry } from '../../src/server/seed/synthetic.js';
import { freePort, spawnThidua } from '../e2e/support/server.js';

const COMMUNES = 40;
const CONNECTIONS = 8;
/** Acknowledged submissions before the kill: enough that the kill lands mid-rush. */
const KILL_AFTER = 12;

let db: BenchDatabase;
let country: SyntheticCountry;

beforeAll(async () => {
  ensureBuilt();
  const url = process.env.DATABASE_URL;
  db = await freshDatabase(url ? 'postgres' : 'pglite', url ? { serverUrl: url, name: `thidua_crash_${randomBytes(4).toString('hex')}` } : {});
  const database = await db.open();
  try {
    country = await database.db.transaction((tx) =>
      buildSyntheticCountry({ db: tx, now: () => new Date() }, { provinces: 2, communes: COMMUNES, agencies: 0, indicators: 10, periods: 0, awardees: 0 }),
    );
  } finally {
    await database.close();
  }
}, 240_000);
afterAll(async () => {
  await db?.dispose();
});

async function start() {
  const port = await freePort();
  return spawnThidua({ port, env: { ...db.env, THIDUA_DEMO: 'never' }, pollMs: 50, timeoutMs: 120_000 });
}

interface Sent {
  unitId: string;
  reportId: string;
}

/**
 * Each commune opens, fills and sends its report; answers lost to the crash are failures, not
 * errors. Stops handing out communes once the server is gone.
 */
async function rush(baseUrl: string, indexes: number[], onSent: (s: Sent) => void): Promise<{ sent: Sent[]; failed: number[] }> {
  const sections = ReportTemplateSchema.parse({}).sections.map((s) => s.key);
  const agent = httpAgent(CONNECTIONS);
  const sent: Sent[] = [];
  const failed: number[] = [];
  const queue = [...indexes];
  const worker = async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      const user = new ApiUser(baseUrl, agent);
      const unitId = country.communeIds[i]!;
      try {
        await user.signIn(country.users.reporters[i]!, SYNTHETIC_PASSWORD);
        const opened = await user.call('POST', '/api/reports', { assignmentId: country.rushAssignmentId, unitId });
        if (opened.status !== 201 && opened.status !== 200) throw new Error(`mở: ${opened.status}`);
        const report = opened.body as { id: string; version: number; status: string };
        let version = report.version;
        if (report.status !== 'submitted') {
          const narrative = Object.fromEntries(sections.map((key) => [key, narrativeOf(i)]));
          const saved = await user.call('PATCH', `/api/reports/${report.id}`, { version, values: valuesOf(country, i), narrative });
          // A save acknowledged before the crash leaves the report a version ahead: read it again.
          if (saved.status === 409) version = ((await user.call('GET', `/api/reports/${report.id}`)).body as { version: number }).version;
          else if (saved.status !== 200) throw new Error(`lưu: ${saved.status}`);
          else version = (saved.body as { version: number }).version;
        }
        const submitted = await user.call('POST', `/api/reports/${report.id}/submit`, { version }, { 'idempotency-key': `crash-${unitId}` });
        if (submitted.status !== 200) throw new Error(`gửi: ${submitted.status}`);
        const s = { unitId, reportId: report.id };
        sent.push(s);
        onSent(s);
      } catch {
        failed.push(i);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  agent.destroy();
  return { sent, failed };
}

async function storedReports() {
  const database = await db.open();
  try {
    const result = (await database.db.execute(sql`
      select r.id, r.unit_id as "unitId", r.status, (select count(*)::int from report_values v where v.report_id = r.id) as "values"
      from reports r where r.assignment_id = ${country.rushAssignmentId}`)) as unknown as { rows: { id: string; unitId: string; status: string; values: number }[] };
    return { rows: result.rows, chain: await verifyAuditChain(database.db) };
  } finally {
    await database.close();
  }
}

describe(`a crash in the middle of the rush (${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'})`, () => {
  it('keeps every acknowledged submission exactly once, and the rest completes after the restart', { timeout: 600_000 }, async () => {
    const first = await start();
    let killed = false;
    let acknowledged = 0;
    const before = await rush(
      first.baseUrl,
      country.communeIds.map((_, i) => i),
      () => {
        if (!killed && ++acknowledged >= KILL_AFTER) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      },
    );
    await new Promise((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve(null) : first.child.once('exit', resolve)));
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(before.sent.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(before.failed.length).toBeGreaterThan(0);

    // Every report the server said it had sent is there, sent, with all its figures.
    const afterCrash = await storedReports();
    const byUnit = new Map(afterCrash.rows.map((r) => [r.unitId, r]));
    for (const s of before.sent) expect(byUnit.get(s.unitId), s.unitId).toMatchObject({ id: s.reportId, status: 'submitted', values: country.indicatorIds.length });
    expect(new Set(afterCrash.rows.map((r) => r.unitId)).size).toBe(afterCrash.rows.length);
    expect(afterCrash.chain.broken).toBeNull();

    // Started again on the same data, the communes whose answers were lost send again.
    const second = await start();
    try {
      const after = await rush(second.baseUrl, before.failed, () => undefined);
      expect(after.failed).toEqual([]);
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((resolve) => (second.child.exitCode !== null ? resolve(null) : second.child.once('exit', resolve)));
    }
    const final = await storedReports();
    expect(final.rows).toHaveLength(COMMUNES);
    expect(final.rows.every((r) => r.status === 'submitted' && r.values === country.indicatorIds.length)).toBe(true);
    expect(new Set(final.rows.map((r) => r.unitId)).size).toBe(COMMUNES);
    for (const s of before.sent) expect(final.rows.find((r) => r.unitId === s.unitId)!.id).toBe(s.reportId);
    expect(final.chain.broken).toBeNull();
    expect(final.chain.checked).toBeGreaterThan(afterCrash.chain.checked);
    console.log(
      `SIGKILL after ${before.sent.length} acknowledged submissions; ${afterCrash.rows.filter((r) => r.status === 'submitted').length} sent reports found on restart, ` +
        `${before.failed.length} communes sent again; ${final.rows.length} reports with ${final.rows.length * country.indicatorIds.length} figures verified, audit chain of ${final.chain.checked} entries whole`,
    );
  });
});
