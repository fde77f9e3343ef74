/**
 * PostgreSQL stops under a running thidua (an immediate stop, as a crash of the database server
 * would, then a fast one, as an administrator's restart would) and starts again. While it is down
 * every answer is a prompt 503 in the error shape, saying in Vietnamese that the database is
 * unavailable — health included — and the process lives on; once it is back the same process
 * answers again, with what was written before and new writes. The cluster is the test's own
 * (the machine's server serves the rest of the suite), so this runs on either suite pass.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type BenchDatabase } from '../../bench/lib/engine.js';
import { ApiUser, httpAgent, type Answer } from '../../bench/lib/http.js';
import { ensureBuilt } from '../../bench/lib/server.js';
import { freePort, spawnThidua } from '../e2e/support/server.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../support/factories.js';
import { findPostgresTools, startPrivatePostgres, type PrivatePostgres, type StopMode } from '../support/private-postgres.js';

/** Longest acceptable wait for any answer while the database is down. */
const PROMPT_MS = 5_000;
/** How long the server may take to reach the database again once it is back. */
const RECOVERY_MS = 10_000;

const tools = findPostgresTools();
const missing = 'missing' in tools ? tools.missing : null;
if (missing) console.warn(`PostgreSQL restart test skipped: missing ${missing}`);

let cluster: PrivatePostgres | undefined;
let db: BenchDatabase | undefined;
let server: Awaited<ReturnType<typeof spawnThidua>> | undefined;
let agent: Agent;
let closing = false;
let username: string;
let hierarchy: Awaited<ReturnType<typeof makeHierarchy>>;

beforeAll(async () => {
  if ('missing' in tools) return;
  ensureBuilt();
  cluster = await startPrivatePostgres(tools);
  db = await freshDatabase('postgres', { serverUrl: cluster.url, name: `thidua_pg_restart_${randomBytes(4).toString('hex')}` });
  const database = await db.open();
  try {
    const ctx = { db: database.db, now: () => new Date() };
    hierarchy = await makeHierarchy(ctx);
    username = (await makeUser(ctx, { unitId: hierarchy.district.id, roles: ['officer'] })).username;
  } finally {
    await database.close();
  }
  server = await spawnThidua({ port: await freePort(), env: { ...db.env, THIDUA_DEMO: 'never' }, pollMs: 50, timeoutMs: 60_000 });
  const spawned = server;
  spawned.child.once('exit', (code, signal) => {
    if (!closing) console.error(`thidua exited by itself (${signal ?? code}):\n${spawned.output()}`);
  });
  agent = httpAgent(4);
}, 120_000);

afterAll(async () => {
  closing = true;
  agent?.destroy();
  if (server && server.child.exitCode === null && server.child.signalCode === null) {
    const exited = new Promise((resolve) => server!.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }
  // The database goes with its cluster.
  if (db) rmSync(db.dataDir, { recursive: true, force: true });
  await cluster?.dispose();
}, 60_000);

function draft(subject: string) {
  return {
    direction: 'outgoing',
    docType: 'Công văn',
    ownerUnitId: hierarchy.district.id,
    subject,
    recipients: [{ unitId: hierarchy.communeA.id }],
    signer: { name: 'Lò Văn Minh', title: 'PHÓ CHỦ TỊCH', authority: 'KT.', onBehalfOf: 'CHỦ TỊCH' },
  };
}

/** A call that must answer within PROMPT_MS, and how long it took. */
async function prompt(call: Promise<Answer>): Promise<Answer & { ms: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${PROMPT_MS} ms`)), PROMPT_MS);
  });
  try {
    const answer = await Promise.race([call, late]);
    return { ...answer, ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

async function eventually(what: string, check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check().catch(() => false)) return performance.now() - started;
    if (performance.now() - started > RECOVERY_MS) throw new Error(`${what}: not within ${RECOVERY_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const unavailable = {
  error: { code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/cơ sở dữ liệu/i) },
};

/**
 * Writes and reads, a few at a time, calling `stop` once `warmUp` of them were sent and going on
 * until it settles: each answer must come promptly and be a success or the 503. Returns the
 * drafts whose creation was acknowledged.
 */
async function trafficAcross(user: ApiUser, label: string, warmUp: number, stop: () => Promise<void>) {
  let stopping: Promise<void> | null = null;
  let done = false;
  const acknowledged: string[] = [];
  const statuses = new Map<number, number>();
  let n = 0;
  const worker = async () => {
    while (!done) {
      const i = n++;
      const answer = await prompt(i % 2 ? user.call('GET', '/api/documents?limit=5') : user.call('POST', '/api/documents', draft(`${label} #${i}`)));
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 503) expect(answer.body).toEqual(unavailable);
      else expect(answer.status, JSON.stringify(answer.body)).toBe(i % 2 ? 200 : 201);
      if (answer.status === 201) acknowledged.push((answer.body as { id: string }).id);
      if (!stopping && n >= warmUp) stopping = stop().finally(() => (done = true));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  await stopping;
  return { acknowledged, statuses: Object.fromEntries(statuses) };
}

async function outage(mode: StopMode) {
  const running = server!;
  const pid = running.child.pid;
  // Left stopped by a failure of the previous test.
  if (!cluster!.running) await cluster!.start();
  const user = new ApiUser(running.baseUrl, agent);
  await user.signIn(username, TEST_PASSWORD);
  const written = await user.expect<{ id: string; subject: string }>(201, 'POST', '/api/documents', draft(`Trước khi dừng (${mode})`));
  await user.expect(200, 'GET', `/api/documents/${written.id}`);

  // Requests in flight while the server goes down: whatever the pool was doing then.
  const during = await trafficAcross(user, `Giữa lúc dừng (${mode})`, 12, () => cluster!.stop(mode));
  const answers = {
    read: await prompt(user.call('GET', `/api/documents/${written.id}`)),
    write: await prompt(user.call('POST', '/api/documents', draft(`Trong lúc dừng (${mode})`))),
    list: await prompt(user.call('GET', '/api/documents?limit=5')),
    signIn: await prompt(new ApiUser(running.baseUrl, agent).call('POST', '/api/session', { username, password: TEST_PASSWORD })),
    health: await prompt(user.call('GET', '/api/health')),
  };
  for (const [name, answer] of Object.entries(answers)) {
    expect({ name, status: answer.status, body: answer.body }).toEqual({ name, status: 503, body: unavailable });
  }
  expect(running.child.exitCode).toBeNull();
  expect(running.child.signalCode).toBeNull();

  await cluster!.start();
  const recoveredAfterMs = await eventually('health again', async () => (await user.call('GET', '/api/health')).status === 200);
  const read = await user.expect<{ id: string; subject: string }>(200, 'GET', `/api/documents/${written.id}`);
  expect(read.subject).toBe(written.subject);
  for (const id of during.acknowledged) await user.expect(200, 'GET', `/api/documents/${id}`);
  const after = await user.expect<{ id: string }>(201, 'POST', '/api/documents', draft(`Sau khi chạy lại (${mode})`));
  await user.expect(200, 'GET', `/api/documents/${after.id}`);
  // The draft refused while the database was down was not written.
  const subjects = (await user.expect<{ items: { subject: string }[] }>(200, 'GET', '/api/documents?limit=100')).items.map((d) => d.subject);
  expect(subjects).toContain(written.subject);
  expect(subjects).not.toContain(`Trong lúc dừng (${mode})`);

  expect(running.child.pid).toBe(pid);
  expect(running.child.exitCode).toBeNull();
  const slowest = Math.max(...Object.values(answers).map((a) => a.ms));
  console.log(
    `PostgreSQL ${mode} stop: answers while it stopped ${JSON.stringify(during.statuses)}; once down ${Object.keys(answers).length} requests answered 503 in ≤ ${slowest.toFixed(0)} ms; ` +
      `answering again ${recoveredAfterMs.toFixed(0)} ms after the restart, ${during.acknowledged.length + 2} drafts written around it all there, same process ${pid}`,
  );
}

describe.skipIf(missing !== null)(`PostgreSQL stops and starts again under a running server${missing ? ` (skipped: missing ${missing})` : ''}`, () => {
  it('answers 503 while an immediate stop lasts, then serves again without a restart', { timeout: 40_000 }, async () => {
    await outage('immediate');
  });

  it('does the same across a fast stop', { timeout: 40_000 }, async () => {
    await outage('fast');
  });
});
