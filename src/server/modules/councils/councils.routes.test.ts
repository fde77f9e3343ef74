import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import { AWARD_CODES } from '../../../contract/awards.js';
import { createUser } from '../users/users.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client; // district officer: manages the district council
let viewer: Client; // district viewer: reads, manages nothing
let otherOfficer: Client; // officer of the sibling district
let communeMember: Client; // a commune chairman sitting on the district council (commune scope)
let officerUserId: string;
let communeUserId: string;
let otherUserId: string;
let councilId: string;

const NOBODY = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const officerUser = await makeUser(t.ctx, { unitId: h.district.id, roles: ['officer'] });
  officerUserId = officerUser.id;
  officer = await new Client(t.app).signIn(officerUser.username, TEST_PASSWORD);
  viewer = await new Client(t.app).signIn((await makeUser(t.ctx, { unitId: h.district.id, roles: ['viewer'] })).username, TEST_PASSWORD);
  const other = await makeUser(t.ctx, { unitId: h.otherDistrict.id, roles: ['officer'] });
  otherUserId = other.id;
  otherOfficer = await new Client(t.app).signIn(other.username, TEST_PASSWORD);
  const commune = await makeUser(t.ctx, { unitId: h.communeA.id, roles: ['council_member'] });
  communeUserId = commune.id;
  communeMember = await new Client(t.app).signIn(commune.username, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('councils', () => {
  it('creates the council of a unit with its members; a missing body field or a stranger as member is refused by name', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const cases: [unknown, string][] = [
      [{ unitId: h.district.id, name: 'HĐ', members: [{ fullName: 'A', role: 'member', userId: otherUserId }] }, 'members.0.userId'],
      [{ unitId: h.district.id, name: 'HĐ', members: [{ fullName: 'A', role: 'member' }, { fullName: 'B', role: 'member', homeUnitId: NOBODY }] }, 'members.1.homeUnitId'],
      [{ unitId: h.district.id, name: 'HĐ', members: [{ fullName: 'A', role: 'chair', userId: officerUserId }, { fullName: 'B', role: 'member', userId: officerUserId }] }, 'members.1.userId'],
      [{ unitId: h.district.id, name: 'HĐ', quorumNumerator: 4, quorumDenominator: 3 }, 'quorumNumerator'],
      // Past its 32-bit column: refused by name, not a database error.
      [{ unitId: h.district.id, name: 'HĐ', quorumNumerator: Number.MAX_SAFE_INTEGER, quorumDenominator: Number.MAX_SAFE_INTEGER }, 'quorumDenominator'],
      [{ unitId: h.district.id, name: '  ' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await officer.post('/api/councils', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {})).toContain(field);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const res = await officer.post('/api/councils', {
      unitId: h.district.id,
      name: 'Hội đồng Thi đua – Khen thưởng huyện Tủa Chùa',
      members: [
        { fullName: 'Trần Văn Chủ', position: 'Chủ tịch UBND huyện', role: 'chair', userId: officerUserId },
        // Belongs to a commune of the district: may sit on the district council.
        { fullName: 'Lò Văn Xã', position: 'Chủ tịch UBND xã Mường Báng', role: 'member', userId: communeUserId, homeUnitId: h.communeA.id },
        { fullName: 'Nguyễn Thị Thư', role: 'secretary' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    councilId = c.id;
    expect(c).toMatchObject({ unitId: h.district.id, unitName: 'Huyện Tủa Chùa', quorumNumerator: 2, quorumDenominator: 3, canManage: true, version: 1 });
    expect(c.members.map((m: { fullName: string; role: string; homeUnitName: string | null }) => [m.fullName, m.role, m.homeUnitName])).toEqual([
      ['Trần Văn Chủ', 'chair', null],
      ['Lò Văn Xã', 'member', 'Xã Mường Báng'],
      ['Nguyễn Thị Thư', 'secretary', null],
    ]);
    expect(await countRows(t.ctx.db, 'audit_log', `action = 'council.create'`)).toBe(1);
  });

  it('has one council per unit (409 naming unitId)', async () => {
    const res = await officer.post('/api/councils', { unitId: h.district.id, name: 'Hội đồng thứ hai' });
    expect(res.statusCode).toBe(409);
    expect(Object.keys(res.json().error.fields)).toEqual(['unitId']);
  });

  it('shows a threshold for every award: the defaults of domain.md §1.6 until the council sets its own', async () => {
    const c = (await viewer.get(`/api/councils/${councilId}`)).json();
    expect(c.canManage).toBe(false);
    expect(c.thresholds.map((x: { awardCode: string }) => x.awardCode)).toEqual([...AWARD_CODES]);
    // NĐ 91/2017 Điều 45 khoản 8: CSTĐ cấp tỉnh by secret ballot, 90 % of all members.
    expect(c.thresholds.find((x: { awardCode: string }) => x.awardCode === 'CSTD_TINH')).toEqual({ awardCode: 'CSTD_TINH', percent: 90, denominator: 'total', ballot: 'secret' });
    expect(c.thresholds.find((x: { awardCode: string }) => x.awardCode === 'GIAY_KHEN')).toEqual({ awardCode: 'GIAY_KHEN', percent: 70, denominator: 'total', ballot: 'open' });

    const patched = await officer.patch(`/api/councils/${councilId}`, {
      version: 1,
      quorumNumerator: 1,
      quorumDenominator: 2,
      thresholds: [{ awardCode: 'GIAY_KHEN', percent: 60, denominator: 'present', ballot: 'secret' }],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ quorumNumerator: 1, quorumDenominator: 2, version: 2 });
    expect(patched.json().thresholds.find((x: { awardCode: string }) => x.awardCode === 'GIAY_KHEN')).toEqual({ awardCode: 'GIAY_KHEN', percent: 60, denominator: 'present', ballot: 'secret' });

    // Thresholds replace the council's own rows: an empty list brings the defaults back.
    const reset = await officer.patch(`/api/councils/${councilId}`, { version: 2, thresholds: [] });
    expect(reset.json().thresholds.find((x: { awardCode: string }) => x.awardCode === 'GIAY_KHEN')).toMatchObject({ percent: 70, denominator: 'total' });
  });

  it('refuses a stale version, a quorum above 100 % and a threshold given twice, writing nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    expect((await officer.patch(`/api/councils/${councilId}`, { version: 1, name: 'Cũ' })).statusCode).toBe(409);
    const quorum = await officer.patch(`/api/councils/${councilId}`, { version: 3, quorumNumerator: 3 });
    expect(quorum.statusCode).toBe(400);
    expect(Object.keys(quorum.json().error.fields)).toEqual(['quorumNumerator']);
    const huge = await officer.patch(`/api/councils/${councilId}`, { version: 3, quorumDenominator: 2 ** 31 });
    expect(huge.statusCode).toBe(400);
    expect(Object.keys(huge.json().error.fields)).toEqual(['quorumDenominator']);
    // A version past its 32-bit column cannot be current: refused at the edge, not by the database.
    const version = await officer.patch(`/api/councils/${councilId}`, { version: Number.MAX_SAFE_INTEGER, name: 'Mới' });
    expect(version.statusCode).toBe(400);
    expect(Object.keys(version.json().error.fields)).toEqual(['version']);
    const twice = await officer.patch(`/api/councils/${councilId}`, {
      version: 3,
      thresholds: [
        { awardCode: 'LDTT', percent: 60, denominator: 'total', ballot: 'open' },
        { awardCode: 'LDTT', percent: 80, denominator: 'total', ballot: 'open' },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect(Object.keys(twice.json().error.fields)).toEqual(['thresholds.1.awardCode']);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('keeps a council out of sight of another district (404) and read-only for a viewer (403)', async () => {
    expect((await otherOfficer.get(`/api/councils/${councilId}`)).statusCode).toBe(404);
    expect((await otherOfficer.patch(`/api/councils/${councilId}`, { version: 3, name: 'X' })).statusCode).toBe(404);
    expect((await otherOfficer.post('/api/councils', { unitId: h.district.id, name: 'X' })).statusCode).toBe(404);
    expect((await viewer.patch(`/api/councils/${councilId}`, { version: 3, name: 'X' })).statusCode).toBe(403);
    expect((await viewer.post(`/api/councils/${councilId}/members`, { fullName: 'X', role: 'member' })).statusCode).toBe(403);
    expect((await otherOfficer.get('/api/councils')).json().items).toEqual([]);
    expect((await viewer.get('/api/councils')).json().items.map((c: { id: string; memberCount: number }) => [c.id, c.memberCount])).toEqual([[councilId, 3]]);
  });

  it('lets a member whose scope is a commune see the council they sit on, but not run it', async () => {
    expect((await communeMember.get('/api/councils')).json().items.map((c: { id: string; canManage: boolean }) => [c.id, c.canManage])).toEqual([[councilId, false]]);
    expect((await communeMember.get(`/api/councils/${councilId}`)).statusCode).toBe(200);
  });

  it('finds the accounts a manager may link: inside the unit or scoped to it, by name without diacritics', async () => {
    const xuan = await createUser(t.ctx, null, { username: 'lo.van.xuan', fullName: 'Lò Văn Xuân', password: TEST_PASSWORD, unitId: h.communeB.id, scopeUnitId: h.communeB.id, roles: ['unit_head'] });
    const provincial = await makeUser(t.ctx, { unitId: h.province.id, roles: ['officer'] });
    const all = await officer.get(`/api/councils/${councilId}/accounts`);
    expect(all.statusCode, all.body).toBe(200);
    const ids = all.json().items.map((a: { id: string }) => a.id);
    expect(ids).toEqual(expect.arrayContaining([officerUserId, communeUserId, xuan.id, provincial.id]));
    expect(ids).not.toContain(otherUserId);
    expect(all.json().truncated).toBe(false);

    const found = await officer.get(`/api/councils/${councilId}/accounts?q=${encodeURIComponent('lo van xuan')}`);
    expect(found.json().items).toEqual([{ id: xuan.id, fullName: 'Lò Văn Xuân', username: 'lo.van.xuan', unitName: 'Xã Đun Nhì' }]);

    expect((await viewer.get(`/api/councils/${councilId}/accounts`)).statusCode).toBe(403);
    expect((await communeMember.get(`/api/councils/${councilId}/accounts`)).statusCode).toBe(403);
    expect((await otherOfficer.get(`/api/councils/${councilId}/accounts`)).statusCode).toBe(404);
  });

  it('adds, edits and deactivates members without deleting them; a deactivation keeps the other fields', async () => {
    const added = await officer.post(`/api/councils/${councilId}/members`, { fullName: 'Vừa Thêm', role: 'vice_chair', homeUnitId: h.communeB.id });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ fullName: 'Vừa Thêm', role: 'vice_chair', homeUnitName: 'Xã Đun Nhì', active: true, version: 1 });
    const members = (await officer.get(`/api/councils/${councilId}`)).json().members;
    expect(members.at(-1).id).toBe(added.json().id);

    const xa = members.find((m: { fullName: string }) => m.fullName === 'Lò Văn Xã');
    const off = await officer.patch(`/api/councils/${councilId}/members/${xa.id}`, { active: false, version: xa.version });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ active: false, userId: communeUserId, homeUnitId: h.communeA.id, position: 'Chủ tịch UBND xã Mường Báng', version: 2 });
    expect((await officer.patch(`/api/councils/${councilId}/members/${xa.id}`, { active: true, version: 1 })).statusCode).toBe(409);
    // Out of their commune scope, the council was visible only through the membership now ended.
    expect((await communeMember.get(`/api/councils/${councilId}`)).statusCode).toBe(404);

    const dup = await officer.post(`/api/councils/${councilId}/members`, { fullName: 'Trùng', role: 'member', userId: officerUserId });
    expect(dup.statusCode).toBe(409);
    expect(Object.keys(dup.json().error.fields)).toEqual(['userId']);
    const stranger = await officer.patch(`/api/councils/${councilId}/members/${added.json().id}`, { userId: otherUserId, version: 1 });
    expect(stranger.statusCode).toBe(400);
    expect(Object.keys(stranger.json().error.fields)).toEqual(['userId']);
    expect(await countRows(t.ctx.db, 'council_members', `council_id = '${councilId}'`)).toBe(4);
  });
});
