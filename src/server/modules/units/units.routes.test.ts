import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client;
let reporter: Client;

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const o = await makeUser(t.ctx, { unitId: h.communeA.id, scopeUnitId: h.district.id, roles: ['officer'] });
  const r = await makeUser(t.ctx, { unitId: h.communeA.id, roles: ['reporter'] });
  officer = await new Client(t.app).signIn(o.username, TEST_PASSWORD);
  reporter = await new Client(t.app).signIn(r.username, TEST_PASSWORD);
});
afterAll(() => t.close());

describe('GET /api/units', () => {
  it('finds a unit with or without diacritics', async () => {
    for (const q of ['tua chua', 'Tủa Chùa', 'TUA CHUA', 'TỦA chua']) {
      const res = await officer.get(`/api/units?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((u: { name: string }) => u.name)).toEqual(['Huyện Tủa Chùa']);
    }
    const d = await officer.get(`/api/units?q=${encodeURIComponent('dun nhi')}`);
    expect(d.json().items.map((u: { name: string }) => u.name)).toEqual(['Xã Đun Nhì']);
  });

  it('matches names word by word, and codes only for a one-token query', async () => {
    const office = await officer.post('/api/units', { code: 'TUACHUA.PNV', name: 'Phòng Nội vụ', kind: 'office', parentId: h.communeB.id });
    expect(office.statusCode).toBe(201);
    const byName = (await officer.get(`/api/units?q=${encodeURIComponent('tua chua')}`)).json();
    expect(byName.items.map((u: { name: string }) => u.name)).toEqual(['Huyện Tủa Chùa']);
    const byCode = (await officer.get('/api/units?q=tuachua.pnv')).json();
    expect(byCode.items.map((u: { name: string }) => u.name)).toEqual(['Phòng Nội vụ']);
    const byWords = (await officer.get(`/api/units?q=${encodeURIComponent('noi PHONG')}`)).json();
    expect(byWords.items.map((u: { name: string }) => u.name)).toEqual(['Phòng Nội vụ']);
    const literal = (await officer.get(`/api/units?q=${encodeURIComponent('%')}`)).json();
    expect(literal.total).toBe(0);
  });

  it('shows an officer the district subtree only, in Vietnamese order', async () => {
    const res = await officer.get(`/api/units?parentId=${h.district.id}`);
    expect(res.json().items.map((u: { name: string }) => u.name)).toEqual(['Xã Đun Nhì', 'Xã Mường Báng']);
    const all = await officer.get('/api/units');
    const names = all.json().items.map((u: { name: string }) => u.name);
    expect(names).toContain('Huyện Tủa Chùa');
    expect(names).not.toContain('Huyện Khác');
    expect(names).not.toContain('Tỉnh Thử Nghiệm');
  });

  it('shows a commune reporter only their commune', async () => {
    const res = await reporter.get('/api/units');
    expect(res.json().items.map((u: { name: string }) => u.name)).toEqual(['Xã Mường Báng']);
    expect((await reporter.get(`/api/units/${h.communeB.id}`)).statusCode).toBe(404);
    expect((await reporter.get(`/api/units/${h.district.id}`)).statusCode).toBe(404);
  });

  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/units' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('POST /api/units', () => {
  it('creates a unit under a parent in scope', async () => {
    const res = await officer.post('/api/units', { code: 'xa-moi', name: 'Xã Mới', kind: 'commune', parentId: h.district.id });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'XA-MOI', name: 'Xã Mới', parentName: 'Huyện Tủa Chùa', depth: 2 });
  });

  it('rejects bad input with a Vietnamese message naming the field, writing nothing', async () => {
    const before = (await officer.get('/api/units?status=all&limit=1000')).json().total;
    const res = await officer.post('/api/units', { code: '', kind: 'planet', parentId: h.district.id });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(['code', 'name', 'kind']));
    expect(body.error.message).toMatch(/Mã|Tên|Loại/);
    expect((await officer.get('/api/units?status=all&limit=1000')).json().total).toBe(before);
  });

  it('rejects a duplicate code', async () => {
    const res = await officer.post('/api/units', { code: 'XA-MOI', name: 'Trùng', kind: 'commune', parentId: h.district.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.code).toMatch(/đã tồn tại/);
  });

  it('answers a duplicate code created at the same moment with 4xx, not 500', async () => {
    const body = (name: string) => ({ code: 'DONG-THOI', name, kind: 'commune', parentId: h.district.id });
    const answers = await Promise.all([officer.post('/api/units', body('Xã Một')), officer.post('/api/units', body('Xã Hai'))]);
    const statuses = answers.map((r) => r.statusCode).sort();
    expect(statuses[0]).toBe(201);
    expect([400, 409]).toContain(statuses[1]);
  });

  it('rejects an unknown parent and a parent outside the scope', async () => {
    const unknown = await officer.post('/api/units', { code: 'X1', name: 'X', kind: 'commune', parentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.parentId).toBeTruthy();
    const outside = await officer.post('/api/units', { code: 'X2', name: 'X', kind: 'commune', parentId: h.otherDistrict.id });
    expect(outside.statusCode).toBe(400);
  });

  it('forbids a reporter', async () => {
    const res = await reporter.post('/api/units', { code: 'X3', name: 'X', kind: 'village', parentId: h.communeA.id });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a write without the CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: officer.cookie },
      payload: { code: 'X4', name: 'X', kind: 'commune', parentId: h.district.id },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('PATCH /api/units/:id', () => {
  it('detects a concurrent edit with 409', async () => {
    const unit = (await officer.get(`/api/units/${h.communeB.id}`)).json();
    const first = await officer.patch(`/api/units/${unit.id}`, { version: unit.version, name: 'Xã Đun Nhì Mới' });
    expect(first.statusCode).toBe(200);
    const second = await officer.patch(`/api/units/${unit.id}`, { version: unit.version, name: 'Ghi đè' });
    expect(second.statusCode).toBe(409);
    expect((await officer.get(`/api/units/${unit.id}`)).json().name).toBe('Xã Đun Nhì Mới');
  });

  it('refuses a cycle in the tree', async () => {
    const district = (await officer.get(`/api/units/${h.district.id}`)).json();
    const res = await officer.patch(`/api/units/${h.communeA.id}`, { version: 1, parentId: h.communeB.id });
    expect(res.statusCode).toBe(200);
    // District is the officer's scope root and cannot move; a commune cannot go under its own child.
    const a = (await officer.get(`/api/units/${h.communeA.id}`)).json();
    const b = (await officer.get(`/api/units/${h.communeB.id}`)).json();
    const cycle = await officer.patch(`/api/units/${b.id}`, { version: b.version, parentId: a.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.fields.parentId).toMatch(/vòng lặp/);
    expect(district.depth).toBe(1);
    expect(a.depth).toBe(3);
  });
});

describe('closing and lineage', () => {
  it('records successors and answers the lineage both ways', async () => {
    const x = (await officer.post('/api/units', { code: 'OLD1', name: 'Xã Cũ Một', kind: 'commune', parentId: h.district.id })).json();
    const y = (await officer.post('/api/units', { code: 'OLD2', name: 'Xã Cũ Hai', kind: 'commune', parentId: h.district.id })).json();
    const n = (await officer.post('/api/units', { code: 'NEW1', name: 'Xã Hợp Nhất', kind: 'commune', parentId: h.district.id })).json();
    for (const u of [x, y]) {
      const res = await officer.post(`/api/units/${u.id}/close`, { version: u.version, closedOn: '2025-07-01', event: 'merge', successorIds: [n.id] });
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe('closed');
    }
    const lineage = (await officer.get(`/api/units/${n.id}/lineage`)).json();
    expect(lineage.origins.map((e: { predecessorName: string }) => e.predecessorName).sort()).toEqual(['Xã Cũ Hai', 'Xã Cũ Một']);
    const back = (await officer.get(`/api/units/${x.id}/lineage`)).json();
    expect(back.successors).toMatchObject([{ successorName: 'Xã Hợp Nhất', effectiveOn: '2025-07-01', event: 'merge' }]);
    expect(back.parents).toMatchObject([{ parentName: 'Huyện Tủa Chùa', validTo: '2025-07-01' }]);
    const active = (await officer.get(`/api/units?q=xa cu`)).json();
    expect(active.total).toBe(0);
    const all = (await officer.get(`/api/units?q=xa cu&status=all`)).json();
    expect(all.total).toBe(2);
  });
});
