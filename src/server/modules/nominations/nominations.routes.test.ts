import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import { buildNominationWorld, nominate, type NominationWorld } from './nominations.test-fixtures.js';

let t: TestApp;
let w: NominationWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildNominationWorld(t);
});
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe('drafting a nomination', () => {
  it('creates a draft reviewed by the nearest council, with the nominee snapshot and the eligibility stored with its reasons (Điều 24)', async () => {
    const n = await nominate(w.headA, {
      proposingUnitId: w.h.communeA.id,
      awardCode: 'LDTT',
      personId: w.an,
      report: { summary: 'Sinh năm 1985', achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2024', priorAwards: '' },
    });
    expect(n).toMatchObject({
      status: 'draft',
      year: 2024,
      awardCode: 'LDTT',
      awardName: 'Lao động tiên tiến',
      nominee: { kind: 'person', personId: w.an, unitId: null, name: 'Nguyễn Văn An', position: 'Công chức Văn phòng – Thống kê', unitName: 'Xã Mường Báng' },
      proposingUnit: { id: w.h.communeA.id, name: 'Xã Mường Báng' },
      // The commune has no council: the district's reviews it.
      reviewingUnit: { id: w.h.district.id, name: 'Huyện Tủa Chùa' },
      proposedOn: '2024-12-10',
      eligibilityStatus: 'eligible',
      flagged: false,
      version: 1,
      canEdit: true,
      canSubmit: true,
      canReview: false,
      report: { summary: 'Sinh năm 1985', achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2024', priorAwards: '' },
    });
    expect(n.eligibility.ruleSet).toBe('ND98_2023');
    const rating = n.eligibility.reasons.find((r: { code: string }) => r.code === 'rating');
    expect(rating).toMatchObject({ met: true, article: 'Điều 24 Luật Thi đua, khen thưởng 2022' });
    expect(n.events).toEqual([expect.objectContaining({ action: 'create', fromStatus: null, toStatus: 'draft', actorName: 'Người Thử Nghiệm' })]);
    expect(await countRows(t.ctx.db, 'audit_log', `action = 'nomination.create' and entity_id = '${n.id}'`)).toBe(1);
  });

  it('stores a failing verdict with the unmet criterion when the nominee has no rating (Điều 24)', async () => {
    const n = await nominate(w.reporterA, { proposingUnitId: w.h.communeA.id, awardCode: 'LDTT', personId: w.binh });
    expect(n.eligibilityStatus).toBe('not_eligible');
    expect(n.eligibility.reasons).toContainEqual(expect.objectContaining({ code: 'rating', met: false, article: 'Điều 24 Luật Thi đua, khen thưởng 2022' }));
    // A reporter drafts but does not send.
    expect(n).toMatchObject({ canEdit: true, canSubmit: false });
  });

  it('refuses a duplicate live nomination with 409 naming the nominee', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const res = await w.officer.post('/api/nominations', { proposingUnitId: w.h.communeA.id, year: 2024, awardCode: 'LDTT', personId: w.an });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/Nguyễn Văn An đã có đề nghị “Lao động tiên tiến” năm 2024/);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses a nominee outside the proposing unit, an award not given to that kind of nominee, and bad members, naming the field', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ proposingUnitId: w.h.communeA.id, awardCode: 'LDTT', personId: w.ha }, 'personId', /Cá nhân được đề nghị không công tác tại Xã Mường Báng/],
      [{ proposingUnitId: w.h.communeA.id, awardCode: 'TTLDTT', unitId: w.h.communeB.id }, 'unitId', /Tập thể được đề nghị phải là Xã Mường Báng hoặc một đơn vị trực thuộc/],
      [{ proposingUnitId: w.h.communeA.id, awardCode: 'TTLDTT', personId: w.an }, 'awardCode', /không xét tặng cho cá nhân/],
      [{ proposingUnitId: w.h.communeA.id, awardCode: 'LDTT', unitId: w.h.communeA.id }, 'awardCode', /không xét tặng cho tập thể/],
      [{ proposingUnitId: w.h.communeA.id, awardCode: 'GIAY_KHEN', personId: w.an, members: { total: 3, completed: 3, ldtt: 1, cstdcs: 0 } }, 'members', /tập thể/],
      [{ proposingUnitId: w.h.communeA.id, awardCode: 'LDTT', personId: w.an, unitId: w.h.communeA.id }, 'personId', /đúng một đối tượng/],
    ];
    for (const [body, field, message] of cases) {
      const res = await w.headA.post('/api/nominations', { year: 2024, ...body });
      expect(res.statusCode, `${field}: ${res.body}`).toBe(400);
      expect(Object.keys(res.json().error.fields)).toContain(field);
      expect(JSON.stringify(res.json().error), field).toMatch(message);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses a nomination where no level has a council (400 naming the unit)', async () => {
    const root = await makeUnit(t.ctx, { name: 'Tỉnh Chưa Có Hội Đồng', kind: 'province' });
    const commune = await makeUnit(t.ctx, { name: 'Xã Xa Xôi', kind: 'commune', parentId: root.id });
    const head = await new Client(t.app).signIn((await makeUser(t.ctx, { unitId: commune.id, roles: ['unit_head'] })).username, TEST_PASSWORD);
    const res = await head.post('/api/nominations', { proposingUnitId: commune.id, year: 2024, awardCode: 'TTLDTT', unitId: commune.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Chưa có Hội đồng Thi đua – Khen thưởng ở cấp xét: Xã Xa Xôi và các cấp trên chưa lập hội đồng');
    expect(res.json().error.fields).toHaveProperty('proposingUnitId');
  });

  it('nominates a collective: the unit itself, named after its parent in lists', async () => {
    const n = await nominate(w.officer, {
      proposingUnitId: w.h.communeB.id,
      awardCode: 'TTLDTT',
      unitId: w.h.communeB.id,
      members: { total: 20, completed: 20, ldtt: 15, cstdcs: 1 },
    });
    expect(n.nominee).toEqual({ kind: 'collective', personId: null, unitId: w.h.communeB.id, name: 'Xã Đun Nhì', position: null, unitName: 'Huyện Tủa Chùa' });
    expect(n.members).toEqual({ total: 20, completed: 20, ldtt: 15, cstdcs: 1 });
    expect(n.eligibility.award).toBe('TTLDTT');
    // An edit that leaves fields out keeps them: the members counted and the other report sections.
    const first = await w.officer.patch(`/api/nominations/${n.id}`, { report: { summary: 'Xã vùng cao, 12 thôn' }, version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    const res = await w.officer.patch(`/api/nominations/${n.id}`, { justification: 'Tập thể tiêu biểu của huyện', report: { achievements: 'Về đích nông thôn mới' }, version: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      members: { total: 20, completed: 20, ldtt: 15, cstdcs: 1 },
      report: { summary: 'Xã vùng cao, 12 thôn', achievements: 'Về đích nông thôn mới', priorAwards: '' },
      justification: 'Tập thể tiêu biểu của huyện',
      version: 3,
    });
  });

  it('is invisible to the sibling district: read, edit, delete and files answer 404', async () => {
    const n = await nominate(w.headA, { proposingUnitId: w.h.communeA.id, awardCode: 'GIAY_KHEN', personId: w.an });
    const before = await snapshotDatabase(t.ctx.db);
    expect((await w.otherOfficer.get(`/api/nominations/${n.id}`)).statusCode).toBe(404);
    expect((await w.otherOfficer.patch(`/api/nominations/${n.id}`, { justification: 'x', version: 1 })).statusCode).toBe(404);
    expect((await w.otherOfficer.delete(`/api/nominations/${n.id}?version=1`)).statusCode).toBe(404);
    expect((await w.otherOfficer.get(`/api/nominations/${n.id}/files`)).statusCode).toBe(404);
    expect((await w.otherOfficer.post('/api/nominations/submit', { items: [{ id: n.id, version: 1 }] })).statusCode).toBe(404);
    expect((await w.otherOfficer.post(`/api/nominations/${n.id}/review`, { version: 1 })).statusCode).toBe(404);
    const list = await w.otherOfficer.get('/api/nominations?year=2024');
    expect(list.json()).toEqual({ items: [], total: 0 });
    // Nor may it propose for a unit outside its scope.
    expect((await w.otherOfficer.post('/api/nominations', { proposingUnitId: w.h.communeA.id, year: 2024, awardCode: 'LDTT', personId: w.binh })).statusCode).toBe(404);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});

describe('editing a draft', () => {
  it('edits with the version and judges again; a stale version answers 409 and changes nothing', async () => {
    const n = await nominate(w.headA, { proposingUnitId: w.h.communeA.id, awardCode: 'CSTDCS', personId: w.binh });
    expect(n.eligibilityStatus).toBe('not_eligible');
    const first = await w.headA.patch(`/api/nominations/${n.id}`, { awardCode: 'GIAY_KHEN', justification: 'Có thành tích đột xuất', report: { achievements: 'Cứu người đuối nước' }, version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ awardCode: 'GIAY_KHEN', justification: 'Có thành tích đột xuất', report: { achievements: 'Cứu người đuối nước', summary: '' }, version: 2 });
    expect(first.json().eligibility.award).toBe('GIAY_KHEN');
    expect(first.json().events.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);

    // A second writer still holding version 1.
    const before = await snapshotDatabase(t.ctx.db);
    const stale = await w.reporterA.patch(`/api/nominations/${n.id}`, { justification: 'Khác', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/tải lại/i);
    expect((await w.reporterA.delete(`/api/nominations/${n.id}?version=1`)).statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('removes a draft with its files and timeline', async () => {
    const n = await nominate(w.headA, { proposingUnitId: w.h.communeA.id, awardCode: 'CSTDCS', personId: w.an });
    const up = await w.headA.request({ method: 'POST', url: `/api/nominations/${n.id}/files?name=bao-cao.pdf`, headers: { 'content-type': 'application/pdf' }, payload: PDF });
    expect(up.statusCode, up.body).toBe(201);
    const res = await w.headA.delete(`/api/nominations/${n.id}?version=1`);
    expect(res.statusCode, res.body).toBe(200);
    expect((await w.headA.get(`/api/nominations/${n.id}`)).statusCode).toBe(404);
    expect(await countRows(t.ctx.db, 'nomination_files', `nomination_id = '${n.id}'`)).toBe(0);
    expect(await countRows(t.ctx.db, 'nomination_events', `nomination_id = '${n.id}'`)).toBe(0);
    expect(await countRows(t.ctx.db, 'audit_log', `action = 'nomination.delete' and entity_id = '${n.id}'`)).toBe(1);
  });
});

describe('files', () => {
  it('attaches, lists, downloads and removes files of a draft; the reviewing level reads them', async () => {
    const n = await nominate(w.headA, { proposingUnitId: w.h.communeA.id, awardCode: 'CSTDCS', personId: w.binh, justification: 'Có sáng kiến đang chờ công nhận' });
    const up = await w.headA.request({ method: 'POST', url: `/api/nominations/${n.id}/files?name=${encodeURIComponent('Báo cáo thành tích.pdf')}`, headers: { 'content-type': 'application/pdf' }, payload: PDF });
    expect(up.statusCode, up.body).toBe(201);
    const again = await w.headA.request({ method: 'POST', url: `/api/nominations/${n.id}/files?name=lan-2.pdf`, headers: { 'content-type': 'application/pdf' }, payload: PDF });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(up.json().id);
    const fake = await w.headA.request({ method: 'POST', url: `/api/nominations/${n.id}/files?name=x.pdf`, headers: { 'content-type': 'application/pdf' }, payload: Buffer.from('not a pdf') });
    expect(fake.statusCode).toBe(400);

    const detail = await w.officer.get(`/api/nominations/${n.id}`);
    expect(detail.json().files).toEqual([expect.objectContaining({ name: 'Báo cáo thành tích.pdf', contentType: 'application/pdf', size: PDF.length })]);
    const dl = await w.officer.get(`/api/nominations/${n.id}/files/${up.json().id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);

    // Once sent, the dossier is what the council reads: no more changes.
    const sent = await w.headA.post('/api/nominations/submit', { items: [{ id: n.id, version: 1 }] });
    expect(sent.statusCode, sent.body).toBe(200);
    expect((await w.headA.delete(`/api/nominations/${n.id}/files/${up.json().id}`)).statusCode).toBe(409);
    expect((await w.headA.request({ method: 'POST', url: `/api/nominations/${n.id}/files?name=y.pdf`, headers: { 'content-type': 'application/pdf' }, payload: Buffer.concat([PDF, Buffer.from('x')]) })).statusCode).toBe(409);
    expect((await w.headA.get(`/api/nominations/${n.id}/files`)).json().items).toHaveLength(1);
  });
});

describe('listing', () => {
  it('filters by year, status, award, proposing subtree and reviewing level, searches without diacritics, and sorts by given name', async () => {
    const list = async (c: Client, query: string) => {
      const res = await c.get(`/api/nominations?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: { nominee: { name: string }; awardCode: string; status: string }[]; total: number };
    };
    const all = await list(w.officer, 'year=2024');
    expect(all.total).toBeGreaterThanOrEqual(5);
    // Vietnamese lists sort people by given name: An before Bình before Đun Nhì (the collective).
    const names = all.items.map((i) => i.nominee.name);
    expect(names.indexOf('Nguyễn Văn An')).toBeLessThan(names.indexOf('Lò Thị Bình'));

    const search = await list(w.officer, `q=${encodeURIComponent('nguyen van an')}`);
    expect(search.items.length).toBeGreaterThan(0);
    expect(search.items.every((i) => i.nominee.name === 'Nguyễn Văn An')).toBe(true);
    const byAward = await list(w.officer, `q=${encodeURIComponent('lao dong tien tien')}`);
    expect(byAward.items.every((i) => i.awardCode === 'LDTT' || i.awardCode === 'TTLDTT')).toBe(true);
    expect((await list(w.officer, `q=${encodeURIComponent('dun nhi')}&awardCode=TTLDTT`)).items.map((i) => i.nominee.name)).toEqual(['Xã Đun Nhì']);

    expect((await list(w.officer, 'awardCode=CSTDCS')).items.every((i) => i.awardCode === 'CSTDCS')).toBe(true);
    expect((await list(w.officer, 'status=submitted')).items.every((i) => i.status === 'submitted')).toBe(true);
    expect((await list(w.officer, `proposingUnitId=${w.h.communeB.id}`)).items.map((i) => i.nominee.name)).toEqual(['Xã Đun Nhì']);
    // The district's subtree holds every commune's nominations.
    expect((await list(w.officer, `proposingUnitId=${w.h.district.id}`)).total).toBe(all.total);
    expect((await list(w.officer, `reviewingUnitId=${w.h.district.id}`)).total).toBe(all.total);
    expect((await list(w.officer, 'year=2023')).total).toBe(0);
    // The commune sees its own only.
    const own = await list(w.headB, 'year=2024');
    expect(own.items.map((i) => i.nominee.name)).toEqual(['Xã Đun Nhì']);
    // Paging.
    const page = await list(w.officer, 'year=2024&limit=2&offset=1');
    expect(page.items.map((i) => i.nominee.name)).toEqual(names.slice(1, 3));
    expect(page.total).toBe(all.total);
  });
});
