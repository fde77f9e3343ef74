import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import type { Role } from '../../../contract/roles.js';
import { readDocxText } from '../../render/docx-text.js';
import { auditLog, councils } from '../../db/schema.js';
import { createGroup } from '../groups/groups.service.js';
import { castBallot, closeVote, openVote } from './covenant-vote.service.js';
import { saveScores, signCovenant, submitScores } from './covenant-scores.service.js';
import { createCovenant, getCovenant, stepCovenant } from './covenants.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client;
let headA: Client;
let headB: Client;
let reporterA: Client;
let covenantId: string;
const sign = async (unitId: string, roles: Role[]) => new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles })).username, TEST_PASSWORD);

/**
 * A cluster of the district run to its final ranking through the services: each member signs and
 * scores the one criterion (max 100) with the points given, and the covenant is closed.
 */
async function finishedCovenant(name: string, points: [string, number][]): Promise<string> {
  const group = await createGroup(t.ctx, null, {
    name,
    kind: 'cluster',
    year: 2024,
    organiserUnitId: h.district.id,
    memberUnitIds: points.map(([unitId]) => unitId),
    headUnitId: points[0]![0],
    deputyUnitId: null,
  });
  const created = await createCovenant(t.ctx, null, {
    groupId: group.id,
    title: `Giao ước ${name}`,
    scoringDeadline: '2024-11-05',
    copyFromCovenantId: null,
    criteria: [{ code: '1', name: 'Hoàn thành chỉ tiêu', kind: 'criterion', maxPoints: 100, evidenceRequired: false, indicatorId: null }],
  });
  let c = await stepCovenant(t.ctx, null, created.id, 'open', created.version);
  for (const [unitId, score] of points) {
    await signCovenant(t.ctx, null, c.id, unitId);
    const sheet = await saveScores(t.ctx, null, c.id, unitId, { items: [{ criterionId: c.criteria[0]!.id, score, evidence: null }], version: null });
    await submitScores(t.ctx, null, c.id, unitId, sheet.version!);
  }
  c = await getCovenant(t.ctx, null, c.id);
  c = await stepCovenant(t.ctx, null, c.id, 'close_scoring', c.version);
  c = await stepCovenant(t.ctx, null, c.id, 'close', c.version);
  return c.id;
}

/** A cluster whose only member is voted leader unanimously. */
async function leaderOf(name: string): Promise<string> {
  const unit = await makeUnit(t.ctx, { name, kind: 'commune', parentId: h.district.id });
  const id = await finishedCovenant(`Cụm ${name}`, [[unit.id, 95]]);
  await openVote(t.ctx, null, id, { candidateUnitId: unit.id, thresholdPercent: 70, ballot: 'secret', version: (await getCovenant(t.ctx, null, id)).version });
  await castBallot(t.ctx, null, id, unit.id, 'agree');
  await closeVote(t.ctx, null, id, { version: (await getCovenant(t.ctx, null, id)).vote!.version, bangKhenUnitIds: [] });
  return unit.id;
}

beforeAll(async () => {
  t = await createTestApp();
  t.ctx.now = () => new Date('2024-10-20T03:00:00Z');
  h = await makeHierarchy(t.ctx);
  await t.ctx.db.insert(councils).values([
    { unitId: h.district.id, name: 'Hội đồng Thi đua – Khen thưởng huyện' },
    { unitId: h.province.id, name: 'Hội đồng Thi đua – Khen thưởng tỉnh' },
  ]);
  officer = await sign(h.district.id, ['officer']);
  headA = await sign(h.communeA.id, ['unit_head']);
  headB = await sign(h.communeB.id, ['unit_head']);
  reporterA = await sign(h.communeA.id, ['reporter']);
  covenantId = await finishedCovenant('Cụm thi đua vùng cao', [
    [h.communeA.id, 92],
    [h.communeB.id, 85],
  ]);
});
afterAll(() => t.close());

describe('the vote for the leading unit (suy tôn)', () => {
  it('opens on the final ranking, one ballot per member cast by its head; a secret ballot shows who voted, not how', async () => {
    const c = (await officer.get(`/api/covenants/${covenantId}`)).json();
    const opened = await officer.post(`/api/covenants/${covenantId}/vote`, { candidateUnitId: h.communeA.id, version: c.version });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().vote).toMatchObject({ candidateName: 'Xã Mường Báng', thresholdPercent: 70, ballot: 'secret', status: 'open', votersTotal: 2 });
    expect((await officer.post(`/api/covenants/${covenantId}/vote`, { candidateUnitId: h.communeA.id, version: opened.json().version })).statusCode).toBe(409);

    expect((await reporterA.post(`/api/covenants/${covenantId}/ballots`, { unitId: h.communeA.id, choice: 'agree' })).statusCode).toBe(403);
    expect((await headB.post(`/api/covenants/${covenantId}/ballots`, { unitId: h.communeA.id, choice: 'agree' })).statusCode).toBe(403);
    expect((await headA.post(`/api/covenants/${covenantId}/ballots`, { unitId: h.communeA.id, choice: 'disagree' })).statusCode).toBe(200);
    // A ballot may change until the close; the last one counts.
    const a = await headA.post(`/api/covenants/${covenantId}/ballots`, { unitId: h.communeA.id, choice: 'agree' });
    expect(a.json().vote).toMatchObject({ castUnitIds: [h.communeA.id], myChoices: [{ unitId: h.communeA.id, choice: 'agree' }], choices: null });
    const b = await headB.post(`/api/covenants/${covenantId}/ballots`, { unitId: h.communeB.id, choice: 'agree' });
    expect(b.json().vote.myChoices).toEqual([{ unitId: h.communeB.id, choice: 'agree' }]);
    const ballotsAudited = await t.ctx.db.select({ after: auditLog.after, action: auditLog.action }).from(auditLog);
    expect(ballotsAudited.filter((r) => r.action === 'covenant.ballot').every((r) => !JSON.stringify(r.after).includes('agree'))).toBe(true);
  });

  it('counts on all members, and drafts the flag for the leader and Bằng khen for the members named, citing the cluster', async () => {
    const c = (await officer.get(`/api/covenants/${covenantId}`)).json();
    const before = await snapshotDatabase(t.ctx.db);
    const wrong = await headA.post(`/api/covenants/${covenantId}/vote/close`, { version: c.vote.version, bangKhenUnitIds: [h.communeA.id] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toHaveProperty(['bangKhenUnitIds.0']);
    expect((await headB.post(`/api/covenants/${covenantId}/vote/close`, { version: c.vote.version, bangKhenUnitIds: [] })).statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const closed = await headA.post(`/api/covenants/${covenantId}/vote/close`, { version: c.vote.version, bangKhenUnitIds: [h.communeB.id] });
    expect(closed.statusCode, closed.body).toBe(200);
    const vote = closed.json().vote;
    expect(vote).toMatchObject({ status: 'closed', result: { agree: 2, disagree: 0, abstain: 0, percent: 100, passed: true } });
    expect(vote.nominationIds).toHaveLength(2);

    const list = (await officer.get('/api/nominations?year=2024')).json().items as { awardCode: string; nominee: { name: string }; status: string; id: string }[];
    const flag = list.find((n) => n.awardCode === 'CO_THI_DUA_TINH')!;
    expect(flag).toMatchObject({ nominee: { name: 'Xã Mường Báng' }, status: 'draft' });
    expect(list.find((n) => n.awardCode === 'BANG_KHEN_TINH')).toMatchObject({ nominee: { name: 'Xã Đun Nhì' } });
    const detail = (await officer.get(`/api/nominations/${flag.id}`)).json();
    expect(detail.report.achievements).toMatch(/Đơn vị dẫn đầu Cụm thi đua vùng cao năm 2024: xếp thứ 1\/2 đơn vị với 92 điểm/);
    expect(detail.report.achievements).toMatch(/2\/2 đơn vị đồng ý \(100 %, bỏ phiếu kín\)/);
    expect((await headA.post(`/api/covenants/${covenantId}/ballots`, { unitId: h.communeA.id, choice: 'disagree' })).statusCode).toBe(409);
    const minutes = (await readDocxText((await headB.get(`/api/covenants/${covenantId}/minutes.docx`)).rawPayload)).replace(/\s+/g, ' ');
    expect(minutes).toMatch(/V\. SUY TÔN ĐƠN VỊ DẪN ĐẦU/);
    expect(minutes).toMatch(/đồng ý 2, không đồng ý 0, không biểu quyết 0; đạt 100 %: ĐƯỢC SUY TÔN/);
  });

  it('drafts no flag when the candidate falls short of the threshold (50 % < 70 %)', async () => {
    const c1 = await makeUnit(t.ctx, { name: 'Xã Sính Phình', kind: 'commune', parentId: h.district.id });
    const c2 = await makeUnit(t.ctx, { name: 'Xã Tả Phìn', kind: 'commune', parentId: h.district.id });
    const id = await finishedCovenant('Cụm thi đua biên giới', [
      [c1.id, 90],
      [c2.id, 88],
    ]);
    await openVote(t.ctx, null, id, { candidateUnitId: c1.id, thresholdPercent: 70, ballot: 'open', version: (await getCovenant(t.ctx, null, id)).version });
    await castBallot(t.ctx, null, id, c1.id, 'agree');
    await castBallot(t.ctx, null, id, c2.id, 'disagree');
    await closeVote(t.ctx, null, id, { version: (await getCovenant(t.ctx, null, id)).vote!.version, bangKhenUnitIds: [] });
    const vote = (await officer.get(`/api/covenants/${id}`)).json().vote;
    expect(vote).toMatchObject({ result: { agree: 1, disagree: 1, percent: 50, passed: false }, nominationIds: [] });
    // An open ballot shows each member's choice.
    expect(vote.choices).toEqual(expect.arrayContaining([{ unitId: c2.id, choice: 'disagree' }]));
  });
});

describe('the Government flag: at most 20 % of the leaders, rounded down', () => {
  it('allows none with one leader (20 % of 1 rounds down to 0), naming the rule', async () => {
    const leaders = (await officer.get(`/api/covenant-leaders?organiserUnitId=${h.district.id}&year=2024`)).json();
    expect(leaders).toMatchObject({ cap: 0 });
    expect(leaders.leaders.map((l: { unitName: string }) => l.unitName)).toEqual(['Xã Mường Báng']);
    const res = await officer.post('/api/covenant-leaders/government-flags', { organiserUnitId: h.district.id, year: 2024, unitIds: [h.communeA.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.unitIds).toMatch(/20 % của 1 đơn vị dẫn đầu cụm, khối, làm tròn xuống/);
  });

  it('allows one of five leaders, refuses a second and a unit that led nothing, and names the cluster it led', async () => {
    for (const name of ['Xã Lao Xả Phình', 'Xã Trung Thu', 'Xã Sín Chải', 'Xã Huổi Só']) await leaderOf(name);
    const leaders = (await officer.get(`/api/covenant-leaders?organiserUnitId=${h.district.id}&year=2024`)).json();
    expect(leaders.cap).toBe(1);
    expect(leaders.leaders).toHaveLength(5);
    const ids = leaders.leaders.map((l: { unitId: string }) => l.unitId);
    const before = await snapshotDatabase(t.ctx.db);
    const two = await officer.post('/api/covenant-leaders/government-flags', { organiserUnitId: h.district.id, year: 2024, unitIds: ids.slice(0, 2) });
    expect(two.statusCode).toBe(400);
    expect(two.json().error.fields.unitIds).toMatch(/tối đa 1 Cờ thi đua của Chính phủ \(20 % của 5/);
    const notLeader = await officer.post('/api/covenant-leaders/government-flags', { organiserUnitId: h.district.id, year: 2024, unitIds: [h.communeB.id] });
    expect(notLeader.json().error.fields).toHaveProperty(['unitIds.0']);
    expect((await headA.post('/api/covenant-leaders/government-flags', { organiserUnitId: h.district.id, year: 2024, unitIds: [h.communeA.id] })).statusCode).toBe(404);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const one = await officer.post('/api/covenant-leaders/government-flags', { organiserUnitId: h.district.id, year: 2024, unitIds: [h.communeA.id] });
    expect(one.statusCode, one.body).toBe(201);
    const nomination = (await officer.get(`/api/nominations/${one.json().nominationIds[0]}`)).json();
    expect(nomination).toMatchObject({ awardCode: 'CO_THI_DUA_CP', nominee: { name: 'Xã Mường Báng' } });
    expect(nomination.report.achievements).toMatch(/Đơn vị dẫn đầu Cụm thi đua vùng cao năm 2024/);
    const again = await officer.post('/api/covenant-leaders/government-flags', { organiserUnitId: h.district.id, year: 2024, unitIds: [ids.find((i: string) => i !== h.communeA.id)] });
    expect(again.statusCode).toBe(400);
  });
});
