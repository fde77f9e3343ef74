import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client; // district
let reporter: Client; // Xã Mường Báng
let unitHead: Client; // Xã Mường Báng
let otherOfficer: Client; // sibling district

interface PersonJson {
  id: string;
  fullName: string;
  unitId: string;
  version: number;
  illustrative: boolean;
}
const fullNames = (res: { json(): { items: PersonJson[] } }) => res.json().items.map((p) => p.fullName);
const q = (s: string) => encodeURIComponent(s);

// Communes' people, listed by given name: An, Ánh, Bình, Dung, Dũng, Đức, Yến.
const IN_COMMUNE_A = ['Nguyễn Văn Đức', 'Trần Thị An', 'Hoàng Thị Yến', 'Phạm Văn Dũng', 'Lê Văn Ánh', 'Nguyễn Văn Bình', 'Lò Thị Dung'];
const people: Record<string, PersonJson> = {};

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const sign = async (unitId: string, roles: Parameters<typeof makeUser>[1]['roles']) =>
    new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles })).username, TEST_PASSWORD);
  officer = await sign(h.district.id, ['officer']);
  reporter = await sign(h.communeA.id, ['reporter']);
  unitHead = await sign(h.communeA.id, ['unit_head']);
  otherOfficer = await sign(h.otherDistrict.id, ['officer']);
});
afterAll(() => t.close());

describe('creating people', () => {
  it('creates people (201) with NFC names', async () => {
    for (const fullName of IN_COMMUNE_A) {
      // Sent decomposed (NFD), as text pasted from some Word files is.
      const res = await officer.post('/api/people', { fullName: ` ${fullName.normalize('NFD')} `, gender: 'male', birthYear: 1985, unitId: h.communeA.id, position: 'Công chức' });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ fullName, unitId: h.communeA.id, unitName: 'Xã Mường Báng', illustrative: false, version: 1 });
      people[fullName] = res.json();
    }
    for (const [fullName, unitId] of [['Đinh Văn Huyện', h.district.id], ['Vàng A Xã', h.communeB.id], ['Quàng Thị Khác', h.otherCommune.id]] as const) {
      const client = unitId === h.otherCommune.id ? otherOfficer : officer;
      const res = await client.post('/api/people', { fullName, unitId, illustrative: true });
      expect(res.statusCode).toBe(201);
      people[fullName] = res.json();
    }
  });

  it('refuses a bad birth year or gender with 400 naming the field, writing nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    for (const [patch, field] of [
      [{ birthYear: 1800 }, 'birthYear'],
      [{ birthYear: 'một chín tám lăm' }, 'birthYear'],
      [{ birthYear: 1985.5 }, 'birthYear'],
      [{ gender: 'other' }, 'gender'],
      [{ fullName: '   ' }, 'fullName'],
    ] as const) {
      const res = await officer.post('/api/people', { fullName: 'Người Sai', unitId: h.communeA.id, ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([field]);
    }
    const p = people['Trần Thị An']!;
    const bad = await officer.patch(`/api/people/${p.id}`, { version: p.version, birthYear: 3000 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['birthYear']);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses a unit outside the scope, and forbids a reporter to write', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const outside = await officer.post('/api/people', { fullName: 'Ngoài Phạm Vi', unitId: h.otherCommune.id });
    expect([400, 404]).toContain(outside.statusCode);
    if (outside.statusCode === 400) expect(Object.keys(outside.json().error.fields)).toEqual(['unitId']);
    const byReporter = await reporter.post('/api/people', { fullName: 'Của Người Báo Cáo', unitId: h.communeA.id });
    expect(byReporter.statusCode).toBe(403);
    const p = people['Trần Thị An']!;
    expect((await reporter.patch(`/api/people/${p.id}`, { version: p.version, position: 'Đổi' })).statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('lets a unit head write in their own unit only', async () => {
    const mine = await unitHead.post('/api/people', { fullName: 'Giàng A Mới', unitId: h.communeA.id });
    expect(mine.statusCode).toBe(201);
    const p = mine.json() as PersonJson;
    const edit = await unitHead.patch(`/api/people/${p.id}`, { version: p.version, position: 'Phó Chủ tịch' });
    expect(edit.statusCode).toBe(200);
    const before = await snapshotDatabase(t.ctx.db);
    const elsewhere = await unitHead.post('/api/people', { fullName: 'Ở Xã Khác', unitId: h.communeB.id });
    expect([400, 404]).toContain(elsewhere.statusCode);
    const xa = people['Vàng A Xã']!;
    expect((await unitHead.patch(`/api/people/${xa.id}`, { version: xa.version, position: 'Đổi' })).statusCode).toBe(404);
    // Nor move their own person out of their unit.
    const move = await unitHead.patch(`/api/people/${p.id}`, { version: p.version + 1, unitId: h.communeB.id });
    expect([400, 404]).toContain(move.statusCode);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});

describe('listing and searching', () => {
  it('sorts by given name in Vietnamese order', async () => {
    const res = await officer.get(`/api/people?unitId=${h.communeA.id}`);
    expect(res.statusCode).toBe(200);
    expect(fullNames(res)).toEqual(['Trần Thị An', 'Lê Văn Ánh', 'Nguyễn Văn Bình', 'Lò Thị Dung', 'Phạm Văn Dũng', 'Nguyễn Văn Đức', 'Giàng A Mới', 'Hoàng Thị Yến']);
    expect(res.json().total).toBe(8);
  });

  it('finds people without diacritics, in any case and normal form', async () => {
    const search = async (s: string) => fullNames(await officer.get(`/api/people?q=${q(s)}`));
    expect(await search('nguyen van')).toEqual(['Nguyễn Văn Bình', 'Nguyễn Văn Đức']);
    expect(await search('dung')).toEqual(['Lò Thị Dung', 'Phạm Văn Dũng']);
    expect(await search('Dũng')).toEqual(['Lò Thị Dung', 'Phạm Văn Dũng']);
    expect(await search('duc')).toEqual(['Nguyễn Văn Đức']);
    expect(await search('ĐỨC'.normalize('NFD'))).toEqual(['Nguyễn Văn Đức']);
    expect(await search('van  binh')).toEqual(['Nguyễn Văn Bình']);
    expect(await search('an')).toEqual(expect.arrayContaining(['Trần Thị An', 'Lê Văn Ánh']));
    expect(await search('100%_')).toEqual([]);
    // The sibling district's people are not found.
    expect(await search('quang thi khac')).toEqual([]);
  });

  it('lists one unit, or its whole subtree with includeDescendants', async () => {
    const only = await officer.get(`/api/people?unitId=${h.district.id}`);
    expect(fullNames(only)).toEqual(['Đinh Văn Huyện']);
    const no = await officer.get(`/api/people?unitId=${h.district.id}&includeDescendants=false`);
    expect(fullNames(no)).toEqual(['Đinh Văn Huyện']);
    const all = await officer.get(`/api/people?unitId=${h.district.id}&includeDescendants=true&limit=1000`);
    expect(all.json().total).toBe(10);
    expect(fullNames(all)).toEqual(expect.arrayContaining(['Đinh Văn Huyện', 'Vàng A Xã', 'Trần Thị An']));
    expect(fullNames(all)).not.toContain('Quàng Thị Khác');
    const bad = await officer.get(`/api/people?unitId=${h.district.id}&includeDescendants=maybe`);
    expect(bad.statusCode).toBe(400);
  });

  it('pages with limit and offset', async () => {
    const page = await officer.get(`/api/people?unitId=${h.communeA.id}&limit=3&offset=3`);
    expect(page.json().total).toBe(8);
    expect(fullNames(page)).toEqual(['Lò Thị Dung', 'Phạm Văn Dũng', 'Nguyễn Văn Đức']);
  });

  it('answers 404 for a unit or a person outside the scope', async () => {
    expect((await officer.get(`/api/people?unitId=${h.otherCommune.id}`)).statusCode).toBe(404);
    expect((await officer.get(`/api/people/${people['Quàng Thị Khác']!.id}`)).statusCode).toBe(404);
    expect((await reporter.get(`/api/people/${people['Vàng A Xã']!.id}`)).statusCode).toBe(404);
    expect((await reporter.get(`/api/people/${people['Trần Thị An']!.id}`)).statusCode).toBe(200);
    expect(fullNames(await otherOfficer.get('/api/people'))).toEqual(['Quàng Thị Khác']);
  });
});

describe('PATCH /api/people/:id', () => {
  it('edits, keeps fields not sent, and refuses a stale version with 409', async () => {
    const p = people['Đinh Văn Huyện']!;
    expect(p.illustrative).toBe(true);
    const res = await officer.patch(`/api/people/${p.id}`, { version: p.version, fullName: 'Đinh Văn Tỉnh' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ fullName: 'Đinh Văn Tỉnh', illustrative: true, version: p.version + 1 });
    expect(fullNames(await officer.get(`/api/people?q=${q('dinh van tinh')}`))).toEqual(['Đinh Văn Tỉnh']);
    expect(fullNames(await officer.get(`/api/people?q=huyen`))).toEqual([]);
    const before = await snapshotDatabase(t.ctx.db);
    const stale = await officer.patch(`/api/people/${p.id}`, { version: p.version, fullName: 'Ghi Đè' });
    expect(stale.statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('moves a person to another unit in scope', async () => {
    const p = people['Vàng A Xã']!;
    const res = await officer.patch(`/api/people/${p.id}`, { version: p.version, unitId: h.communeA.id });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ unitName: 'Xã Mường Báng', illustrative: true });
    const out = await officer.patch(`/api/people/${p.id}`, { version: p.version + 1, unitId: h.otherCommune.id });
    expect([400, 404]).toContain(out.statusCode);
  });
});
