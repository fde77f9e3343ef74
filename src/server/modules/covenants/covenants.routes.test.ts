import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { createGroup } from '../groups/groups.service.js';
import { buildClusterWorld, TABLE } from './covenants.test-fixtures.js';
import type { makeHierarchy } from '../../../../test/support/factories.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../db/schema.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client; // the district's emulation officer: organises the cluster
let headA: Client; // the head of Xã Mường Báng, the cluster's head unit
let reporterA: Client;
let headB: Client;
let reporterB: Client;
let otherOfficer: Client;
let groupId: string;
let covenantId: string;
let version: number;
const criterion: Record<string, string> = {};

const scoresOf = (values: Record<string, number>, evidence = 'Báo cáo số 12/BC-UBND') =>
  Object.entries(values).map(([code, score]) => ({ criterionId: criterion[code]!, score, evidence }));

beforeAll(async () => {
  t = await createTestApp();
  ({ h, officer, headA, reporterA, headB, reporterB, otherOfficer, groupId } = await buildClusterWorld(t));
});
afterAll(() => t.close());

describe('a cluster’s covenant: the criteria table', () => {
  it('refuses a table whose group maximum differs from its criteria, a stranger and a reporter, writing nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const body = { groupId, title: 'Giao ước thi đua năm 2024', scoringDeadline: '2024-11-05', criteria: TABLE };
    const wrong = await officer.post('/api/covenants', { ...body, criteria: TABLE.map((c) => (c.code === '1.2' ? { ...c, maxPoints: 240 } : c)) });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields)).toContain('criteria.0.maxPoints');
    expect(wrong.json().error.message).toMatch(/550/);
    const stranger = await otherOfficer.post('/api/covenants', body);
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().error.fields).toHaveProperty('groupId');
    expect((await reporterA.post('/api/covenants', body)).statusCode).toBe(400);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('is drafted by the organiser, one per cluster, and opened for signing and scoring', async () => {
    const res = await officer.post('/api/covenants', { groupId, title: 'Giao ước thi đua năm 2024', scoringDeadline: '2024-11-05', criteria: TABLE });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ status: 'draft', maxTotal: 950, canManage: true, groupName: 'Cụm thi đua các xã vùng cao' });
    expect(c.criteria.map((x: { code: string }) => x.code)).toEqual(TABLE.map((x) => x.code));
    for (const x of c.criteria as { code: string; id: string }[]) criterion[x.code] = x.id;
    expect(c.criteria.find((x: { code: string }) => x.code === '1.1').parentId).toBe(criterion['1']);
    covenantId = c.id;
    version = c.version;
    expect((await officer.post('/api/covenants', { groupId, title: 'Lần hai', scoringDeadline: '2024-11-05', criteria: TABLE })).statusCode).toBe(409);
    expect((await headA.post(`/api/covenants/${covenantId}/open`, { version })).statusCode).toBe(403);
    const opened = await officer.post(`/api/covenants/${covenantId}/open`, { version });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().status).toBe('scoring');
    version = opened.json().version;
    expect((await officer.post(`/api/covenants/${covenantId}/open`, { version: version - 1 })).statusCode).toBe(409);
  });

  it('copies last year’s table into a new covenant', async () => {
    const next = await createGroup(t.ctx, null, { name: 'Cụm thi đua các xã vùng cao', kind: 'cluster', year: 2025, organiserUnitId: h.district.id, memberUnitIds: [h.communeA.id, h.communeB.id], headUnitId: null, deputyUnitId: null });
    const copy = await officer.post('/api/covenants', { groupId: next.id, title: 'Giao ước thi đua năm 2025', scoringDeadline: '2025-11-05', copyFromCovenantId: covenantId });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json().criteria.map((x: { code: string; maxPoints: number }) => [x.code, x.maxPoints])).toEqual(TABLE.map((x) => [x.code, x.maxPoints]));
  });
});

describe('signing and self-scoring', () => {
  it('is signed by each member’s head for its own unit only', async () => {
    expect((await reporterA.post(`/api/covenants/${covenantId}/sign`, { unitId: h.communeA.id })).statusCode).toBe(403);
    expect((await headB.post(`/api/covenants/${covenantId}/sign`, { unitId: h.communeA.id })).statusCode).toBe(403);
    const signed = await headA.post(`/api/covenants/${covenantId}/sign`, { unitId: h.communeA.id });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().members.find((m: { unitId: string }) => m.unitId === h.communeA.id).signedAt).toBeTruthy();
    expect((await headA.post(`/api/covenants/${covenantId}/sign`, { unitId: h.communeA.id })).statusCode).toBe(409);
  });

  it('refuses a score after the deadline, naming it (the organiser may move the deadline while scoring)', async () => {
    const moved = await officer.patch(`/api/covenants/${covenantId}`, { scoringDeadline: '2024-10-19', version });
    expect(moved.statusCode, moved.body).toBe(200);
    const late = await reporterA.put(`/api/covenants/${covenantId}/scores/${h.communeA.id}`, { items: scoresOf({ '1.1': 1 }), version: null });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/19\/10\/2024/);
    const back = await officer.patch(`/api/covenants/${covenantId}`, { scoringDeadline: '2024-11-05', version: moved.json().version });
    version = back.json().version;
    expect(back.json().scoringDeadline).toBe('2024-11-05');
  });

  it('keeps each score within its criterion’s bounds, naming the item', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const over = await reporterA.put(`/api/covenants/${covenantId}/scores/${h.communeA.id}`, { items: scoresOf({ '1.1': 300.01 }), version: null });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields['items.0.score']).toMatch(/1\.1.*300/);
    const group = await reporterA.put(`/api/covenants/${covenantId}/scores/${h.communeA.id}`, { items: scoresOf({ '1': 10 }), version: null });
    expect(group.statusCode).toBe(400);
    const penalty = await reporterA.put(`/api/covenants/${covenantId}/scores/${h.communeA.id}`, { items: scoresOf({ T: 31 }), version: null });
    expect(penalty.statusCode).toBe(400);
    expect((await reporterB.put(`/api/covenants/${covenantId}/scores/${h.communeA.id}`, { items: scoresOf({ '1.1': 1 }), version: null })).statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('saves scores at the exact maximum, and needs every criterion and its evidence before sending', async () => {
    const saved = await reporterA.put(`/api/covenants/${covenantId}/scores/${h.communeA.id}`, { items: scoresOf({ '1.1': 300, '1.2': 240, '2.1': 180 }), version: null });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'draft', selfTotal: 720, canEdit: true });
    const missing = await reporterA.post(`/api/covenants/${covenantId}/scores/${h.communeA.id}/submit`, { version: saved.json().version });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.items).toMatch(/3\.1/);
    const noEvidence = await reporterA.put(`/api/covenants/${covenantId}/scores/${h.communeA.id}`, {
      items: [...scoresOf({ '1.1': 280, '2.1': 180, '3.1': 190 }), { criterionId: criterion['1.2'], score: 240, evidence: null }],
      version: saved.json().version,
    });
    expect(noEvidence.statusCode).toBe(200);
    const refused = await reporterA.post(`/api/covenants/${covenantId}/scores/${h.communeA.id}/submit`, { version: noEvidence.json().version });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.evidence).toMatch(/1\.2/);
    const fixed = await reporterA.put(`/api/covenants/${covenantId}/scores/${h.communeA.id}`, { items: scoresOf({ '1.2': 240 }), version: noEvidence.json().version });
    const sent = await reporterA.post(`/api/covenants/${covenantId}/scores/${h.communeA.id}/submit`, { version: fixed.json().version });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'submitted', total: 890, canEdit: false });
    expect((await reporterA.put(`/api/covenants/${covenantId}/scores/${h.communeA.id}`, { items: scoresOf({ '1.1': 1 }), version: sent.json().version })).statusCode).toBe(409);
  });

  it('refuses to send an unsigned sheet', async () => {
    const saved = await reporterB.put(`/api/covenants/${covenantId}/scores/${h.communeB.id}`, { items: scoresOf({ '1.1': 270, '1.2': 240, '2.1': 190, '3.1': 190 }), version: null });
    expect(saved.statusCode, saved.body).toBe(200);
    const unsigned = await reporterB.post(`/api/covenants/${covenantId}/scores/${h.communeB.id}/submit`, { version: saved.json().version });
    expect(unsigned.statusCode).toBe(409);
    expect(unsigned.json().error.message).toMatch(/chưa ký/);
    expect((await headB.post(`/api/covenants/${covenantId}/sign`, { unitId: h.communeB.id })).statusCode).toBe(200);
    expect((await reporterB.post(`/api/covenants/${covenantId}/scores/${h.communeB.id}/submit`, { version: saved.json().version })).statusCode).toBe(200);
  });

  it('hides each member’s scores from the others until scoring closes; the organiser sees them all', async () => {
    expect((await headB.get(`/api/covenants/${covenantId}/scores/${h.communeA.id}`)).statusCode).toBe(403);
    expect((await reporterA.get(`/api/covenants/${covenantId}/scores/${h.communeA.id}`)).statusCode).toBe(200);
    expect((await officer.get(`/api/covenants/${covenantId}/scores/${h.communeB.id}`)).statusCode).toBe(200);
    const seenByB = (await headB.get(`/api/covenants/${covenantId}`)).json().members;
    expect(seenByB.find((m: { unitId: string }) => m.unitId === h.communeA.id).total).toBeNull();
    expect(seenByB.find((m: { unitId: string }) => m.unitId === h.communeB.id).total).toBe(890);
    expect((await headB.get(`/api/covenants/${covenantId}/ranking`)).statusCode).toBe(403);
    expect((await otherOfficer.get(`/api/covenants/${covenantId}`)).statusCode).toBe(404);
  });

});

describe('consolidation by the head', () => {
  it('closes scoring (the head may), then every member sees every score and the ranking with its tie-breakers', async () => {
    version = (await officer.get(`/api/covenants/${covenantId}`)).json().version;
    expect((await headB.post(`/api/covenants/${covenantId}/close-scoring`, { version })).statusCode).toBe(403);
    const closed = await headA.post(`/api/covenants/${covenantId}/close-scoring`, { version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'review', canAdjust: true });
    version = closed.json().version;
    expect((await headB.get(`/api/covenants/${covenantId}/scores/${h.communeA.id}`)).json().total).toBe(890);

    const ranking = (await headB.get(`/api/covenants/${covenantId}/ranking`)).json();
    expect(ranking.final).toBe(false);
    expect(ranking.tieBreakers.length).toBeGreaterThan(2);
    // Both 890: Mường Báng leads on group 1 (520 against 510).
    expect(ranking.items.map((r: { unitName: string; rank: number; total: number }) => [r.rank, r.unitName, r.total])).toEqual([
      [1, 'Xã Mường Báng', 890],
      [2, 'Xã Đun Nhì', 890],
    ]);
    expect(ranking.items[1].decidedBy).toMatch(/nhóm 1/);
  });

  it('changes a score only with a written reason, by the head or the organiser, and shows every change', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const body = { unitId: h.communeB.id, criterionId: criterion['2.1'], score: 185, reason: 'Biên bản kiểm tra ngày 10/11: còn 1 văn bản ban hành sai thẩm quyền' };
    expect((await headA.post(`/api/covenants/${covenantId}/adjustments`, { ...body, reason: 'sai' })).json().error.fields).toHaveProperty('reason');
    expect((await headB.post(`/api/covenants/${covenantId}/adjustments`, body)).statusCode).toBe(403);
    expect((await headA.post(`/api/covenants/${covenantId}/adjustments`, { ...body, score: 201 })).statusCode).toBe(400);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const adjusted = await headA.post(`/api/covenants/${covenantId}/adjustments`, body);
    expect(adjusted.statusCode, adjusted.body).toBe(200);
    const line = adjusted.json().items.find((i: { criterionId: string }) => i.criterionId === criterion['2.1']);
    expect(line).toMatchObject({ selfScore: 190, finalScore: 185, adjustments: [{ fromScore: 190, toScore: 185, reason: body.reason }] });
    expect(adjusted.json()).toMatchObject({ selfTotal: 890, total: 885 });
    // The member reads the change and its reason on its own sheet.
    const seen = (await reporterB.get(`/api/covenants/${covenantId}/scores/${h.communeB.id}`)).json();
    expect(seen.items.find((i: { criterionId: string }) => i.criterionId === criterion['2.1']).adjustments[0].reason).toBe(body.reason);
    const audited = await t.ctx.db.select({ action: auditLog.action, after: auditLog.after }).from(auditLog).where(eq(auditLog.entityId, covenantId));
    expect(audited.find((a) => a.action === 'covenant.adjust')?.after).toMatchObject({ score: 185, reason: body.reason });

    const ranking = (await officer.get(`/api/covenants/${covenantId}/ranking`)).json();
    expect(ranking.items[1]).toMatchObject({ unitName: 'Xã Đun Nhì', total: 885, decidedBy: null });
  });

  it('ends the covenant: the ranking is final and no score changes after', async () => {
    const closed = await officer.post(`/api/covenants/${covenantId}/close`, { version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await headB.get(`/api/covenants/${covenantId}/ranking`)).json().final).toBe(true);
    const late = await headA.post(`/api/covenants/${covenantId}/adjustments`, { unitId: h.communeB.id, criterionId: criterion['2.1'], score: 190, reason: 'Xem lại theo kiến nghị của xã' });
    expect(late.statusCode).toBe(409);
  });

  it('lists the covenants each user sees', async () => {
    const list = (await headB.get('/api/covenants?year=2024')).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ memberCount: 2, signedCount: 2, submittedCount: 2, status: 'closed' });
    expect((await otherOfficer.get('/api/covenants')).json().items).toHaveLength(0);
  });
});
