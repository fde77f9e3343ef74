import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import { CreateMovementBodySchema } from '../../../contract/reporting.js';
import { createCovenant } from '../covenants/covenants.service.js';
import { createMovement } from '../movements/movements.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let u: { communeC: { id: string }; communeD: { id: string }; officeA: { id: string }; officeB: { id: string }; otherCommune2: { id: string } };
let officer: Client; // district officer
let provinceOfficer: Client;
let otherOfficer: Client; // officer of the sibling district
let reporterA: Client; // reporter of Xã Mường Báng
let otherReporter: Client; // reporter of a commune of the sibling district

interface GroupJson {
  id: string;
  name: string;
  version: number;
  members: { unitId: string }[];
}

const names = (res: { json(): { items: GroupJson[] } }) => res.json().items.map((g) => g.name);

function cluster(over: Record<string, unknown> = {}) {
  return {
    name: 'Cụm thi đua số 1',
    kind: 'cluster',
    year: 2024,
    organiserUnitId: h.district.id,
    memberUnitIds: [h.communeA.id, h.communeB.id],
    headUnitId: h.communeA.id,
    deputyUnitId: h.communeB.id,
    ...over,
  };
}

let cluster2024: GroupJson;
let block2024: GroupJson;
let otherGroup: GroupJson;

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  u = {
    communeC: await makeUnit(t.ctx, { name: 'Xã Sín Chải', parentId: h.district.id }),
    communeD: await makeUnit(t.ctx, { name: 'Xã Tả Phìn', parentId: h.district.id }),
    officeA: await makeUnit(t.ctx, { name: 'Phòng Nội vụ', kind: 'office', parentId: h.district.id }),
    officeB: await makeUnit(t.ctx, { name: 'Phòng Y tế', kind: 'office', parentId: h.district.id }),
    otherCommune2: await makeUnit(t.ctx, { name: 'Xã Bên Kia', parentId: h.otherDistrict.id }),
  };
  const sign = async (unitId: string, roles: Parameters<typeof makeUser>[1]['roles'], scopeUnitId?: string) =>
    new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles, scopeUnitId })).username, TEST_PASSWORD);
  officer = await sign(h.district.id, ['officer']);
  provinceOfficer = await sign(h.province.id, ['officer']);
  otherOfficer = await sign(h.otherDistrict.id, ['officer']);
  reporterA = await sign(h.communeA.id, ['reporter']);
  otherReporter = await sign(h.otherCommune.id, ['reporter']);
});
afterAll(() => t.close());

describe('creating clusters and blocks', () => {
  it('creates a cluster and a block for 2024 under a district organiser', async () => {
    const c = await officer.post('/api/groups', cluster());
    expect(c.statusCode).toBe(201);
    cluster2024 = c.json();
    expect(c.json()).toMatchObject({
      name: 'Cụm thi đua số 1',
      kind: 'cluster',
      year: 2024,
      organiserUnitId: h.district.id,
      organiserName: 'Huyện Tủa Chùa',
      headUnitId: h.communeA.id,
      deputyUnitId: h.communeB.id,
      version: 1,
    });
    // Members in Vietnamese order: Đun Nhì before Mường Báng.
    expect(c.json().members.map((m: { unitName: string }) => m.unitName)).toEqual(['Xã Đun Nhì', 'Xã Mường Báng']);
    const b = await officer.post('/api/groups', {
      name: 'Khối các cơ quan',
      kind: 'block',
      year: 2024,
      organiserUnitId: h.district.id,
      memberUnitIds: [u.officeA.id, u.officeB.id],
      headUnitId: u.officeB.id,
      deputyUnitId: u.officeA.id,
    });
    expect(b.statusCode).toBe(201);
    block2024 = b.json();
    const o = await otherOfficer.post('/api/groups', cluster({
      name: 'Cụm huyện bên',
      organiserUnitId: h.otherDistrict.id,
      memberUnitIds: [h.otherCommune.id, u.otherCommune2.id],
      headUnitId: h.otherCommune.id,
      deputyUnitId: null,
    }));
    expect(o.statusCode).toBe(201);
    otherGroup = o.json();
  });

  it('requires members under the organiser, and head and deputy among the members and different', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const bad = [
      { body: cluster({ name: 'Sai 1', year: 2030, memberUnitIds: [u.communeC.id, h.otherCommune.id], headUnitId: null, deputyUnitId: null }), field: 'memberUnitIds' },
      { body: cluster({ name: 'Sai 2', year: 2030, memberUnitIds: [h.district.id], headUnitId: null, deputyUnitId: null }), field: 'memberUnitIds' },
      { body: cluster({ name: 'Sai 3', year: 2030, memberUnitIds: [u.communeC.id, u.communeD.id], headUnitId: h.communeA.id, deputyUnitId: null }), field: 'headUnitId' },
      { body: cluster({ name: 'Sai 4', year: 2030, memberUnitIds: [u.communeC.id, u.communeD.id], headUnitId: u.communeC.id, deputyUnitId: h.communeB.id }), field: 'deputyUnitId' },
      { body: cluster({ name: 'Sai 5', year: 2030, memberUnitIds: [u.communeC.id, u.communeD.id], headUnitId: u.communeC.id, deputyUnitId: u.communeC.id }), field: 'deputyUnitId' },
      { body: cluster({ name: 'Sai 6', year: 2030, memberUnitIds: ['00000000-0000-4000-8000-000000000000'], headUnitId: null, deputyUnitId: null }), field: 'memberUnitIds' },
    ];
    for (const b of bad) {
      const res = await officer.post('/api/groups', b.body);
      expect(res.statusCode, b.body.name).toBe(400);
      expect(Object.keys(res.json().error.fields), b.body.name).toEqual([b.field]);
      expect(res.json().error.message).toMatch(/[ạảãáàđ]/);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses a unit already in another group of the same organiser and year (409, naming unit and group)', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const res = await officer.post('/api/groups', cluster({ name: 'Cụm trùng', memberUnitIds: [u.communeC.id, h.communeA.id], headUnitId: null, deputyUnitId: null }));
    expect(res.statusCode).toBe(409);
    const error = res.json().error;
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Xã Mường Báng');
    expect(error.message).toContain('Cụm thi đua số 1');
    expect(error.message).not.toContain('Xã Sín Chải');
    expect(error.fields.memberUnitIds).toContain('Xã Mường Báng');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses the clash also when two groups are created at the same moment', async () => {
    const body = (name: string) => cluster({ name, year: 2031, memberUnitIds: [u.communeD.id], headUnitId: null, deputyUnitId: null });
    const answers = await Promise.all([officer.post('/api/groups', body('Cụm song song A')), officer.post('/api/groups', body('Cụm song song B'))]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.statusCode === 409)!.json().error.message).toContain('Xã Tả Phìn');
  });

  it('allows the same unit in a group of another year or of another organiser', async () => {
    const nextYear = await officer.post('/api/groups', cluster({ name: 'Cụm thi đua số 1 năm 2025', year: 2025 }));
    expect(nextYear.statusCode).toBe(201);
    const province = await provinceOfficer.post('/api/groups', {
      name: 'Khối các xã biên giới của tỉnh',
      kind: 'block',
      year: 2024,
      organiserUnitId: h.province.id,
      memberUnitIds: [h.communeA.id, h.otherCommune.id],
      headUnitId: h.otherCommune.id,
      deputyUnitId: h.communeA.id,
    });
    expect(province.statusCode).toBe(201);
  });

  it('forbids writing to a reporter (403)', async () => {
    const res = await reporterA.post('/api/groups', cluster({ name: 'Của người báo cáo', year: 2032, organiserUnitId: h.communeA.id, memberUnitIds: [], headUnitId: null, deputyUnitId: null }));
    expect(res.statusCode).toBe(403);
  });
});

describe('updating and deleting', () => {
  it('replaces a group, keeps its own members without a clash, and refuses a stale version with 409', async () => {
    const res = await officer.put(`/api/groups/${cluster2024.id}`, cluster({ version: cluster2024.version, memberUnitIds: [h.communeA.id, h.communeB.id, u.communeC.id], note: 'Thêm Sín Chải' }));
    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(cluster2024.version + 1);
    expect(res.json().members).toHaveLength(3);
    const before = await snapshotDatabase(t.ctx.db);
    const stale = await officer.put(`/api/groups/${cluster2024.id}`, cluster({ version: cluster2024.version, name: 'Ghi đè' }));
    expect(stale.statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    cluster2024 = res.json();
  });

  it('refuses moving a member into a group when it is already in another one', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const res = await officer.put(`/api/groups/${block2024.id}`, {
      name: block2024.name,
      kind: 'block',
      year: 2024,
      organiserUnitId: h.district.id,
      memberUnitIds: [u.officeA.id, u.officeB.id, u.communeC.id],
      headUnitId: null,
      deputyUnitId: null,
      version: block2024.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('Xã Sín Chải');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('deletes with the current version only, and frees the members', async () => {
    const g = (await officer.post('/api/groups', cluster({ name: 'Cụm tạm', year: 2033, memberUnitIds: [u.communeD.id], headUnitId: null, deputyUnitId: null }))).json();
    expect((await officer.delete(`/api/groups/${g.id}?version=${g.version + 1}`)).statusCode).toBe(409);
    expect((await officer.get(`/api/groups/${g.id}`)).statusCode).toBe(200);
    const del = await officer.delete(`/api/groups/${g.id}?version=${g.version}`);
    expect(del.statusCode).toBe(200);
    expect((await officer.get(`/api/groups/${g.id}`)).statusCode).toBe(404);
    const again = await officer.post('/api/groups', cluster({ name: 'Cụm thay thế', year: 2033, memberUnitIds: [u.communeD.id], headUnitId: null, deputyUnitId: null }));
    expect(again.statusCode).toBe(201);
  });
  it('refuses to delete a group a movement or a covenant uses, naming them, and deletes nothing', async () => {
    const inUse = async (name: string, year: number) =>
      (await officer.post('/api/groups', cluster({ name, year, memberUnitIds: [u.communeC.id], headUnitId: null, deputyUnitId: null }))).json() as GroupJson;
    const withMovement = await inUse('Cụm có phong trào', 2034);
    await createMovement(
      t.ctx,
      null,
      CreateMovementBodySchema.parse({ name: 'Phong trào của cụm', kind: 'regular', ownerUnitId: h.district.id, startsOn: '2034-01-01', scopeUnitIds: [u.communeC.id], scopeGroupIds: [withMovement.id] }),
    );
    const withCovenant = await inUse('Cụm có giao ước', 2035);
    await createCovenant(t.ctx, null, {
      groupId: withCovenant.id,
      title: 'Giao ước của cụm',
      scoringDeadline: '2099-12-31',
      copyFromCovenantId: null,
      criteria: [{ code: '1', name: 'Thu ngân sách', kind: 'criterion', maxPoints: 100, evidenceRequired: false, indicatorId: null }],
    });
    const before = await snapshotDatabase(t.ctx.db);
    for (const [group, user] of [
      [withMovement, 'Phong trào của cụm'],
      [withCovenant, 'Giao ước của cụm'],
    ] as const) {
      const res = await officer.delete(`/api/groups/${group.id}?version=${group.version}`);
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.code).toBe('CONFLICT');
      expect(res.json().error.message).toContain(user);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});

describe('visibility', () => {
  it('shows a commune reporter the groups their commune is member of, and nothing of other districts', async () => {
    const res = await reporterA.get('/api/groups');
    expect(res.statusCode).toBe(200);
    expect(names(res).sort()).toEqual(['Cụm thi đua số 1', 'Cụm thi đua số 1 năm 2025', 'Khối các xã biên giới của tỉnh'].sort());
    expect(names(await reporterA.get('/api/groups?year=2024')).sort()).toEqual(['Cụm thi đua số 1', 'Khối các xã biên giới của tỉnh'].sort());
    expect((await reporterA.get(`/api/groups/${cluster2024.id}`)).statusCode).toBe(200);
    expect((await reporterA.get(`/api/groups/${block2024.id}`)).statusCode).toBe(404);
    expect((await reporterA.get(`/api/groups/${otherGroup.id}`)).statusCode).toBe(404);
    // The reporter reads but cannot edit the group it belongs to.
    expect((await reporterA.put(`/api/groups/${cluster2024.id}`, cluster({ version: cluster2024.version }))).statusCode).toBe(403);
  });

  it('shows the sibling district nothing of this district (list, get, update, delete → 404)', async () => {
    const list = names(await otherOfficer.get('/api/groups'));
    expect(list).toContain('Cụm huyện bên');
    expect(list).not.toContain('Cụm thi đua số 1');
    expect(list).not.toContain('Khối các cơ quan');
    expect(names(await otherOfficer.get(`/api/groups?organiserUnitId=${h.district.id}`))).toEqual([]);
    expect(names(await otherReporter.get('/api/groups'))).toEqual(['Cụm huyện bên', 'Khối các xã biên giới của tỉnh'].sort(new Intl.Collator('vi').compare));
    const before = await snapshotDatabase(t.ctx.db);
    expect((await otherOfficer.get(`/api/groups/${cluster2024.id}`)).statusCode).toBe(404);
    const put = await otherOfficer.put(`/api/groups/${cluster2024.id}`, cluster({ version: cluster2024.version, name: 'Chiếm' }));
    expect(put.statusCode).toBe(404);
    expect((await otherOfficer.delete(`/api/groups/${cluster2024.id}?version=${cluster2024.version}`)).statusCode).toBe(404);
    // Nor can it move its own group under this district.
    const move = await otherOfficer.put(`/api/groups/${otherGroup.id}`, cluster({ version: otherGroup.version, name: 'Chuyển sang', year: 2034, memberUnitIds: [], headUnitId: null, deputyUnitId: null }));
    expect(move.statusCode).toBe(404);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});
