import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import { findAward } from '../../../core/awards/catalogue.js';
import { createPeople } from '../people/people.service.js';
import { closeUnit } from '../units/units.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client; // district officer
let unitHead: Client; // head of Xã Mường Báng
let viewer: Client; // district viewer
let reporter: Client; // reporter of Xã Mường Báng
let otherOfficer: Client; // officer of the sibling district
let an: string; // a person of Xã Mường Báng
let binh: string; // a person of Xã Đun Nhì

const NOBODY = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const sign = async (unitId: string, roles: Parameters<typeof makeUser>[1]['roles']) =>
    new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles })).username, TEST_PASSWORD);
  officer = await sign(h.district.id, ['officer']);
  unitHead = await sign(h.communeA.id, ['unit_head']);
  viewer = await sign(h.district.id, ['viewer']);
  reporter = await sign(h.communeA.id, ['reporter']);
  otherOfficer = await sign(h.otherDistrict.id, ['officer']);
  [an, binh] = (await createPeople(t.ctx, null, [
    { fullName: 'Nguyễn Văn An', unitId: h.communeA.id, illustrative: false },
    { fullName: 'Lò Thị Bình', unitId: h.communeB.id, illustrative: false },
  ])) as [string, string];
});
afterAll(() => t.close());

const history = async (c: Client, url: string) => {
  const res = await c.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe("a person's history", () => {
  let ratingId: string;

  it('records ratings, an initiative, a review period and an award, and lists them newest first', async () => {
    const r2023 = await unitHead.post('/api/award-history/ratings', { personId: an, year: 2023, rating: 'HTTNV' });
    expect(r2023.statusCode, r2023.body).toBe(201);
    const r2024 = await unitHead.post('/api/award-history/ratings', { personId: an, year: 2024, rating: 'HTXSNV', note: 'Hoàn thành xuất sắc' });
    expect(r2024.statusCode).toBe(201);
    expect(r2024.json()).toMatchObject({ year: 2024, rating: 'HTXSNV', note: 'Hoàn thành xuất sắc', unitId: null, unitName: null, version: 1 });
    ratingId = r2024.json().id;
    const ini = await officer.post('/api/award-history/initiatives', { personId: an, year: 2024, title: 'Số hóa hồ sơ một cửa', scope: 'co_so', recognisedBy: 'QĐ 12/QĐ-UBND' });
    expect(ini.statusCode, ini.body).toBe(201);
    const rev = await officer.post('/api/award-history/discipline', { personId: an, kind: 'review', startsOn: '2023-02-01', endsOn: '2023-05-31', note: 'Đơn thư đã giải quyết' });
    expect(rev.statusCode, rev.body).toBe(201);
    const award = await unitHead.post('/api/award-history/awards', {
      personId: an,
      awardCode: 'LDTT',
      year: 2024,
      decisionNumber: '25/QĐ-UBND',
      decisionDate: '2025-01-10',
      issuer: 'Chủ tịch UBND xã Mường Báng',
    });
    expect(award.statusCode, award.body).toBe(201);
    expect(award.json()).toMatchObject({ awardCode: 'LDTT', awardName: findAward('LDTT')!.name, year: 2024, decisionNumber: '25/QĐ-UBND', decisionDate: '2025-01-10' });

    const hist = await history(reporter, `/api/people/${an}/award-history`);
    expect(hist.subject).toEqual({ kind: 'person', id: an, name: 'Nguyễn Văn An', unitId: h.communeA.id, unitName: 'Xã Mường Báng' });
    expect(hist.ratings.map((r: { year: number; rating: string }) => [r.year, r.rating])).toEqual([
      [2024, 'HTXSNV'],
      [2023, 'HTTNV'],
    ]);
    expect(hist.initiatives).toEqual([{ id: ini.json().id, year: 2024, title: 'Số hóa hồ sơ một cửa', scope: 'co_so', recognisedBy: 'QĐ 12/QĐ-UBND' }]);
    expect(hist.discipline).toEqual([{ id: rev.json().id, kind: 'review', startsOn: '2023-02-01', endsOn: '2023-05-31', note: 'Đơn thư đã giải quyết' }]);
    expect(hist.awards).toHaveLength(1);
    expect(hist.awards[0]).toMatchObject({ awardCode: 'LDTT', issuer: 'Chủ tịch UBND xã Mường Báng' });
    // Every write left an audit entry of its kind.
    expect(await countRows(t.ctx.db, 'audit_log', `entity_type in ('yearly_rating','initiative','discipline_period','award_record')`)).toBe(5);
  });

  it('refuses a second rating for the same year (409 naming year) and the same award twice (409 naming awardCode)', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const rating = await officer.post('/api/award-history/ratings', { personId: an, year: 2024, rating: 'HTNV' });
    expect(rating.statusCode).toBe(409);
    expect(Object.keys(rating.json().error.fields)).toEqual(['year']);
    expect(rating.json().error.message).toMatch(/đã có xếp loại năm 2024/);
    const award = await officer.post('/api/award-history/awards', { personId: an, awardCode: 'LDTT', year: 2024 });
    expect(award.statusCode).toBe(409);
    expect(Object.keys(award.json().error.fields)).toEqual(['awardCode']);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    // Another year, or another award the same year, is fine.
    expect((await officer.post('/api/award-history/awards', { personId: an, awardCode: 'GIAY_KHEN', year: 2024 })).statusCode).toBe(201);
  });

  it('edits a rating with its version and refuses a stale one', async () => {
    const res = await unitHead.patch(`/api/award-history/ratings/${ratingId}`, { rating: 'HTTNV', note: null, version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rating: 'HTTNV', note: null, version: 2 });
    const before = await snapshotDatabase(t.ctx.db);
    const stale = await officer.patch(`/api/award-history/ratings/${ratingId}`, { rating: 'KHTNV', note: null, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/tải lại/);
    expect((await officer.delete(`/api/award-history/ratings/${ratingId}?version=1`)).statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    const back = await unitHead.patch(`/api/award-history/ratings/${ratingId}`, { rating: 'HTXSNV', note: null, version: 2 });
    expect(back.statusCode).toBe(200);
  });

  it('refuses bad input with 400 naming the field, writing nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const next = new Date().getFullYear() + 1;
    const cases: [string, unknown, string][] = [
      ['/api/award-history/ratings', { year: 2022, rating: 'HTNV' }, 'personId'],
      ['/api/award-history/ratings', { personId: an, unitId: h.communeA.id, year: 2022, rating: 'HTNV' }, 'personId'],
      ['/api/award-history/ratings', { personId: NOBODY, year: 2022, rating: 'HTNV' }, 'personId'],
      ['/api/award-history/ratings', { unitId: NOBODY, year: 2022, rating: 'HTNV' }, 'unitId'],
      ['/api/award-history/ratings', { personId: an, year: next, rating: 'HTNV' }, 'year'],
      ['/api/award-history/awards', { personId: an, awardCode: 'LDTT', year: next }, 'year'],
      ['/api/award-history/awards', { personId: an, awardCode: 'KHONG_CO', year: 2022 }, 'awardCode'],
      ['/api/award-history/initiatives', { personId: an, year: 2022, title: '  ', scope: 'co_so' }, 'title'],
      ['/api/award-history/discipline', { personId: an, kind: 'discipline', startsOn: '2024-05-01', endsOn: '2024-04-30' }, 'endsOn'],
    ];
    for (const [url, body, field] of cases) {
      const res = await officer.post(url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}), `${url} ${JSON.stringify(body)}`).toContain(field);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('follows the person to another unit', async () => {
    const person = await officer.get(`/api/people/${binh}`);
    expect((await unitHead.post('/api/award-history/awards', { personId: binh, awardCode: 'LDTT', year: 2023 })).statusCode).toBe(400); // not the head's commune
    expect((await officer.post('/api/award-history/awards', { personId: binh, awardCode: 'LDTT', year: 2023 })).statusCode).toBe(201);
    const moved = await officer.patch(`/api/people/${binh}`, { version: person.json().version, unitId: h.communeA.id });
    expect(moved.statusCode, moved.body).toBe(200);
    const hist = await history(unitHead, `/api/people/${binh}/award-history`);
    expect(hist.subject.unitName).toBe('Xã Mường Báng');
    expect(hist.awards.map((a: { awardCode: string; year: number }) => [a.awardCode, a.year])).toEqual([['LDTT', 2023]]);
  });

  it('deletes each kind of record', async () => {
    const id = async (url: string, body: unknown) => {
      const res = await officer.post(url, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const [r, i, d, a] = [
      await id('/api/award-history/ratings', { personId: binh, year: 2020, rating: 'HTNV' }),
      await id('/api/award-history/initiatives', { personId: binh, year: 2020, title: 'Sáng kiến tạm', scope: 'co_so' }),
      await id('/api/award-history/discipline', { personId: binh, kind: 'discipline', startsOn: '2019-01-01', endsOn: '2019-12-31' }),
      await id('/api/award-history/awards', { personId: binh, awardCode: 'GIAY_KHEN', year: 2020 }),
    ];
    for (const url of [`ratings/${r}?version=1`, `initiatives/${i}`, `discipline/${d}`, `awards/${a}`]) {
      const res = await unitHead.delete(`/api/award-history/${url}`);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      expect((await unitHead.delete(`/api/award-history/${url}`)).statusCode, url).toBe(404);
    }
    const hist = await history(officer, `/api/people/${binh}/award-history`);
    expect([hist.ratings, hist.initiatives, hist.discipline]).toEqual([[], [], []]);
    expect(hist.awards).toHaveLength(1);
  });
});

describe('scope and permissions', () => {
  it('hides the history from the sibling district (404) and lets every role of the district read it', async () => {
    expect((await otherOfficer.get(`/api/people/${an}/award-history`)).statusCode).toBe(404);
    expect((await otherOfficer.get(`/api/units/${h.communeA.id}/award-history`)).statusCode).toBe(404);
    expect((await otherOfficer.post(`/api/people/${an}/eligibility`, { award: 'LDTT', asOf: '2025-03-15' })).statusCode).toBe(404);
    expect((await viewer.get(`/api/people/${an}/award-history`)).statusCode).toBe(200);
    expect((await officer.get(`/api/people/${NOBODY}/award-history`)).statusCode).toBe(404);
  });

  it('refuses writes out of scope (400 naming the subject, or 404) and from read-only roles (403), changing nothing', async () => {
    const hist = await history(officer, `/api/people/${an}/award-history`);
    const ratingId = hist.ratings[0].id as string;
    const awardId = hist.awards[0].id as string;
    const before = await snapshotDatabase(t.ctx.db);
    const expectStatus = async (res: Promise<{ statusCode: number; body: string }>, status: number) => {
      const r = await res;
      expect(r.statusCode, r.body).toBe(status);
      return r;
    };
    const byName = await expectStatus(otherOfficer.post('/api/award-history/ratings', { personId: an, year: 2021, rating: 'HTNV' }), 400);
    expect(Object.keys(JSON.parse(byName.body).error.fields)).toEqual(['personId']);
    const unit = await expectStatus(otherOfficer.post('/api/award-history/awards', { unitId: h.communeA.id, awardCode: 'TTLDTT', year: 2021 }), 400);
    expect(Object.keys(JSON.parse(unit.body).error.fields)).toEqual(['unitId']);
    await expectStatus(otherOfficer.patch(`/api/award-history/ratings/${ratingId}`, { rating: 'KHTNV', note: null, version: 1 }), 404);
    await expectStatus(otherOfficer.delete(`/api/award-history/awards/${awardId}`), 404);
    for (const c of [viewer, reporter]) {
      await expectStatus(c.post('/api/award-history/ratings', { personId: an, year: 2021, rating: 'HTNV' }), 403);
      await expectStatus(c.post('/api/award-history/discipline', { personId: an, kind: 'discipline', startsOn: '2024-01-01' }), 403);
      await expectStatus(c.delete(`/api/award-history/awards/${awardId}`), 403);
      await expectStatus(c.patch(`/api/award-history/ratings/${ratingId}`, { rating: 'KHTNV', note: null, version: 1 }), 403);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});

describe("a collective's history across a merger", () => {
  it('shows the awards of the communes a merger absorbed, and of their own predecessors', async () => {
    const old = await makeUnit(t.ctx, { name: 'Xã Sính Phình cũ', parentId: h.district.id });
    const sinPhinh = await makeUnit(t.ctx, { name: 'Xã Sính Phình', parentId: h.district.id });
    const taPhin = await makeUnit(t.ctx, { name: 'Xã Tả Phìn', parentId: h.district.id });
    const merged = await makeUnit(t.ctx, { name: 'Xã Tủa Chùa', parentId: h.district.id });
    const post = async (url: string, body: unknown) => {
      const res = await officer.post(url, body);
      expect(res.statusCode, res.body).toBe(201);
    };
    await post('/api/award-history/awards', { unitId: old.id, awardCode: 'TTLDTT', year: 2019 });
    await post('/api/award-history/awards', { unitId: sinPhinh.id, awardCode: 'TTLDTT', year: 2024, decisionNumber: '40/QĐ-UBND' });
    await post('/api/award-history/awards', { unitId: taPhin.id, awardCode: 'TTLDTT', year: 2024 });
    await post('/api/award-history/awards', { unitId: taPhin.id, awardCode: 'GIAY_KHEN', year: 2023 });
    await post('/api/award-history/ratings', { unitId: taPhin.id, year: 2024, rating: 'HTXSNV' });
    await post('/api/award-history/awards', { unitId: h.communeB.id, awardCode: 'TTLDTT', year: 2024 }); // not a predecessor
    await closeUnit(t.ctx, null, old.id, { version: 1, closedOn: '2020-01-01', event: 'rename', successorIds: [sinPhinh.id], note: null });
    for (const u of [sinPhinh, taPhin]) {
      await closeUnit(t.ctx, null, u.id, { version: 1, closedOn: '2025-07-01', event: 'merge', successorIds: [merged.id], note: null });
    }
    await post('/api/award-history/ratings', { unitId: merged.id, year: 2025, rating: 'HTTNV' });

    const hist = await history(officer, `/api/units/${merged.id}/award-history`);
    expect(hist.subject).toEqual({ kind: 'collective', id: merged.id, name: 'Xã Tủa Chùa', unitId: merged.id, unitName: 'Xã Tủa Chùa' });
    expect(hist.awards.map((a: { awardCode: string; year: number; unitName: string }) => [a.year, a.awardCode, a.unitName])).toEqual([
      [2024, 'TTLDTT', 'Xã Sính Phình'],
      [2024, 'TTLDTT', 'Xã Tả Phìn'],
      [2023, 'GIAY_KHEN', 'Xã Tả Phìn'],
      [2019, 'TTLDTT', 'Xã Sính Phình cũ'],
    ]);
    expect(hist.ratings.map((r: { year: number; unitId: string }) => [r.year, r.unitId])).toEqual([
      [2025, merged.id],
      [2024, taPhin.id],
    ]);
    // An absorbed commune keeps only its own history.
    const own = await history(officer, `/api/units/${taPhin.id}/award-history`);
    expect(own.awards).toHaveLength(2);
  });
});

describe('eligibility from the stored history', () => {
  let chi: string;
  const check = (body: Record<string, unknown> = {}) => unitHead.post(`/api/people/${chi}/eligibility`, { award: 'CSTDCS', asOf: '2025-03-15', ...body });

  beforeAll(async () => {
    [chi] = (await createPeople(t.ctx, null, [{ fullName: 'Giàng A Chử', unitId: h.communeA.id, illustrative: false }])) as [string];
    expect((await unitHead.post('/api/award-history/ratings', { personId: chi, year: 2024, rating: 'HTXSNV' })).statusCode).toBe(201);
    expect((await unitHead.post('/api/award-history/awards', { personId: chi, awardCode: 'LDTT', year: 2024 })).statusCode).toBe(201);
  });

  it('a person with HTXSNV 2024 and LĐTT 2024 is eligible for CSTĐCS on 15/03/2025 (Điều 23 Luật TĐKT 2022)', async () => {
    const res = await check();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ award: 'CSTDCS', status: 'eligible', ruleSet: 'ND98_2023' });
    expect(res.json().reasons.length).toBeGreaterThan(0);
  });

  it('a person whose LĐTT is of 2023 and who has no 2024 rating is not eligible in 2025', async () => {
    const res = await officer.post(`/api/people/${binh}/eligibility`, { award: 'CSTDCS', asOf: '2025-03-15' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('not_eligible');
  });

  it('a discipline period covering the proposal date puts the case on hold; a review does too; after both end it is eligible again', async () => {
    const d = await unitHead.post('/api/award-history/discipline', { personId: chi, kind: 'discipline', startsOn: '2025-01-01', endsOn: '2025-06-30' });
    expect(d.statusCode).toBe(201);
    expect((await check()).json().status).toBe('hold');
    expect((await unitHead.delete(`/api/award-history/discipline/${d.json().id}`)).statusCode).toBe(200);
    const r = await unitHead.post('/api/award-history/discipline', { personId: chi, kind: 'review', startsOn: '2025-03-01', endsOn: null });
    expect(r.statusCode).toBe(201);
    expect((await check()).json().status).toBe('hold');
    expect((await unitHead.delete(`/api/award-history/discipline/${r.json().id}`)).statusCode).toBe(200);
    // A review that ended before the proposal date does not hold it.
    expect((await unitHead.post('/api/award-history/discipline', { personId: chi, kind: 'review', startsOn: '2024-01-01', endsOn: '2025-03-14' })).statusCode).toBe(201);
    expect((await check()).json().status).toBe('eligible');
  });

  it('refuses member counts for a person (400 naming members)', async () => {
    const res = await check({ members: { total: 10, completed: 10, ldtt: 8, cstdcs: 1 } });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['members']);
  });

  it('judges a collective with its member counts', async () => {
    expect((await officer.post('/api/award-history/ratings', { unitId: h.communeA.id, year: 2024, rating: 'HTXSNV' })).statusCode).toBe(201);
    const res = await viewer.post(`/api/units/${h.communeA.id}/eligibility`, { award: 'TTLDTT', asOf: '2025-03-15', members: { total: 20, completed: 20, ldtt: 15, cstdcs: 1 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ award: 'TTLDTT', ruleSet: 'ND98_2023' });
    expect(res.json().reasons.length).toBeGreaterThan(0);
  });
});
