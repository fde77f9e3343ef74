import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import { CreateDocumentBodySchema } from '../../../contract/documents.js';
import type { Role } from '../../../contract/roles.js';
import { issueDocument } from '../documents/documents-issue.service.js';
import { createDocument } from '../documents/documents.service.js';
import { createGroup } from '../groups/groups.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let communeC: { id: string };
let officer: Client; // district officer
let provinceOfficer: Client;
let otherOfficer: Client; // officer of the sibling district
let reporterA: Client; // reporter of Xã Mường Báng
let reporterB: Client; // reporter of Xã Đun Nhì
let otherReporter: Client; // reporter of Xã Bên Cạnh (sibling district)
let planId: string; // the district's plan (kế hoạch) launching the movement
let otherDocId: string; // a draft of the sibling district
let clusterId: string;
let otherClusterId: string;

interface MovementJson {
  id: string;
  name: string;
  version: number;
  canEdit: boolean;
  scopeUnits: { unitId: string; unitName: string }[];
  scopeGroups: { groupId: string; groupName: string }[];
  [key: string]: unknown;
}

function movementBody(over: Record<string, unknown> = {}) {
  return {
    name: 'Chung sức xây dựng nông thôn mới',
    kind: 'thematic',
    ownerUnitId: h.district.id,
    startsOn: '2024-01-01',
    endsOn: '2025-12-31',
    description: 'Mục tiêu: 3 xã đạt chuẩn nông thôn mới',
    phases: [
      { phase: 'launch', startsOn: '2024-01-01', endsOn: '2024-01-31' },
      { phase: 'final', startsOn: '2025-11-01', endsOn: '2025-12-31' },
    ],
    basisDocumentIds: [planId],
    scopeUnitIds: [h.communeB.id, h.communeA.id],
    scopeGroupIds: [clusterId],
    ...over,
  };
}

const names = (res: { json(): { items: { name: string }[] } }) => res.json().items.map((m) => m.name);

async function create(client: Client, over: Record<string, unknown> = {}): Promise<MovementJson> {
  const res = await client.post('/api/movements', movementBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

let district: MovementJson;

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  communeC = await makeUnit(t.ctx, { name: 'Xã Sín Chải', parentId: h.district.id });
  const sign = async (unitId: string, roles: Role[]) => new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles })).username, TEST_PASSWORD);
  officer = await sign(h.district.id, ['officer']);
  provinceOfficer = await sign(h.province.id, ['officer']);
  otherOfficer = await sign(h.otherDistrict.id, ['officer']);
  reporterA = await sign(h.communeA.id, ['reporter']);
  reporterB = await sign(h.communeB.id, ['reporter']);
  otherReporter = await sign(h.otherCommune.id, ['reporter']);

  const signer = { name: 'Nguyễn Văn Huyện', title: 'CHỦ TỊCH', authority: null, onBehalfOf: null };
  const draft = (ownerUnitId: string, subject: string) =>
    createDocument(t.ctx, null, CreateDocumentBodySchema.parse({ direction: 'outgoing', docType: 'Kế hoạch', ownerUnitId, subject, recipients: [{ text: 'Các xã' }], signer }));
  const plan = await draft(h.district.id, 'Tổ chức phong trào thi đua chung sức xây dựng nông thôn mới');
  planId = (await issueDocument(t.ctx, null, plan.id, { version: plan.version, issuedOn: '2024-01-05' })).id;
  otherDocId = (await draft(h.otherDistrict.id, 'Kế hoạch của huyện bên')).id;
  const group = (organiserUnitId: string, name: string, memberUnitIds: string[]) =>
    createGroup(t.ctx, null, { name, kind: 'cluster', year: 2024, organiserUnitId, memberUnitIds, headUnitId: null, deputyUnitId: null });
  clusterId = (await group(h.district.id, 'Cụm các xã vùng cao', [communeC.id, h.communeA.id])).id;
  otherClusterId = (await group(h.otherDistrict.id, 'Cụm huyện bên', [h.otherCommune.id])).id;
});
afterAll(() => t.close());

describe('launching a movement', () => {
  it('creates a district movement with its basis document, phases and scope', async () => {
    district = await create(officer);
    expect(district).toMatchObject({
      name: 'Chung sức xây dựng nông thôn mới',
      kind: 'thematic',
      ownerUnitId: h.district.id,
      ownerUnitName: 'Huyện Tủa Chùa',
      level: 'district',
      parentMovementId: null,
      startsOn: '2024-01-01',
      endsOn: '2025-12-31',
      indicators: [],
      canEdit: true,
      version: 1,
      scopeGroups: [{ groupId: clusterId, groupName: 'Cụm các xã vùng cao' }],
    });
    expect(district.basisDocuments).toEqual([{ documentId: planId, documentNumber: expect.stringMatching(/^01\/KH-/), subject: 'Tổ chức phong trào thi đua chung sức xây dựng nông thôn mới' }]);
    // Vietnamese order: Đun Nhì before Mường Báng.
    expect(district.scopeUnits.map((u) => u.unitName)).toEqual(['Xã Đun Nhì', 'Xã Mường Báng']);
    expect(district.phases).toHaveLength(2);
    expect(await countRows(t.ctx.db, 'audit_log', `entity_type = 'movement' and entity_id = '${district.id}'`)).toBe(1);
  });

  it('refuses invalid fields with 400 naming the field, and changes nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const cases: { over: Record<string, unknown>; field: string }[] = [
      { over: { endsOn: '2023-12-31' }, field: 'endsOn' },
      { over: { name: '   ' }, field: 'name' },
      { over: { startsOn: '2024-02-30' }, field: 'startsOn' },
      { over: { parentMovementId: '00000000-0000-4000-8000-000000000000' }, field: 'parentMovementId' },
      { over: { basisDocumentIds: [otherDocId] }, field: 'basisDocumentIds' },
      { over: { basisDocumentIds: ['00000000-0000-4000-8000-000000000000'] }, field: 'basisDocumentIds' },
      { over: { scopeUnitIds: [h.communeA.id, h.otherCommune.id] }, field: 'scopeUnitIds' },
      { over: { scopeGroupIds: [otherClusterId] }, field: 'scopeGroupIds' },
      { over: { phases: [{ phase: 'launch', startsOn: '2024-01-01' }, { phase: 'launch', startsOn: '2024-02-01' }] }, field: 'phases' },
      { over: { phases: [{ phase: 'midterm', startsOn: '2026-06-01', endsOn: '2026-06-30' }] }, field: 'phases' },
    ];
    for (const c of cases) {
      const res = await officer.post('/api/movements', movementBody(c.over));
      expect(res.statusCode, JSON.stringify(c.over)).toBe(400);
      expect(Object.keys(res.json().error.fields)[0], JSON.stringify(c.over)).toMatch(new RegExp(`^${c.field}`));
      expect(res.json().error.message).toMatch(/[ạảãáàđếệ]/);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('answers 404 for an owner outside the scope and 403 without movement:write', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    expect((await otherOfficer.post('/api/movements', movementBody())).statusCode).toBe(404);
    expect((await reporterA.post('/api/movements', movementBody({ ownerUnitId: h.communeA.id, basisDocumentIds: [], scopeGroupIds: [], scopeUnitIds: [h.communeA.id] }))).statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});

describe('who sees a movement', () => {
  let province: MovementJson;
  let crossing: MovementJson;

  beforeAll(async () => {
    province = await create(provinceOfficer, {
      name: 'Tết trồng cây đời đời nhớ ơn Bác Hồ',
      kind: 'regular',
      ownerUnitId: h.province.id,
      startsOn: '2024-01-15',
      endsOn: '2024-03-31',
      phases: [],
      basisDocumentIds: [],
      scopeUnitIds: [h.district.id, h.otherDistrict.id],
      scopeGroupIds: [],
    });
    // Launched by the sibling district, addressing one commune of the first (set by the province).
    crossing = await create(provinceOfficer, {
      name: 'Đẩy mạnh chuyển đổi số',
      kind: 'campaign',
      ownerUnitId: h.otherDistrict.id,
      startsOn: '2023-06-01',
      endsOn: '2023-12-31',
      phases: [],
      basisDocumentIds: [],
      scopeUnitIds: [h.otherCommune.id, h.communeA.id],
      scopeGroupIds: [],
    });
  });

  it('lists in Vietnamese order what each user may see', async () => {
    const all = ['Chung sức xây dựng nông thôn mới', 'Đẩy mạnh chuyển đổi số', 'Tết trồng cây đời đời nhớ ơn Bác Hồ'];
    expect(names(await provinceOfficer.get('/api/movements'))).toEqual(all);
    expect(names(await officer.get('/api/movements'))).toEqual(all);
    // A commune sees its district's movement, the province's, and the one it is addressed by.
    expect(names(await reporterA.get('/api/movements'))).toEqual(all);
    expect(names(await reporterB.get('/api/movements'))).toEqual(['Chung sức xây dựng nông thôn mới', 'Tết trồng cây đời đời nhớ ơn Bác Hồ']);
    // The sibling district sees the province's and its own, never the first district's.
    expect(names(await otherOfficer.get('/api/movements'))).toEqual(['Đẩy mạnh chuyển đổi số', 'Tết trồng cây đời đời nhớ ơn Bác Hồ']);
    expect(names(await otherReporter.get('/api/movements'))).toEqual(['Đẩy mạnh chuyển đổi số', 'Tết trồng cây đời đời nhớ ơn Bác Hồ']);
  });

  it('searches without diacritics and filters by year', async () => {
    expect(names(await officer.get(`/api/movements?q=${encodeURIComponent('tet trong cay')}`))).toEqual(['Tết trồng cây đời đời nhớ ơn Bác Hồ']);
    expect(names(await officer.get(`/api/movements?q=${encodeURIComponent('DAY MANH chuyen')}`))).toEqual(['Đẩy mạnh chuyển đổi số']);
    expect(names(await officer.get('/api/movements?year=2023'))).toEqual(['Đẩy mạnh chuyển đổi số']);
    expect(names(await officer.get('/api/movements?year=2025'))).toEqual(['Chung sức xây dựng nông thôn mới']);
    expect(names(await officer.get('/api/movements?year=2026'))).toEqual([]);
  });

  it('lets a commune read its district movement, without editing it', async () => {
    const res = await reporterB.get(`/api/movements/${district.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: district.id, canEdit: false });
    const before = await snapshotDatabase(t.ctx.db);
    const edit = await reporterB.patch(`/api/movements/${district.id}`, { ...movementBody(), name: 'Bị sửa', version: 1 });
    expect(edit.statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('hides a district movement from the sibling district (404 to read or change)', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    expect((await otherOfficer.get(`/api/movements/${district.id}`)).statusCode).toBe(404);
    expect((await otherReporter.get(`/api/movements/${district.id}`)).statusCode).toBe(404);
    const edit = await otherOfficer.patch(`/api/movements/${district.id}`, { ...movementBody({ ownerUnitId: h.otherDistrict.id, basisDocumentIds: [], scopeUnitIds: [], scopeGroupIds: [] }), version: 1 });
    expect(edit.statusCode).toBe(404);
    // Nor can it hang its own movement under the first district's.
    const parent = await otherOfficer.patch(`/api/movements/${crossing.id}`, {
      ...movementBody({ name: crossing.name, ownerUnitId: h.otherDistrict.id, startsOn: '2023-06-01', endsOn: '2023-12-31', phases: [], basisDocumentIds: [], scopeUnitIds: [h.otherCommune.id], scopeGroupIds: [] }),
      parentMovementId: district.id,
      version: crossing.version,
    });
    expect(parent.statusCode).toBe(400);
    expect(parent.json().error.fields).toHaveProperty('parentMovementId');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses a parent link that would close a cycle', async () => {
    const child = await officer.patch(`/api/movements/${district.id}`, { ...movementBody(), parentMovementId: province.id, version: district.version });
    expect(child.statusCode, child.body).toBe(200);
    expect(child.json()).toMatchObject({ parentMovementId: province.id, parentMovementName: 'Tết trồng cây đời đời nhớ ơn Bác Hồ', version: 2 });
    district = child.json();
    const before = await snapshotDatabase(t.ctx.db);
    const cycle = await provinceOfficer.patch(`/api/movements/${province.id}`, {
      ...movementBody({ name: province.name, ownerUnitId: h.province.id, startsOn: '2024-01-15', endsOn: '2024-03-31', phases: [], basisDocumentIds: [], scopeUnitIds: [h.district.id], scopeGroupIds: [] }),
      parentMovementId: district.id,
      version: province.version,
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.fields).toHaveProperty('parentMovementId');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});

describe('changing a movement', () => {
  it('replaces the fields and lists, and answers 409 to a stale version', async () => {
    const res = await officer.patch(`/api/movements/${district.id}`, {
      ...movementBody({ name: 'Chung sức xây dựng nông thôn mới giai đoạn 2024–2025', basisDocumentIds: [], scopeUnitIds: [communeC.id], scopeGroupIds: [] }),
      parentMovementId: district.parentMovementId,
      version: district.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Chung sức xây dựng nông thôn mới giai đoạn 2024–2025',
      basisDocuments: [],
      scopeUnits: [{ unitId: communeC.id, unitName: 'Xã Sín Chải' }],
      scopeGroups: [],
      version: district.version + 1,
    });
    const before = await snapshotDatabase(t.ctx.db);
    const stale = await officer.patch(`/api/movements/${district.id}`, { ...movementBody({ name: 'Sửa đè' }), version: district.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    // The commune no longer addressed still sees its district's movement.
    expect(names(await reporterB.get(`/api/movements?q=${encodeURIComponent('nong thon moi')}`))).toEqual(['Chung sức xây dựng nông thôn mới giai đoạn 2024–2025']);
    expect(await countRows(t.ctx.db, 'audit_log', `entity_type = 'movement' and entity_id = '${district.id}' and action = 'movement.update'`)).toBe(2);
  });
});
