import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../contract/roles.js';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { allKeys, countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let admin: Client; // admin of the district
let adminId: string;
let otherAdmin: Client; // admin of the sibling district
let provinceAdmin: Client;
/** Every JSON body this file received, checked for passwords at the end. */
const seen: unknown[] = [];

const NEW_PASSWORD = 'mat-khau-dat-lai';

function body(res: { body: string; json(): unknown }) {
  const json = res.body ? res.json() : null;
  seen.push(json);
  return json as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
let n = 0;
const username = () => `nguoi.dung.${++n}`;

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const a = await makeUser(t.ctx, { unitId: h.district.id, roles: ['admin'] });
  adminId = a.id;
  admin = await new Client(t.app).signIn(a.username, TEST_PASSWORD);
  const o = await makeUser(t.ctx, { unitId: h.otherDistrict.id, roles: ['admin'] });
  otherAdmin = await new Client(t.app).signIn(o.username, TEST_PASSWORD);
  const p = await makeUser(t.ctx, { unitId: h.province.id, roles: ['admin'] });
  provinceAdmin = await new Client(t.app).signIn(p.username, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('POST /api/users', () => {
  it('creates a user (201) who can sign in', async () => {
    const name = username();
    const res = await admin.post('/api/users', {
      username: `  ${name.toUpperCase()} `,
      fullName: 'Lò Văn Sáng',
      password: 'mat-khau-ban-dau',
      unitId: h.communeA.id,
      roles: ['reporter'],
    });
    expect(res.statusCode).toBe(201);
    expect(body(res)).toMatchObject({
      username: name,
      fullName: 'Lò Văn Sáng',
      unitId: h.communeA.id,
      unitName: 'Xã Mường Báng',
      scopeUnitId: h.communeA.id,
      roles: ['reporter'],
      active: true,
      version: 1,
    });
    const client = await new Client(t.app).signIn(name, 'mat-khau-ban-dau');
    expect(body(await client.get('/api/session')).user.username).toBe(name);
  });

  it('keeps an e-mail address for reminders, refuses a malformed one, and clears it when blank', async () => {
    const bad = await admin.post('/api/users', { username: username(), fullName: 'Lò Văn Thư', password: 'mat-khau-ban-dau', unitId: h.communeA.id, roles: ['reporter'], email: 'khong-phai-thu' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('email');
    const res = await admin.post('/api/users', {
      username: username(),
      fullName: 'Lò Văn Thư',
      password: 'mat-khau-ban-dau',
      unitId: h.communeA.id,
      roles: ['reporter'],
      email: ' BaoCao@MuongBang.gov.vn ',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().email).toBe('baocao@muongbang.gov.vn');
    const cleared = await admin.patch(`/api/users/${res.json().id}`, { version: 1, email: '' });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().email).toBeNull();
  });

  it('refuses a duplicate username with 409 naming username, in any case', async () => {
    const name = username();
    const first = await admin.post('/api/users', { username: name, fullName: 'A', password: TEST_PASSWORD, unitId: h.communeA.id, roles: ['viewer'] });
    expect(first.statusCode).toBe(201);
    const before = await countRows(t.ctx.db, 'users');
    const dup = await admin.post('/api/users', { username: name.toUpperCase(), fullName: 'B', password: TEST_PASSWORD, unitId: h.communeB.id, roles: ['viewer'] });
    expect(dup.statusCode).toBe(409);
    expect(Object.keys(body(dup).error.fields)).toEqual(['username']);
    expect(body(dup).error.message).toContain(name);
    expect(await countRows(t.ctx.db, 'users')).toBe(before);
  });

  it('refuses a duplicate username created at the same moment with 409, not 500', async () => {
    const name = username();
    const answers = await Promise.all(
      [h.communeA.id, h.communeB.id].map((unitId) => admin.post('/api/users', { username: name, fullName: 'Song Song', password: TEST_PASSWORD, unitId, roles: ['viewer'] })),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(Object.keys(answers.find((r) => r.statusCode === 409)!.json().error.fields)).toEqual(['username']);
  });

  it('validates the body with Vietnamese messages naming the fields', async () => {
    const res = await admin.post('/api/users', { username: 'x', fullName: '', password: 'ngan', unitId: 'khong-phai-uuid', roles: [] });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(body(res).error.fields)).toEqual(expect.arrayContaining(['username', 'fullName', 'password', 'unitId', 'roles']));
    expect(body(res).error.message).toMatch(/Tên đăng nhập/);
  });

  it('keeps a district admin inside the district, with a scope that is the unit or an ancestor of it', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const base = { fullName: 'Ngoài Phạm Vi', password: TEST_PASSWORD, roles: ['officer'] as Role[] };
    const cases = [
      { body: { ...base, username: username(), unitId: h.otherCommune.id }, field: 'unitId' },
      { body: { ...base, username: username(), unitId: h.otherDistrict.id }, field: 'unitId' },
      { body: { ...base, username: username(), unitId: h.communeA.id, scopeUnitId: h.province.id }, field: 'scopeUnitId' },
      { body: { ...base, username: username(), unitId: h.communeA.id, scopeUnitId: h.otherDistrict.id }, field: 'scopeUnitId' },
      // A sibling commune is not an ancestor of the user's unit.
      { body: { ...base, username: username(), unitId: h.communeA.id, scopeUnitId: h.communeB.id }, field: 'scopeUnitId' },
      { body: { ...base, username: username(), unitId: '00000000-0000-4000-8000-000000000000' }, field: 'unitId' },
    ];
    for (const c of cases) {
      const res = await admin.post('/api/users', c.body);
      expect([400, 403, 404], JSON.stringify(c.body)).toContain(res.statusCode);
      if (res.statusCode === 400) expect(Object.keys(body(res).error.fields)).toEqual([c.field]);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    const ok = await admin.post('/api/users', { ...base, username: username(), unitId: h.communeA.id, scopeUnitId: h.district.id });
    expect(ok.statusCode).toBe(201);
    expect(body(ok).scopeUnitName).toBe('Huyện Tủa Chùa');
  });
});

describe('roles other than admin', () => {
  it('get 403 on list, read, create and update', async () => {
    const target = await makeUser(t.ctx, { unitId: h.communeA.id, roles: ['viewer'] });
    for (const role of ['officer', 'reporter', 'unit_head', 'council_member', 'council_secretary', 'viewer'] as Role[]) {
      const u = await makeUser(t.ctx, { unitId: h.communeA.id, scopeUnitId: h.district.id, roles: [role] });
      const client = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
      const snapshot = await snapshotDatabase(t.ctx.db);
      expect((await client.get('/api/users')).statusCode, role).toBe(403);
      expect((await client.get(`/api/users/${target.id}`)).statusCode, role).toBe(403);
      const created = await client.post('/api/users', { username: username(), fullName: 'X', password: TEST_PASSWORD, unitId: h.communeA.id, roles: ['admin'] });
      expect(created.statusCode, role).toBe(403);
      const updated = await client.patch(`/api/users/${target.id}`, { version: target.version, roles: ['admin'] });
      expect(updated.statusCode, role).toBe(403);
      // Not even on themselves: a user cannot grant themselves a role.
      const self = await client.patch(`/api/users/${u.id}`, { version: u.version, roles: ['admin'] });
      expect(self.statusCode, role).toBe(403);
      expect(await snapshotDatabase(t.ctx.db)).toEqual(snapshot);
    }
  });
});

describe('GET /api/users', () => {
  it('lists the users of the admin subtree only, in Vietnamese order', async () => {
    const res = await admin.get('/api/users');
    expect(res.statusCode).toBe(200);
    const items = body(res).items as { unitId: string; fullName: string }[];
    const districtUnits = [h.district.id, h.communeA.id, h.communeB.id];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((u) => districtUnits.includes(u.unitId))).toBe(true);
    const names = items.map((u) => u.fullName);
    const sorted = [...names].sort(new Intl.Collator('vi').compare);
    expect(names).toEqual(sorted);
    const other = body(await otherAdmin.get('/api/users')).items as { unitId: string }[];
    expect(other.every((u) => u.unitId === h.otherDistrict.id || u.unitId === h.otherCommune.id)).toBe(true);
  });

  it('answers 404 for a user outside the subtree', async () => {
    const outside = await makeUser(t.ctx, { unitId: h.otherCommune.id, roles: ['viewer'] });
    expect((await admin.get(`/api/users/${outside.id}`)).statusCode).toBe(404);
    expect((await admin.patch(`/api/users/${outside.id}`, { version: outside.version, active: false })).statusCode).toBe(404);
  });
});

describe('PATCH /api/users/:id', () => {
  it('detects a stale version with 409', async () => {
    const u = body(await admin.post('/api/users', { username: username(), fullName: 'Bản Cũ', password: TEST_PASSWORD, unitId: h.communeB.id, roles: ['viewer'] }));
    const first = await admin.patch(`/api/users/${u.id}`, { version: u.version, fullName: 'Bản Mới' });
    expect(first.statusCode).toBe(200);
    expect(body(first).version).toBe(u.version + 1);
    const second = await admin.patch(`/api/users/${u.id}`, { version: u.version, fullName: 'Ghi Đè' });
    expect(second.statusCode).toBe(409);
    expect(body(second).error.code).toBe('CONFLICT');
    expect(body(await admin.get(`/api/users/${u.id}`)).fullName).toBe('Bản Mới');
  });

  it('does not let an admin remove their own admin role or disable themselves', async () => {
    const me = body(await admin.get(`/api/users/${adminId}`));
    const demote = await admin.patch(`/api/users/${adminId}`, { version: me.version, roles: ['officer'] });
    expect(demote.statusCode).toBe(400);
    expect(Object.keys(body(demote).error.fields)).toEqual(['roles']);
    const disable = await admin.patch(`/api/users/${adminId}`, { version: me.version, active: false });
    expect(disable.statusCode).toBe(400);
    expect(Object.keys(body(disable).error.fields)).toEqual(['active']);
    const after = body(await admin.get(`/api/users/${adminId}`));
    expect(after).toMatchObject({ roles: ['admin'], active: true, version: me.version });
    // Adding a role to oneself while keeping admin is fine.
    const more = await admin.patch(`/api/users/${adminId}`, { version: me.version, roles: ['admin', 'officer'] });
    expect(more.statusCode).toBe(200);
  });

  it('resets a password and ends every session of that user', async () => {
    const u = body(await admin.post('/api/users', { username: username(), fullName: 'Quên Mật Khẩu', password: TEST_PASSWORD, unitId: h.communeA.id, roles: ['reporter'] }));
    const one = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
    const two = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
    const res = await admin.patch(`/api/users/${u.id}`, { version: u.version, password: NEW_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect((await one.get('/api/session')).statusCode).toBe(401);
    expect((await two.get('/api/session')).statusCode).toBe(401);
    expect(await countRows(t.ctx.db, 'sessions', `user_id = '${u.id}'`)).toBe(0);
    await expect(new Client(t.app).signIn(u.username, TEST_PASSWORD)).rejects.toThrow(/401/);
    await new Client(t.app).signIn(u.username, NEW_PASSWORD);
    // The admin's own session is untouched.
    expect((await admin.get('/api/session')).statusCode).toBe(200);
  });

  it('does not let a district admin take over a login whose scope is wider than the district', async () => {
    // Works in a commune of the district but acts for the whole province.
    const wide = await makeUser(t.ctx, { unitId: h.communeA.id, scopeUnitId: h.province.id, roles: ['officer'] });
    const before = await snapshotDatabase(t.ctx.db);
    for (const change of [{ password: 'chiem-quyen-123' }, { fullName: 'Đổi Tên' }, { roles: ['viewer'] }, { active: false }]) {
      const res = await admin.patch(`/api/users/${wide.id}`, { version: wide.version, ...change });
      expect([403, 404], JSON.stringify(change)).toContain(res.statusCode);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    // The province admin may.
    const ok = await provinceAdmin.patch(`/api/users/${wide.id}`, { version: wide.version, fullName: 'Đổi Tên' });
    expect(ok.statusCode).toBe(200);
  });

  it('moves a user to another unit of the subtree, keeping the scope rule', async () => {
    const u = body(await admin.post('/api/users', { username: username(), fullName: 'Chuyển Công Tác', password: TEST_PASSWORD, unitId: h.communeA.id, roles: ['reporter'] }));
    const bad = await admin.patch(`/api/users/${u.id}`, { version: u.version, unitId: h.communeB.id });
    // The scope (Mường Báng) is not an ancestor of Đun Nhì.
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(body(bad).error.fields)).toEqual(['scopeUnitId']);
    const ok = await admin.patch(`/api/users/${u.id}`, { version: u.version, unitId: h.communeB.id, scopeUnitId: h.communeB.id });
    expect(ok.statusCode).toBe(200);
    expect(body(ok)).toMatchObject({ unitName: 'Xã Đun Nhì', scopeUnitName: 'Xã Đun Nhì' });
  });
});

describe('passwords', () => {
  it('are never returned in any response', async () => {
    seen.push(body(await admin.get('/api/users')));
    seen.push(body(await admin.get('/api/session')));
    seen.push(body(await provinceAdmin.get('/api/audit?limit=1000')));
    // Error bodies name the fields of the request (`fields.password`), which is fine; data bodies must not carry them.
    const keys = allKeys(seen.filter((b) => !(b && typeof b === 'object' && 'error' in b)));
    expect(seen.filter((b) => b && typeof b === 'object' && 'error' in b).length).toBeGreaterThan(0);
    for (const k of ['password', 'passwordHash', 'password_hash', 'currentPassword', 'newPassword']) expect(keys.has(k), k).toBe(false);
    const text = JSON.stringify(seen);
    expect(text).not.toContain('scrypt$');
    for (const secret of [TEST_PASSWORD, NEW_PASSWORD, 'mat-khau-ban-dau', 'chiem-quyen-123']) expect(text).not.toContain(secret);
  });
});
