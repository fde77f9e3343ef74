import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import type { Db } from '../../db/open.js';
import { auditLog } from '../../db/schema.js';
import { chainHash, entryDigest, firstBrokenEntry, GENESIS_HASH } from './audit-chain.js';
import { appendAudit } from './audit.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client;
let admin: Client;

type Row = typeof auditLog.$inferSelect;

/** In chain order, which is the order the writers committed in. */
async function auditRows(db: Db): Promise<Row[]> {
  return db.select().from(auditLog).orderBy(asc(auditLog.chainSeq));
}

async function lastEntry(): Promise<Row> {
  return (await auditRows(t.ctx.db)).at(-1)!;
}

/** Runs a write and checks it appended exactly one entry with this action and entity. */
interface Answer {
  statusCode: number;
  body: string;
  json(): any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function expectOneEntry(write: () => Promise<Answer>, action: string, entityId?: () => string | null) {
  const before = (await auditRows(t.ctx.db)).length;
  const res = await write();
  expect(res.statusCode, res.body).toBeLessThan(300);
  const rows = await auditRows(t.ctx.db);
  expect(rows.length, action).toBe(before + 1);
  const last = rows.at(-1)!;
  expect(last.action).toBe(action);
  if (entityId) expect(last.entityId).toBe(entityId());
  return { res, entry: last };
}

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const o = await makeUser(t.ctx, { unitId: h.district.id, roles: ['officer'] });
  officer = await new Client(t.app).signIn(o.username, TEST_PASSWORD);
  const a = await makeUser(t.ctx, { unitId: h.province.id, roles: ['admin'] });
  admin = await new Client(t.app).signIn(a.username, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('every write appends an audit entry', () => {
  it('covers sign-in, units, groups, people, users and passwords', async () => {
    const u = await makeUser(t.ctx, { unitId: h.communeA.id, roles: ['unit_head'] });
    const head = new Client(t.app);
    await expectOneEntry(() => t.app.inject({ method: 'POST', url: '/api/session', payload: { username: u.username, password: TEST_PASSWORD } }), 'session.sign_in', () => u.id);
    await head.signIn(u.username, TEST_PASSWORD);

    const { res: unitRes, entry } = await expectOneEntry(
      () => officer.post('/api/units', { code: 'NHAT-KY', name: 'Xã Nhật Ký', kind: 'commune', parentId: h.district.id }),
      'unit.create',
    );
    const unit = unitRes.json();
    expect(entry.entityId).toBe(unit.id);
    expect(entry.after).toMatchObject({ code: 'NHAT-KY', name: 'Xã Nhật Ký' });
    expect(entry.actorUserId).not.toBeNull();
    await expectOneEntry(() => officer.patch(`/api/units/${unit.id}`, { version: 1, name: 'Xã Nhật Ký Mới' }), 'unit.update', () => unit.id);
    await expectOneEntry(() => officer.patch(`/api/units/${unit.id}`, { version: 2, parentId: h.communeB.id }), 'unit.move', () => unit.id);
    await expectOneEntry(() => officer.post(`/api/units/${unit.id}/close`, { version: 3, closedOn: '2025-07-01', event: 'merge', successorIds: [h.communeA.id] }), 'unit.close', () => unit.id);

    const { res: groupRes } = await expectOneEntry(
      () => officer.post('/api/groups', { name: 'Cụm nhật ký', kind: 'cluster', year: 2024, organiserUnitId: h.district.id, memberUnitIds: [h.communeA.id] }),
      'group.create',
    );
    const group = groupRes.json();
    await expectOneEntry(
      () => officer.put(`/api/groups/${group.id}`, { name: 'Cụm nhật ký 2', kind: 'cluster', year: 2024, organiserUnitId: h.district.id, memberUnitIds: [h.communeA.id, h.communeB.id], version: 1 }),
      'group.update',
      () => group.id,
    );
    await expectOneEntry(() => officer.delete(`/api/groups/${group.id}?version=2`), 'group.delete', () => group.id);

    const { res: personRes } = await expectOneEntry(() => head.post('/api/people', { fullName: 'Người Nhật Ký', unitId: h.communeA.id }), 'person.create');
    const person = personRes.json();
    await expectOneEntry(() => head.patch(`/api/people/${person.id}`, { version: 1, position: 'Cán bộ' }), 'person.update', () => person.id);

    const { res: userRes } = await expectOneEntry(
      () => admin.post('/api/users', { username: 'nhat.ky', fullName: 'Nhật Ký', password: TEST_PASSWORD, unitId: h.communeB.id, roles: ['viewer'] }),
      'user.create',
    );
    const created = userRes.json();
    const { entry: reset } = await expectOneEntry(() => admin.patch(`/api/users/${created.id}`, { version: 1, password: 'mat-khau-dat-lai' }), 'user.update', () => created.id);
    expect(JSON.stringify(reset.after)).not.toContain('mat-khau-dat-lai');
    expect(reset.after).toMatchObject({ passwordReset: true });
    await expectOneEntry(() => head.post('/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-nhe' }), 'user.change_password', () => u.id);

    // A refused write appends nothing.
    const count = (await auditRows(t.ctx.db)).length;
    expect((await officer.patch(`/api/units/${unit.id}`, { version: 1, name: 'Cũ' })).statusCode).toBe(409);
    expect((await head.post('/api/people', { fullName: 'X', unitId: h.otherCommune.id })).statusCode).toBe(400);
    expect((await auditRows(t.ctx.db)).length).toBe(count);
    expect(firstBrokenEntry(await auditRows(t.ctx.db))).toBeNull();
  });

  it('is readable by a province-level admin through GET /api/audit, newest first', async () => {
    const res = await admin.get('/api/audit?limit=5');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: number; at: string; hash: string }[];
    expect(items.map((i) => i.id)).toEqual([...items.map((i) => i.id)].sort((a, b) => b - a));
    const last = await lastEntry();
    expect(items[0]).toMatchObject({ id: last.id, hash: last.hash, at: new Date(last.at).toISOString() });
    expect((await officer.get('/api/audit')).statusCode).toBe(403);
  });

  it('is offered in the session only to those who may read it', async () => {
    expect((await admin.get('/api/session')).json().permissions).toContain('audit:read');
    expect((await officer.get('/api/session')).json().permissions).not.toContain('audit:read');
  });
});

describe('the hash chain', () => {
  it('verifies from the genesis hash', async () => {
    const rows = await auditRows(t.ctx.db);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(firstBrokenEntry(rows)).toBeNull();
  });

  it('stays linear under 20 concurrent writers', async () => {
    const before = (await auditRows(t.ctx.db)).length;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => makeUnit(t.ctx, { code: `SONG-SONG-${i}`, name: `Xã Song Song ${i}`, parentId: h.district.id })),
    );
    const rows = await auditRows(t.ctx.db);
    expect(rows.length).toBe(before + 20);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash, `row ${rows[i]!.id}`).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(rows.length);
    expect(firstBrokenEntry(rows)).toBeNull();
  });

  it('takes in an entry only when its transaction commits', async () => {
    const before = await auditRows(t.ctx.db);
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await appendAudit(tx, { actorUserId: null, action: 'test.rolled_back', entityType: 'test', entityId: null });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await appendAudit(t.ctx.db, { actorUserId: null, action: 'test.committed', entityType: 'test', entityId: null });
    const rows = await auditRows(t.ctx.db);
    expect(rows.map((r) => r.action).slice(before.length)).toEqual(['test.committed']);
    expect(rows.at(-1)!.chainSeq).toBe(before.at(-1)!.chainSeq! + 1);
    expect(rows.at(-1)!.prevHash).toBe(before.at(-1)!.hash);
    expect(firstBrokenEntry(rows)).toBeNull();
  });

  it('refuses an entry written without its digest', async () => {
    await expect(t.ctx.db.execute(sql`insert into audit_log (at, action, entity_type) values (now(), 'test.raw', 'test')`)).rejects.toThrow();
  });

  it('refuses any change or removal of an entry, in the database itself', async () => {
    const [entry] = await auditRows(t.ctx.db);
    await expect(t.ctx.db.execute(sql`update audit_log set action = 'giả mạo' where id = ${entry!.id}`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`delete from audit_log where id = ${entry!.id}`)).rejects.toThrow();
    expect((await auditRows(t.ctx.db))[0]).toEqual(entry);
  });

  it('breaks at the row whose before or after was changed, or after a removed row', async () => {
    // Tampering as the database owner would, past the guard: the chain is what shows it.
    await t.ctx.db.execute(sql`alter table audit_log disable trigger audit_log_guard`);
    const rows = await auditRows(t.ctx.db);
    const target = rows[Math.floor(rows.length / 2)]!;
    const { db } = t.ctx;

    await db.execute(sql`update audit_log set after = jsonb_set(coalesce(after, '{}'::jsonb), '{name}', '"Giả mạo"') where id = ${target.id}`);
    expect(firstBrokenEntry(await auditRows(db))).toBe(target.id);
    await db.execute(sql`update audit_log set after = ${JSON.stringify(target.after)}::jsonb where id = ${target.id}`);
    expect(firstBrokenEntry(await auditRows(db))).toBeNull();

    await db.execute(sql`update audit_log set before = '{"status":"active"}'::jsonb where id = ${target.id}`);
    expect(firstBrokenEntry(await auditRows(db))).toBe(target.id);
    await db.execute(sql`update audit_log set before = ${JSON.stringify(target.before)}::jsonb where id = ${target.id}`);
    expect(firstBrokenEntry(await auditRows(db))).toBeNull();

    // Re-hashing the tampered row itself is caught by the next row's prev_hash.
    const next = rows[rows.indexOf(target) + 1]!;
    const forgedDigest = entryDigest({ ...target, actorUserId: null, at: new Date(target.at).toISOString() });
    const forgedHash = chainHash(target.prevHash, forgedDigest);
    await db.execute(sql`update audit_log set actor_user_id = null, entry_digest = ${forgedDigest}, hash = ${forgedHash} where id = ${target.id}`);
    expect(firstBrokenEntry(await auditRows(db))).toBe(next.id);

    await db.execute(sql`delete from audit_log where id = ${target.id}`);
    expect(firstBrokenEntry(await auditRows(db))).toBe(next.id);
    await db.execute(sql`alter table audit_log enable trigger audit_log_guard`);
  });
});

describe('reading the log when provinces share one installation', () => {
  it('is closed to each province’s administrator: entries are not bound to units yet', async () => {
    const other = await makeUnit(t.ctx, { name: 'Tỉnh Thứ Hai', kind: 'province' });
    const otherAdmin = await new Client(t.app).signIn((await makeUser(t.ctx, { unitId: other.id, roles: ['admin'] })).username, TEST_PASSWORD);
    for (const client of [admin, otherAdmin]) {
      const res = await client.get('/api/audit?limit=5');
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toBe('Nhật ký kiểm toán chỉ dành cho người có phạm vi bao trùm mọi đơn vị trong hệ thống');
      // Nor is it offered: the web shows no menu that would only answer 403.
      expect((await client.get('/api/session')).json().permissions).not.toContain('audit:read');
    }
  });
});
