import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import type { Role } from '../../../contract/roles.js';
import { createGroup } from '../groups/groups.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let communeC: { id: string };
let communeD: { id: string };
let officer: Client; // district officer: launches and reviews
let reporterA: Client;
let reporterB: Client;
let headC: Client; // unit head of Xã Sín Chải
let otherOfficer: Client;
let provinceOfficer: Client;
let movementId: string;
let indicatorId: string;

interface RegistrationJson {
  id: string;
  status: string;
  version: number;
  reviewComment: string | null;
  can: { edit: boolean; review: boolean };
  [key: string]: unknown;
}

const commitments = (text = 'Hoàn thành 100% chỉ tiêu giao') => [{ text, indicatorId, value: 85 }];
const titles = [
  { award: 'Cờ thi đua của UBND tỉnh', nomineeKind: 'collective', nomineeName: 'UBND xã Mường Báng' },
  { award: 'Chiến sĩ thi đua cơ sở', nomineeKind: 'person', nomineeName: 'Lò Văn Mạnh' },
  { award: 'Chiến sĩ thi đua cơ sở', nomineeKind: 'person', nomineeName: 'Giàng Thị Mai' },
];

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  communeC = await makeUnit(t.ctx, { name: 'Xã Sín Chải', parentId: h.district.id });
  communeD = await makeUnit(t.ctx, { name: 'Xã Tả Phìn', parentId: h.district.id });
  const sign = async (unitId: string, roles: Role[]) => new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles })).username, TEST_PASSWORD);
  officer = await sign(h.district.id, ['officer']);
  reporterA = await sign(h.communeA.id, ['reporter']);
  reporterB = await sign(h.communeB.id, ['reporter']);
  headC = await sign(communeC.id, ['unit_head']);
  otherOfficer = await sign(h.otherDistrict.id, ['officer']);
  provinceOfficer = await sign(h.province.id, ['officer']);
  const cluster = await createGroup(t.ctx, null, {
    name: 'Cụm các xã vùng cao',
    kind: 'cluster',
    year: 2024,
    organiserUnitId: h.district.id,
    memberUnitIds: [communeC.id, h.communeA.id],
    headUnitId: null,
    deputyUnitId: null,
  });
  // Xã Mường Báng is addressed twice (directly and through the cluster); Xã Tả Phìn not at all.
  const movement = await officer.post('/api/movements', {
    name: 'Chung sức xây dựng nông thôn mới',
    kind: 'thematic',
    ownerUnitId: h.district.id,
    startsOn: '2024-01-01',
    endsOn: '2025-12-31',
    scopeUnitIds: [h.communeA.id, h.communeB.id],
    scopeGroupIds: [cluster.id],
  });
  expect(movement.statusCode, movement.body).toBe(201);
  movementId = movement.json().id;
  const indicator = await officer.post(`/api/movements/${movementId}/indicators`, { code: 'NTM', name: 'Số tiêu chí nông thôn mới đạt', valueType: 'number', rule: 'avg' });
  indicatorId = indicator.json().id;
});
afterAll(() => t.close());

describe('opening a registration', () => {
  it('opens a draft (not sent) for a unit of the scope, and answers the same one again with 200', async () => {
    const res = await reporterA.post('/api/registrations', { movementId, unitId: h.communeA.id, year: 2024 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      movementId,
      movementName: 'Chung sức xây dựng nông thôn mới',
      unitId: h.communeA.id,
      unitName: 'Xã Mường Báng',
      year: 2024,
      status: 'not_sent',
      commitments: [],
      titles: [],
      reviewComment: null,
      submittedAt: null,
      can: { edit: true, review: false },
      version: 1,
    });
    const before = await snapshotDatabase(t.ctx.db);
    const again = await reporterA.post('/api/registrations', { movementId, unitId: h.communeA.id, year: 2024, commitments: commitments('Khác') });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: res.json().id, commitments: [] });
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('opens one registration when two requests race', async () => {
    const answers = await Promise.all([1, 2].map(() => headC.post('/api/registrations', { movementId, unitId: communeC.id, year: 2024 })));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(new Set(answers.map((r) => r.json().id)).size).toBe(1);
  });

  it('refuses units outside the movement, the scope or the period, changing nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const outsideMovement = await officer.post('/api/registrations', { movementId, unitId: communeD.id, year: 2024 });
    expect(outsideMovement.statusCode).toBe(400);
    expect(Object.keys(outsideMovement.json().error.fields)).toEqual(['unitId']);
    expect(outsideMovement.json().error.message).toContain('Xã Tả Phìn');
    const year = await officer.post('/api/registrations', { movementId, unitId: h.communeB.id, year: 2026 });
    expect(year.statusCode).toBe(400);
    expect(Object.keys(year.json().error.fields)).toEqual(['year']);
    const foreignIndicator = await officer.post('/api/registrations', { movementId, unitId: h.communeB.id, year: 2024, commitments: [{ text: 'x', indicatorId: '00000000-0000-4000-8000-000000000000' }] });
    expect(foreignIndicator.statusCode).toBe(400);
    expect(Object.keys(foreignIndicator.json().error.fields)).toEqual(['commitments']);
    // Another commune's registration, and a unit of the sibling district: outside the reporter's scope.
    expect((await reporterA.post('/api/registrations', { movementId, unitId: h.communeB.id, year: 2024 })).statusCode).toBe(404);
    expect((await otherOfficer.post('/api/registrations', { movementId, unitId: h.communeB.id, year: 2024 })).statusCode).toBe(404);
    // The sibling district cannot see the movement at all.
    const hidden = await otherOfficer.post('/api/registrations', { movementId, unitId: h.otherCommune.id, year: 2024 });
    expect(hidden.statusCode).toBe(400);
    expect(Object.keys(hidden.json().error.fields)).toEqual(['movementId']);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});

describe('the registration cycle', () => {
  let reg: RegistrationJson;

  it('saves, submits, is returned with a comment, is resubmitted and approved — each step audited', async () => {
    reg = (await reporterA.post('/api/registrations', { movementId, unitId: h.communeA.id, year: 2024 })).json();
    const saved = await reporterA.patch(`/api/registrations/${reg.id}`, { commitments: commitments(), titles: titles.slice(0, 2), version: reg.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'not_sent', commitments: [{ text: 'Hoàn thành 100% chỉ tiêu giao', indicatorId, value: 85 }], version: 2 });

    t.ctx.now = () => new Date('2024-02-10T03:00:00Z');
    const submitted = await reporterA.post(`/api/registrations/${reg.id}/submit`, { version: 2 });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'pending', submittedAt: '2024-02-10T03:00:00.000Z', can: { edit: false, review: false }, version: 3 });

    let before = await snapshotDatabase(t.ctx.db);
    expect((await reporterA.patch(`/api/registrations/${reg.id}`, { commitments: [], version: 3 })).statusCode).toBe(409);
    expect((await reporterA.post(`/api/registrations/${reg.id}/submit`, { version: 3 })).statusCode).toBe(409);
    expect((await reporterA.post(`/api/registrations/${reg.id}/approve`, { version: 3 })).statusCode).toBe(403);
    expect((await reporterA.post(`/api/registrations/${reg.id}/return`, { version: 3, comment: 'Tự trả lại' })).statusCode).toBe(403);
    // The sibling district does not even see it.
    expect((await otherOfficer.post(`/api/registrations/${reg.id}/approve`, { version: 3 })).statusCode).toBe(404);
    const noComment = await officer.post(`/api/registrations/${reg.id}/return`, { version: 3, comment: '  ' });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.fields).toHaveProperty('comment');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const asOfficer = await officer.get(`/api/registrations/${reg.id}`);
    expect(asOfficer.json().can).toEqual({ edit: false, review: true });
    const returned = await officer.post(`/api/registrations/${reg.id}/return`, { version: 3, comment: 'Bổ sung danh hiệu tập thể' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: 'Bổ sung danh hiệu tập thể', version: 4 });
    expect((await reporterA.get(`/api/registrations/${reg.id}`)).json().can).toEqual({ edit: true, review: false });

    before = await snapshotDatabase(t.ctx.db);
    expect((await officer.post(`/api/registrations/${reg.id}/approve`, { version: 4 })).statusCode).toBe(409);
    expect((await reporterA.patch(`/api/registrations/${reg.id}`, { titles, version: 3 })).statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const fixed = await reporterA.patch(`/api/registrations/${reg.id}`, { commitments: commitments(), titles, version: 4 });
    expect(fixed.statusCode).toBe(200);
    const resubmitted = await reporterA.post(`/api/registrations/${reg.id}/submit`, { version: 5 });
    expect(resubmitted.json()).toMatchObject({ status: 'pending', reviewComment: 'Bổ sung danh hiệu tập thể', version: 6 });
    const approved = await officer.post(`/api/registrations/${reg.id}/approve`, { version: 6 });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', reviewComment: null, titles, version: 7, can: { edit: false, review: false } });
    expect(approved.json().reviewedAt).toBe('2024-02-10T03:00:00.000Z');

    const actions = await t.ctx.db.execute(
      sql`select action from audit_log where entity_type = 'registration' and entity_id = ${reg.id} order by id`,
    );
    expect((actions as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toEqual([
      'registration.create',
      'registration.update',
      'registration.submit',
      'registration.return',
      'registration.update',
      'registration.submit',
      'registration.approve',
    ]);
  });

  it('refuses to send an empty registration (400 naming commitments)', async () => {
    const empty = (await headC.get(`/api/registrations?movementId=${movementId}&unitId=${communeC.id}`)).json().items[0];
    const before = await snapshotDatabase(t.ctx.db);
    const res = await headC.post(`/api/registrations/${empty.id}/submit`, { version: empty.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('commitments');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('shows each registration to its unit, its district and the province, never to the sibling district', async () => {
    const units = async (client: Client, query = '') => (await client.get(`/api/registrations?movementId=${movementId}${query}`)).json().items.map((r: { unitName: string }) => r.unitName);
    expect(await units(officer)).toEqual(['Xã Mường Báng', 'Xã Sín Chải']);
    expect(await units(provinceOfficer)).toEqual(['Xã Mường Báng', 'Xã Sín Chải']);
    expect(await units(officer, '&status=approved')).toEqual(['Xã Mường Báng']);
    expect(await units(officer, '&year=2025')).toEqual([]);
    expect(await units(reporterA)).toEqual(['Xã Mường Báng']);
    expect(await units(reporterB)).toEqual([]);
    expect((await otherOfficer.get('/api/registrations')).json().items).toEqual([]);
    expect((await otherOfficer.get(`/api/registrations/${reg.id}`)).statusCode).toBe(404);
    expect((await reporterB.get(`/api/registrations/${reg.id}`)).statusCode).toBe(404);
  });
});

describe('the summary of a movement', () => {
  it('lists every unit of the scope once with its status, counts by status and totals the titles sent', async () => {
    const b = (await reporterB.post('/api/registrations', { movementId, unitId: h.communeB.id, year: 2024, titles: [{ award: 'cờ thi đua  của UBND tỉnh', nomineeKind: 'collective', nomineeName: 'UBND xã Đun Nhì' }] })).json();
    await reporterB.post(`/api/registrations/${b.id}/submit`, { version: b.version });

    const res = await officer.get(`/api/movements/${movementId}/registrations/summary?year=2024`);
    expect(res.statusCode, res.body).toBe(200);
    const summary = res.json();
    expect(summary).toMatchObject({ movementId, year: 2024, expected: 3, byStatus: { not_sent: 1, pending: 1, returned: 0, approved: 1 } });
    expect(summary.rows.map((r: { unitName: string; status: string; titleCount: number }) => [r.unitName, r.status, r.titleCount])).toEqual([
      ['Xã Đun Nhì', 'pending', 1],
      ['Xã Mường Báng', 'approved', 3],
      ['Xã Sín Chải', 'not_sent', 0],
    ]);
    expect(summary.titles).toEqual([
      { award: 'Chiến sĩ thi đua cơ sở', collective: 0, person: 2 },
      { award: 'Cờ thi đua của UBND tỉnh', collective: 2, person: 0 },
    ]);

    const nextYear = (await officer.get(`/api/movements/${movementId}/registrations/summary?year=2025`)).json();
    expect(nextYear).toMatchObject({ expected: 3, byStatus: { not_sent: 3, pending: 0, returned: 0, approved: 0 }, titles: [] });
    expect(nextYear.rows.every((r: { registrationId: string | null }) => r.registrationId === null)).toBe(true);

    // A commune sees its own row only; the sibling district does not see the movement.
    const own = (await reporterA.get(`/api/movements/${movementId}/registrations/summary?year=2024`)).json();
    expect(own.rows.map((r: { unitName: string }) => r.unitName)).toEqual(['Xã Mường Báng']);
    expect((await otherOfficer.get(`/api/movements/${movementId}/registrations/summary?year=2024`)).statusCode).toBe(404);
    expect(await countRows(t.ctx.db, 'registrations')).toBe(3);
  });
});
