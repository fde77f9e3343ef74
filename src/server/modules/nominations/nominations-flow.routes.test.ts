import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import { councilSessions, councils, sessionItems } from '../../db/schema.js';
import { createPeople } from '../people/people.service.js';
import { buildNominationWorld, nominate, type NominationWorld } from './nominations.test-fixtures.js';

let t: TestApp;
let w: NominationWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildNominationWorld(t);
});
afterAll(() => t.close());

/** A new person of Xã Mường Báng, for a test of its own. */
async function personA(fullName: string): Promise<string> {
  const [id] = await createPeople(t.ctx, null, [{ fullName, unitId: w.h.communeA.id, illustrative: false }]);
  return id!;
}

const submit = (c: NominationWorld['headA'], items: { id: string; version: number }[]) => c.post('/api/nominations/submit', { items });

/** A nomination of Xã Mường Báng, sent and taken into review by the district. */
async function underReview(body: Record<string, unknown>) {
  const n = await nominate(w.headA, { proposingUnitId: w.h.communeA.id, ...body });
  const sent = await submit(w.headA, [{ id: n.id, version: n.version }]);
  expect(sent.statusCode, sent.body).toBe(200);
  const reviewed = await w.officer.post(`/api/nominations/${n.id}/review`, { version: sent.json().items[0].version });
  expect(reviewed.statusCode, reviewed.body).toBe(200);
  return reviewed.json();
}

describe('submitting', () => {
  it('refuses an ineligible nomination without justification (400 naming the nominee), then sends it flagged once justified', async () => {
    const eligible = await nominate(w.headA, { proposingUnitId: w.h.communeA.id, awardCode: 'LDTT', personId: w.an });
    const short = await nominate(w.headA, { proposingUnitId: w.h.communeA.id, awardCode: 'LDTT', personId: w.binh });
    expect(short.eligibilityStatus).toBe('not_eligible');

    const before = await snapshotDatabase(t.ctx.db);
    const refused = await submit(w.headA, [
      { id: eligible.id, version: 1 },
      { id: short.id, version: 1 },
    ]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe('Đề nghị của Lò Thị Bình chưa đủ điều kiện: cần giải trình (justification)');
    expect(refused.json().error.fields).toHaveProperty('justification');
    // All or nothing: the eligible one was not sent either.
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const justified = await w.headA.patch(`/api/nominations/${short.id}`, { justification: 'Được đánh giá hoàn thành xuất sắc, chờ quyết định xếp loại', version: 1 });
    expect(justified.statusCode, justified.body).toBe(200);
    const sent = await submit(w.headA, [
      { id: eligible.id, version: 1 },
      { id: short.id, version: 2 },
    ]);
    expect(sent.statusCode, sent.body).toBe(200);
    const [a, b] = sent.json().items;
    expect(a).toMatchObject({ id: eligible.id, status: 'submitted', flagged: false, eligibilityStatus: 'eligible', version: 2 });
    expect(b).toMatchObject({ id: short.id, status: 'submitted', flagged: true, eligibilityStatus: 'not_eligible', version: 3 });
    expect(b.submittedAt).toBe(new Date('2024-12-15T03:00:00Z').toISOString());
    const detail = (await w.headA.get(`/api/nominations/${short.id}`)).json();
    expect(detail.events.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'submit']);
    expect(detail).toMatchObject({ canEdit: false, canSubmit: false, canReview: false, proposedOn: '2024-12-10' });
    // The district's officers hear of it.
    expect(await countRows(t.ctx.db, 'notifications', `kind = 'nomination.submitted'`)).toBeGreaterThan(0);
    // The reviewing side sees it can act.
    expect((await w.officer.get(`/api/nominations/${short.id}`)).json().canReview).toBe(true);
  });

  it('refuses a stale version (409) and a nomination already sent (409), and a reporter may not send (403)', async () => {
    const n = await nominate(w.headA, { proposingUnitId: w.h.communeA.id, awardCode: 'GIAY_KHEN', personId: w.an });
    expect((await submit(w.headA, [{ id: n.id, version: 7 }])).statusCode).toBe(409);
    expect((await submit(w.reporterA, [{ id: n.id, version: 1 }])).statusCode).toBe(403);
    expect((await submit(w.headA, [{ id: n.id, version: 1 }])).statusCode).toBe(200);
    const again = await submit(w.headA, [{ id: n.id, version: 2 }]);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/Đã gửi/);
  });

  it('refuses to exceed the quota the district set for the commune (409 with the figures)', async () => {
    const set = await w.officer.put(`/api/award-quotas?unitId=${w.h.district.id}&year=2024`, { items: [{ unitId: w.h.communeB.id, awardCode: 'LDTT', maxCount: 1 }] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().items).toEqual([{ unitId: w.h.communeB.id, unitName: 'Xã Đun Nhì', awardCode: 'LDTT', awardName: 'Lao động tiên tiến', maxCount: 1, used: 0 }]);
    // Only the district's own subordinates take quotas from it.
    const foreign = await w.officer.put(`/api/award-quotas?unitId=${w.h.district.id}&year=2024`, { items: [{ unitId: w.h.otherCommune.id, awardCode: 'LDTT', maxCount: 1 }] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toHaveProperty('items.0.unitId');

    const ha = await nominate(w.headB, { proposingUnitId: w.h.communeB.id, awardCode: 'LDTT', personId: w.ha });
    const collective = await nominate(w.headB, { proposingUnitId: w.h.communeB.id, awardCode: 'TTLDTT', unitId: w.h.communeB.id, justification: 'Tập thể tiêu biểu' });
    const [tu] = await createPeople(t.ctx, null, [{ fullName: 'Giàng Văn Tú', unitId: w.h.communeB.id, illustrative: false }]);
    const tuN = await nominate(w.headB, { proposingUnitId: w.h.communeB.id, awardCode: 'LDTT', personId: tu, justification: 'Thành tích nổi bật' });

    const before = await snapshotDatabase(t.ctx.db);
    const over = await submit(w.headB, [
      { id: ha.id, version: 1 },
      { id: tuN.id, version: 1 },
      { id: collective.id, version: 1 },
    ]);
    expect(over.statusCode).toBe(409);
    expect(over.json().error.message).toBe('Vượt chỉ tiêu khen thưởng: Xã Đun Nhì được đề nghị tối đa 1 “Lao động tiên tiến” năm 2024; đã gửi 0, gửi thêm 2 thành 2');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    expect((await submit(w.headB, [{ id: ha.id, version: 1 }, { id: collective.id, version: 1 }])).statusCode).toBe(200);
    const late = await submit(w.headB, [{ id: tuN.id, version: 1 }]);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/đã gửi 1, gửi thêm 1 thành 2/);
    const quotas = await w.officer.get(`/api/award-quotas?unitId=${w.h.district.id}&year=2024`);
    expect(quotas.json().items[0]).toMatchObject({ maxCount: 1, used: 1 });
    // The commune cannot set its own quota.
    expect((await w.headB.get(`/api/award-quotas?unitId=${w.h.district.id}&year=2024`)).statusCode).toBe(404);
  });
});

describe('the reviewing level', () => {
  it('returns a sent nomination to draft with the reason, and the proposing unit hears of it', async () => {
    const n = await nominate(w.headA, { proposingUnitId: w.h.communeA.id, awardCode: 'CSTDCS', personId: w.an, justification: 'Có sáng kiến chờ công nhận' });
    const sent = (await submit(w.headA, [{ id: n.id, version: 1 }])).json().items[0];
    // The commune cannot return its own nomination: that is the reviewer's step.
    expect((await w.headA.post(`/api/nominations/${n.id}/return`, { version: sent.version, note: 'x' })).statusCode).toBe(403);
    expect((await w.officer.post(`/api/nominations/${n.id}/return`, { version: sent.version, note: '   ' })).statusCode).toBe(400);
    const res = await w.officer.post(`/api/nominations/${n.id}/return`, { version: sent.version, note: 'Bổ sung sáng kiến được công nhận' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', version: sent.version + 1 });
    expect(res.json().events.at(-1)).toMatchObject({ action: 'return', fromStatus: 'submitted', toStatus: 'draft', note: 'Bổ sung sáng kiến được công nhận' });
    expect(await countRows(t.ctx.db, 'notifications', `kind = 'nomination.returned' and body = 'Bổ sung sáng kiến được công nhận'`)).toBeGreaterThan(0);
    expect((await w.headA.get(`/api/nominations/${n.id}`)).json().canEdit).toBe(true);
  });

  it('approves within its authority: approved (Điều 80 Luật TĐKT 2022), approved for a lower form, and rejected', async () => {
    const approved = await underReview({ awardCode: 'TTLDTT', unitId: w.h.communeA.id, members: { total: 10, completed: 10, ldtt: 8, cstdcs: 1 }, justification: 'Tập thể tiêu biểu' });
    expect(approved).toMatchObject({ status: 'reviewing', canReview: true });
    const ok = await w.officer.post(`/api/nominations/${approved.id}/outcome`, { outcome: 'approved', version: approved.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', outcomeAwardCode: 'TTLDTT', canReview: false });

    const lower = await underReview({ awardCode: 'CSTDCS', personId: w.binh, justification: 'Có sáng kiến' });
    const bad = await w.officer.post(`/api/nominations/${lower.id}/outcome`, { outcome: 'approved_lower', awardCode: 'CSTDCS', version: lower.version });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('awardCode');
    const higher = await w.officer.post(`/api/nominations/${lower.id}/outcome`, { outcome: 'approved_lower', awardCode: 'BANG_KHEN_TINH', version: lower.version });
    expect(higher.statusCode).toBe(400);
    expect(higher.json().error.message).toMatch(/cao hơn/);
    const collectiveOnly = await w.officer.post(`/api/nominations/${lower.id}/outcome`, { outcome: 'approved_lower', awardCode: 'TTLDTT', version: lower.version });
    expect(collectiveOnly.statusCode).toBe(400);
    const res = await w.officer.post(`/api/nominations/${lower.id}/outcome`, { outcome: 'approved_lower', awardCode: 'LDTT', note: 'Chưa có sáng kiến được công nhận', version: lower.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', awardCode: 'CSTDCS', outcomeAwardCode: 'LDTT', outcomeNote: 'Chưa có sáng kiến được công nhận' });
    expect(res.json().events.at(-1)).toMatchObject({ action: 'approve_lower', toStatus: 'approved' });

    const rejected = await underReview({ awardCode: 'GIAY_KHEN', personId: w.binh, justification: 'Đột xuất' });
    const no = await w.officer.post(`/api/nominations/${rejected.id}/outcome`, { outcome: 'rejected', note: 'Thành tích chưa nổi bật', version: rejected.version });
    expect(no.statusCode, no.body).toBe(200);
    expect(no.json()).toMatchObject({ status: 'rejected', outcomeNote: 'Thành tích chưa nổi bật', outcomeAwardCode: null });
    // A refused nomination may be proposed again.
    expect((await w.headA.post('/api/nominations', { proposingUnitId: w.h.communeA.id, year: 2024, awardCode: 'GIAY_KHEN', personId: w.binh })).statusCode).toBe(201);
    expect(await countRows(t.ctx.db, 'audit_log', `action in ('nomination.approve', 'nomination.approve_lower', 'nomination.reject')`)).toBe(3);
  });

  it('refuses to approve above its authority (400: trình cấp trên) and forwards instead, creating the nomination at the province', async () => {
    const n = await underReview({ awardCode: 'BANG_KHEN_TINH', personId: w.an, justification: 'Nhiều năm hoàn thành xuất sắc nhiệm vụ', report: { summary: 'Sinh năm 1985', achievements: 'Dẫn đầu phong trào', priorAwards: 'Giấy khen năm 2023' } });
    const before = await snapshotDatabase(t.ctx.db);
    const above = await w.officer.post(`/api/nominations/${n.id}/outcome`, { outcome: 'approved', version: n.version });
    expect(above.statusCode).toBe(400);
    expect(above.json().error.message).toBe('“Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” vượt thẩm quyền của Huyện Tủa Chùa: trình cấp trên');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const fwd = await w.officer.post(`/api/nominations/${n.id}/outcome`, { outcome: 'forwarded', version: n.version });
    expect(fwd.statusCode, fwd.body).toBe(200);
    expect(fwd.json().status).toBe('forwarded');
    expect(fwd.json().events.at(-1)).toMatchObject({ action: 'forward', note: 'Trình Tỉnh Thử Nghiệm' });

    const upper = await w.provinceOfficer.get(`/api/nominations?reviewingUnitId=${w.h.province.id}`);
    expect(upper.json().total).toBe(1);
    const copy = (await w.provinceOfficer.get(`/api/nominations/${upper.json().items[0].id}`)).json();
    expect(copy).toMatchObject({
      status: 'submitted',
      forwardedFromId: n.id,
      awardCode: 'BANG_KHEN_TINH',
      nominee: { personId: w.an, name: 'Nguyễn Văn An', unitName: 'Xã Mường Báng' },
      proposingUnit: { id: w.h.district.id },
      reviewingUnit: { id: w.h.province.id },
      proposedOn: '2024-12-15',
      report: { summary: 'Sinh năm 1985', achievements: 'Dẫn đầu phong trào', priorAwards: 'Giấy khen năm 2023' },
      justification: 'Nhiều năm hoàn thành xuất sắc nhiệm vụ',
      canReview: true,
    });
    expect(copy.submittedAt).not.toBeNull();
    // The province decides it.
    const reviewed = await w.provinceOfficer.post(`/api/nominations/${copy.id}/review`, { version: copy.version });
    const ok = await w.provinceOfficer.post(`/api/nominations/${copy.id}/outcome`, { outcome: 'approved', version: reviewed.json().version });
    expect(ok.statusCode, ok.body).toBe(200);
    // The district may not forward what it decides itself.
    const own = await underReview({ awardCode: 'LDTT', personId: await personA('Hoàng Văn Mạnh'), justification: 'Tiêu biểu' });
    const notUp = await w.officer.post(`/api/nominations/${own.id}/outcome`, { outcome: 'forwarded', version: own.version });
    expect(notUp.statusCode).toBe(400);
    expect(notUp.json().error.message).toMatch(/thuộc thẩm quyền của Huyện Tủa Chùa/);
  });

  it('forwards without a copy when no level above has a council, and says so', async () => {
    const provinceCouncil = await t.ctx.db.select().from(councils).where(eq(councils.unitId, w.h.province.id));
    await t.ctx.db.delete(councils).where(eq(councils.unitId, w.h.province.id));
    try {
      const n = await underReview({ awardCode: 'BANG_KHEN_TINH', personId: w.binh, justification: 'Thành tích đột xuất' });
      const fwd = await w.officer.post(`/api/nominations/${n.id}/outcome`, { outcome: 'forwarded', note: 'Đề nghị xem xét', version: n.version });
      expect(fwd.statusCode, fwd.body).toBe(200);
      expect(fwd.json().events.at(-1).note).toBe('Chưa có Hội đồng Thi đua – Khen thưởng ở cấp trên của Huyện Tủa Chùa: chưa tạo đề nghị ở cấp trên. Đề nghị xem xét');
      expect(await countRows(t.ctx.db, 'nominations', `forwarded_from_id = '${n.id}'`)).toBe(0);
    } finally {
      await t.ctx.db.insert(councils).values(provinceCouncil);
    }
  });
});

describe('after a council vote', () => {
  it('needs a note to approve a nomination the council did not pass', async () => {
    const n = await underReview({ awardCode: 'GIAY_KHEN', personId: await personA('Sùng Thị Mai'), justification: 'Đột xuất' });
    const [council] = await t.ctx.db.select().from(councils).where(eq(councils.unitId, w.h.district.id));
    const [session] = await t.ctx.db
      .insert(councilSessions)
      .values({ councilId: council!.id, title: 'Phiên họp xét khen thưởng năm 2024', heldOn: '2024-12-12', status: 'closed', membersTotal: 9, membersPresent: 8 })
      .returning();
    await t.ctx.db.insert(sessionItems).values({
      sessionId: session!.id,
      nominationId: n.id,
      position: 1,
      ballot: 'secret',
      thresholdPercent: 70,
      denominator: 'total_members',
      conflictMemberIds: [],
      agree: 5,
      disagree: 3,
      abstain: 0,
      countedOf: 9,
      passed: false,
    });
    const refused = await w.officer.post(`/api/nominations/${n.id}/outcome`, { outcome: 'approved', version: n.version });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toHaveProperty('note');
    const ok = await w.officer.post(`/api/nominations/${n.id}/outcome`, { outcome: 'approved', note: 'Chủ tịch quyết định sau khi xin ý kiến bổ sung', version: n.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().voteResults).toEqual([
      { sessionId: session!.id, sessionTitle: 'Phiên họp xét khen thưởng năm 2024', heldOn: '2024-12-12', agree: 5, disagree: 3, abstain: 0, countedOf: 9, thresholdPercent: 70, passed: false },
    ]);
  });
});
