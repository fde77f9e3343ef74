/**
 * A council of ten members meets, votes and closes, through the HTTP API on the real database.
 * The counting rules (domain.md §1.6): quorum 2/3 of all members (NĐ 98/2023 Điều 47 for the
 * central council, the default here); CSTĐ cấp tỉnh by secret ballot with ≥ 90 % of ALL members
 * agreeing, absent members voting in writing (NĐ 91/2017 Điều 45 khoản 8); other awards 70 %.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import type { AwardCode } from '../../../contract/awards.js';
import { foldForSearch, vietnameseSortKey } from '../../../core/text.js';
import { auditLog, nominationEvents, nominations, users } from '../../db/schema.js';
import { readDocxText } from '../../render/docx-text.js';
import { createPeople } from '../people/people.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let secretary: Client; // council secretary: runs the sessions, is a member too
let officer: Client; // district officer: in scope, not a member
let viewer: Client; // district viewer
let otherOfficer: Client; // sibling district
/** m[0] chair, m[1…8] members; with the secretary ten members. */
const m: Client[] = [];
let councilId: string;
let memberIds: string[]; // [secretary, m0 … m8] in council order
const nominee: Record<'an' | 'binh' | 'cuong' | 'dung' | 'em' | 'giang', string> = { an: '', binh: '', cuong: '', dung: '', em: '', giang: '' };

async function nominate(personId: string, name: string, proposingUnitId: string, awardCode: AwardCode, status = 'submitted', reviewingUnitId?: string): Promise<string> {
  const [row] = await t.ctx.db
    .insert(nominations)
    .values({
      proposingUnitId,
      reviewingUnitId: reviewingUnitId ?? h.district.id,
      year: 2024,
      awardCode,
      personId,
      nomineeName: name,
      nomineeUnitName: proposingUnitId === h.communeA.id ? 'Xã Mường Báng' : 'Xã Đun Nhì',
      proposedOn: '2024-12-01',
      status,
      searchText: foldForSearch(name),
      sortKey: vietnameseSortKey(name),
      submittedAt: status === 'draft' ? null : '2024-12-02T02:00:00Z',
    })
    .returning({ id: nominations.id });
  return row!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const sign = async (unitId: string, roles: Parameters<typeof makeUser>[1]['roles']) => {
    const user = await makeUser(t.ctx, { unitId, roles });
    return { id: user.id, client: await new Client(t.app).signIn(user.username, TEST_PASSWORD) };
  };
  const sec = await sign(h.district.id, ['council_secretary']);
  secretary = sec.client;
  officer = (await sign(h.district.id, ['officer'])).client;
  viewer = (await sign(h.district.id, ['viewer'])).client;
  otherOfficer = (await sign(h.otherDistrict.id, ['officer'])).client;
  const memberUsers = [];
  for (let i = 0; i < 9; i++) {
    const u = await sign(h.district.id, ['council_member']);
    memberUsers.push(u);
    m.push(u.client);
  }
  const people = await createPeople(t.ctx, null, [
    { fullName: 'Nguyễn Văn An', unitId: h.communeA.id, illustrative: false },
    { fullName: 'Lò Thị Bình', unitId: h.communeB.id, illustrative: false },
    { fullName: 'Vàng A Cường', unitId: h.communeB.id, illustrative: false },
    { fullName: 'Giàng Thị Dung', unitId: h.communeB.id, illustrative: false },
    { fullName: 'Lường Văn Em', unitId: h.communeB.id, illustrative: false },
    { fullName: 'Quàng Thị Giang', unitId: h.otherCommune.id, illustrative: false },
  ]);
  const council = await officer.post('/api/councils', {
    unitId: h.district.id,
    name: 'Hội đồng Thi đua – Khen thưởng huyện Tủa Chùa',
    members: [
      { fullName: 'Nguyễn Thị Thư', position: 'Chuyên viên Phòng Nội vụ', role: 'secretary', userId: sec.id },
      ...memberUsers.map((u, i) => ({
        fullName: `Thành Viên ${i}`,
        role: i === 0 ? 'chair' : 'member',
        userId: u.id,
        // The last member works in Xã Mường Báng: a conflict for its nominees. Member 7 works for
        // the district itself (the council's own unit: no conflict) and is Lò Thị Bình, a nominee.
        homeUnitId: i === 8 ? h.communeA.id : i === 7 ? h.district.id : null,
      })),
    ],
  });
  expect(council.statusCode, council.body).toBe(201);
  await t.ctx.db.update(users).set({ personId: people[1]! }).where(eq(users.id, memberUsers[7]!.id));
  councilId = council.json().id;
  memberIds = council.json().members.map((x: { id: string }) => x.id);
  // The council counts Giấy khen on those present (an override of the 70 %-of-all default).
  const patched = await officer.patch(`/api/councils/${councilId}`, { version: 1, thresholds: [{ awardCode: 'GIAY_KHEN', percent: 70, denominator: 'present', ballot: 'open' }] });
  expect(patched.statusCode, patched.body).toBe(200);

  nominee.an = await nominate(people[0]!, 'Nguyễn Văn An', h.communeA.id, 'CSTD_TINH');
  nominee.binh = await nominate(people[1]!, 'Lò Thị Bình', h.communeB.id, 'CSTD_TINH', 'reviewing');
  nominee.cuong = await nominate(people[2]!, 'Vàng A Cường', h.communeB.id, 'GIAY_KHEN');
  nominee.dung = await nominate(people[3]!, 'Giàng Thị Dung', h.communeB.id, 'LDTT');
  nominee.em = await nominate(people[4]!, 'Lường Văn Em', h.communeB.id, 'LDTT', 'draft');
  nominee.giang = await nominate(people[5]!, 'Quàng Thị Giang', h.otherCommune.id, 'LDTT', 'submitted', h.otherDistrict.id);
});
afterAll(() => t.close());

const statusOf = async (id: string) => (await t.ctx.db.select({ status: nominations.status }).from(nominations).where(eq(nominations.id, id)))[0]!.status;

type Item = { id: string; nomination: { id: string }; votesCast: number; myVote: string | null; result: null | Record<string, unknown>; conflictMembers: { fullName: string }[]; ballot: string; thresholdPercent: number; denominator: string };
const itemOf = (session: { items: Item[] }, nominationId: string) => session.items.find((i) => i.nomination.id === nominationId)!;

describe('a council session', () => {
  let sessionId: string;
  let version: number;
  let items: Record<string, string>; // nomination id → item id

  it('puts only nominations sent to this council and not in another open session on the agenda (400 naming the entry)', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    for (const [ids, field] of [
      [[nominee.an, nominee.em], 'nominationIds.1'], // a draft
      [[nominee.giang], 'nominationIds.0'], // sent to the other district
      [[nominee.an, nominee.an], 'nominationIds.1'],
    ] as const) {
      const res = await secretary.post(`/api/councils/${councilId}/sessions`, { title: 'X', heldOn: '2024-12-20', nominationIds: ids });
      expect(res.statusCode, res.body).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([field]);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('creates a planned session: submitted nominations go under review, each item carries its rule and its conflicts', async () => {
    const res = await secretary.post(`/api/councils/${councilId}/sessions`, {
      title: 'Xét khen thưởng tổng kết năm 2024',
      heldOn: '2024-12-20',
      place: 'Hội trường UBND huyện',
      nominationIds: [nominee.an, nominee.binh, nominee.cuong],
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    sessionId = s.id;
    expect(s).toMatchObject({ status: 'planned', councilName: 'Hội đồng Thi đua – Khen thưởng huyện Tủa Chùa', unitName: 'Huyện Tủa Chùa', membersTotal: null, quorumRequired: 7, canManage: true, canVote: false, version: 1 });
    expect(s.items.map((i: Item) => [i.nomination.id, i.ballot, i.thresholdPercent, i.denominator])).toEqual([
      [nominee.an, 'secret', 90, 'total'],
      [nominee.binh, 'secret', 90, 'total'],
      [nominee.cuong, 'open', 70, 'present'],
    ]);
    // Thành Viên 8 works in Xã Mường Báng, An's unit and proposer; nobody shares Bình's.
    expect(itemOf(s, nominee.an).conflictMembers.map((c) => c.fullName)).toEqual(['Thành Viên 8']);
    expect(itemOf(s, nominee.binh).conflictMembers.map((c) => c.fullName)).toEqual(['Thành Viên 7']);
    expect(await statusOf(nominee.an)).toBe('reviewing');
    expect(await statusOf(nominee.cuong)).toBe('reviewing');

    const again = await secretary.post(`/api/councils/${councilId}/sessions`, { title: 'Phiên khác', heldOn: '2024-12-21', nominationIds: [nominee.an] });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toMatch(/Xét khen thưởng tổng kết năm 2024/);
  });

  it('edits the agenda while planned, with its version', async () => {
    const res = await secretary.patch(`/api/council-sessions/${sessionId}`, { version: 1, addNominationIds: [nominee.dung] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: Item & { position: number }) => [i.position, i.nomination.id])).toEqual([
      [1, nominee.an],
      [2, nominee.binh],
      [3, nominee.cuong],
      [4, nominee.dung],
    ]);
    version = res.json().version;
    expect((await secretary.patch(`/api/council-sessions/${sessionId}`, { version: 1, title: 'Cũ' })).statusCode).toBe(409);
    items = Object.fromEntries(res.json().items.map((i: Item) => [i.nomination.id, i.id]));
  });

  it('is read by the district, a 404 for the sibling district, and listed with its council', async () => {
    expect((await otherOfficer.get(`/api/council-sessions/${sessionId}`)).statusCode).toBe(404);
    expect((await otherOfficer.post(`/api/council-sessions/${sessionId}/votes`, { votes: [{ itemId: items[nominee.an], choice: 'agree' }] })).statusCode).toBe(404);
    expect((await otherOfficer.get('/api/council-sessions')).json().items).toEqual([]);
    const list = (await viewer.get(`/api/council-sessions?councilId=${councilId}&status=planned`)).json();
    expect(list.items.map((s: { id: string; itemCount: number }) => [s.id, s.itemCount])).toEqual([[sessionId, 4]]);
    expect((await viewer.post(`/api/council-sessions/${sessionId}/open`, { version, attendance: [{ memberId: memberIds[0], present: true }] })).statusCode).toBe(403);
  });

  const rollCall = (absent: number[]) =>
    memberIds.map((id, i) => ({ memberId: id, present: !absent.includes(i), note: absent.includes(i) ? `Vắng ${i}: đi công tác` : null }));

  it('refuses a roll call that misses or repeats a member, naming them', async () => {
    const missing = await secretary.post(`/api/council-sessions/${sessionId}/open`, { version, attendance: rollCall([]).slice(1) });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.attendance).toMatch(/thiếu Nguyễn Thị Thư/);
    const twice = await secretary.post(`/api/council-sessions/${sessionId}/open`, { version, attendance: [...rollCall([]), { memberId: memberIds[1], present: true }] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fields.attendance).toMatch(/hai lần: Thành Viên 0/);
  });

  it('does not open one member short of the quorum (6 of 10, 7 needed) and opens with exactly 7', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    // Members at indexes 7, 8, 9 (Thành Viên 6, 7, 8) and 6 (Thành Viên 5) away.
    const short = await secretary.post(`/api/council-sessions/${sessionId}/open`, { version, attendance: rollCall([6, 7, 8, 9]) });
    expect(short.statusCode).toBe(409);
    expect(short.json().error.message).toBe('Không đủ số thành viên dự họp: có mặt 6/10, cần 7');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const open = await secretary.post(`/api/council-sessions/${sessionId}/open`, { version, attendance: rollCall([7, 8, 9]) });
    expect(open.statusCode, open.body).toBe(200);
    const s = open.json();
    expect(s).toMatchObject({ status: 'open', membersTotal: 10, membersPresent: 7, quorumRequired: 7, canVote: true });
    expect(s.openedAt).not.toBeNull();
    expect(s.attendance.filter((a: { present: boolean }) => !a.present).map((a: { fullName: string; note: string }) => [a.fullName, a.note])).toEqual([
      ['Thành Viên 6', 'Vắng 7: đi công tác'],
      ['Thành Viên 7', 'Vắng 8: đi công tác'],
      ['Thành Viên 8', 'Vắng 9: đi công tác'],
    ]);
    version = s.version;
    expect((await secretary.patch(`/api/council-sessions/${sessionId}`, { version, title: 'Sửa' })).statusCode).toBe(409);
  });

  it('lets only present members vote for themselves (403 otherwise); the secretary writes in only absent members', async () => {
    const vote = (choice: string) => ({ votes: [{ itemId: items[nominee.an], choice }] });
    expect((await officer.post(`/api/council-sessions/${sessionId}/votes`, vote('agree'))).statusCode).toBe(403); // in scope, not a member
    expect((await m[7]!.post(`/api/council-sessions/${sessionId}/votes`, vote('agree'))).statusCode).toBe(403); // a member, absent
    const forPresent = await secretary.post(`/api/council-sessions/${sessionId}/votes`, { ...vote('agree'), memberId: memberIds[2] });
    expect(forPresent.statusCode).toBe(400);
    expect(Object.keys(forPresent.json().error.fields)).toEqual(['memberId']);
    expect((await m[1]!.post(`/api/council-sessions/${sessionId}/votes`, { ...vote('agree'), memberId: memberIds[8] })).statusCode).toBe(403);
    const foreign = await m[1]!.post(`/api/council-sessions/${sessionId}/votes`, { votes: [{ itemId: memberIds[0], choice: 'agree' }] });
    expect(foreign.statusCode).toBe(400);
    expect(Object.keys(foreign.json().error.fields)).toEqual(['votes.0.itemId']);
  });

  it('takes the ballots: a member may change theirs until the close', async () => {
    const all = (choices: [string, string][]) => ({ votes: choices.map(([n, choice]) => ({ itemId: items[n]!, choice })) });
    // m0 first disagrees with An, then changes their mind.
    expect((await m[0]!.post(`/api/council-sessions/${sessionId}/votes`, all([[nominee.an, 'disagree']]))).statusCode).toBe(200);
    // Present: secretary, m0 … m5. An and Bình: all seven agree.
    // Cường (70 % of those present) and Dung (70 % of all): four agree, three do not.
    const present = [secretary, ...m.slice(0, 6)];
    for (const [i, c] of present.entries()) {
      const rest = i < 4 ? 'agree' : i === 5 ? 'abstain' : 'disagree';
      const res = await c.post(`/api/council-sessions/${sessionId}/votes`, all([[nominee.an, 'agree'], [nominee.binh, 'agree'], [nominee.cuong, rest], [nominee.dung, rest]]));
      expect(res.statusCode, res.body).toBe(200);
    }
    // Written ballots of the absent: Thành Viên 6 and 7 agree with An (9/10); with Bình only 6 (8/10).
    const write = (memberIndex: number, choices: [string, string][]) => secretary.post(`/api/council-sessions/${sessionId}/votes`, { ...all(choices), memberId: memberIds[memberIndex] });
    expect((await write(7, [[nominee.an, 'agree'], [nominee.binh, 'agree'], [nominee.cuong, 'agree'], [nominee.dung, 'agree']])).statusCode).toBe(200);
    expect((await write(8, [[nominee.an, 'agree'], [nominee.binh, 'disagree'], [nominee.cuong, 'agree'], [nominee.dung, 'agree']])).statusCode).toBe(200);
    expect((await write(9, [[nominee.cuong, 'agree'], [nominee.dung, 'agree']])).statusCode).toBe(200);
  });

  it('shows nobody a choice while open: only the count of ballots and the caller’s own', async () => {
    const mine = await m[0]!.get(`/api/council-sessions/${sessionId}`);
    const s = mine.json();
    expect(s.myMemberId).toBe(memberIds[1]);
    expect(s.items.map((i: Item) => [i.votesCast, i.myVote, i.result])).toEqual([
      [9, 'agree', null],
      [9, 'agree', null],
      [10, 'agree', null],
      [10, 'agree', null],
    ]);
    // Others chose "disagree" and "abstain": neither word appears anywhere in what m0 receives.
    expect(mine.body).not.toMatch(/disagree|abstain/);
    const dissenter = (await m[5]!.get(`/api/council-sessions/${sessionId}`)).json();
    expect(dissenter.items.map((i: Item) => i.myVote)).toEqual(['agree', 'agree', 'disagree', 'disagree']);
    const outsider = (await viewer.get(`/api/council-sessions/${sessionId}`)).json();
    expect(outsider.items.map((i: Item) => i.myVote)).toEqual([null, null, null, null]);
    expect(outsider.canVote).toBe(false);
    expect(outsider.attendance.filter((a: { votedAll: boolean }) => a.votedAll)).toHaveLength(9); // Thành Viên 8 wrote only two
    expect((await secretary.get(`/api/council-sessions/${sessionId}/minutes.docx`)).statusCode).toBe(409);
  });

  it('audits a secret ballot without its choice', async () => {
    const rows = await t.ctx.db.select().from(auditLog).where(inArray(auditLog.entityId, [items[nominee.an]!, items[nominee.dung]!]));
    const secret = rows.filter((r) => r.entityId === items[nominee.an]);
    expect(secret.length).toBeGreaterThanOrEqual(9);
    for (const r of secret) {
      expect(r.action).toBe('council_vote.cast');
      expect(JSON.stringify(r.after)).not.toMatch(/agree|choice/);
    }
    // An open ballot may say what was chosen.
    expect(rows.some((r) => r.entityId === items[nominee.dung] && JSON.stringify(r.after).includes('"choice"'))).toBe(true);
  });

  it('closes: counts each ballot by its rule, stores the results and moves the nominations to "voted"', async () => {
    expect((await secretary.post(`/api/council-sessions/${sessionId}/close`, { version: version - 1 })).statusCode).toBe(409);
    const res = await secretary.post(`/api/council-sessions/${sessionId}/close`, { version });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.status).toBe('closed');
    expect(s.canVote).toBe(false);
    const result = (n: string) => itemOf(s, n).result;
    // 90 % of all ten members: 9 agree passes, 8 does not.
    expect(result(nominee.an)).toEqual({ agree: 9, disagree: 0, abstain: 0, countedOf: 10, percent: 90, passed: true });
    expect(result(nominee.binh)).toEqual({ agree: 8, disagree: 1, abstain: 0, countedOf: 10, percent: 80, passed: false });
    // On "present" the three written ballots do not count: 4 of 7 (57,1 %) < 70 %.
    expect(result(nominee.cuong)).toEqual({ agree: 4, disagree: 2, abstain: 1, countedOf: 7, percent: 57.1, passed: false });
    // On "total" they do: 7 of 10 = 70 %.
    expect(result(nominee.dung)).toEqual({ agree: 7, disagree: 2, abstain: 1, countedOf: 10, percent: 70, passed: true });
    // Still nobody's choice but one's own.
    const mine = await m[0]!.get(`/api/council-sessions/${sessionId}`);
    expect(mine.json().items.map((i: Item) => i.myVote)).toEqual(['agree', 'agree', 'agree', 'agree']);
    expect(Object.keys(itemOf(mine.json(), nominee.an).result!).sort()).toEqual(['abstain', 'agree', 'countedOf', 'disagree', 'passed', 'percent']);

    for (const id of [nominee.an, nominee.binh, nominee.cuong, nominee.dung]) expect(await statusOf(id)).toBe('voted');
    const events = await t.ctx.db.select().from(nominationEvents).where(eq(nominationEvents.nominationId, nominee.binh));
    expect(events.find((e) => e.action === 'vote')?.note).toMatch(/đồng ý 8\/10 \(80 %\), không đạt tỷ lệ 90 %/);
  });

  it('freezes the results: every write on a closed session answers 409', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const frozen = 'Phiên họp đã kết thúc, kết quả không thay đổi được';
    const vote = await m[0]!.post(`/api/council-sessions/${sessionId}/votes`, { votes: [{ itemId: items[nominee.binh], choice: 'agree' }] });
    expect(vote.statusCode).toBe(409);
    expect(vote.json().error.message).toBe(frozen);
    const written = await secretary.post(`/api/council-sessions/${sessionId}/votes`, { votes: [{ itemId: items[nominee.binh], choice: 'agree' }], memberId: memberIds[9] });
    expect(written.statusCode).toBe(409);
    const close = await secretary.post(`/api/council-sessions/${sessionId}/close`, { version: version + 1 });
    expect(close.statusCode).toBe(409);
    expect(close.json().error.message).toBe(frozen);
    expect((await secretary.patch(`/api/council-sessions/${sessionId}`, { version: version + 1, title: 'Sửa' })).statusCode).toBe(409);
    expect((await secretary.post(`/api/council-sessions/${sessionId}/open`, { version: version + 1, attendance: rollCall([]) })).statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('writes the minutes: attendance with the absent and their reasons, the conflict, and each count', async () => {
    expect((await otherOfficer.get(`/api/council-sessions/${sessionId}/minutes.docx`)).statusCode).toBe(404);
    const res = await m[3]!.get(`/api/council-sessions/${sessionId}/minutes.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/wordprocessingml/);
    const text = (await readDocxText(res.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toMatch(/BIÊN BẢN/);
    expect(text).toMatch(/ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA/);
    expect(text).toMatch(/Tủa Chùa, ngày 20 tháng 12 năm 2024/);
    expect(text).toMatch(/có mặt: 07\/10 \(cần tối thiểu 07/);
    expect(text).toMatch(/Vắng mặt: 03 đồng chí: Đ\/c Thành Viên 6 \(Vắng 7: đi công tác\)/);
    expect(text).toMatch(/Thành Viên 8 đối với đề nghị của Nguyễn Văn An/);
    expect(text).toMatch(/1\. Nguyễn Văn An – Chiến sĩ thi đua cấp tỉnh \(bỏ phiếu kín\): đồng ý 9, không đồng ý 0, không biểu quyết 0; số đồng ý đạt 90 % trên 10 .*: ĐẠT\./);
    expect(text).toMatch(/2\. Lò Thị Bình – .*đồng ý 8, không đồng ý 1, .*đạt 80 % trên 10 .*yêu cầu từ 90 %: KHÔNG ĐẠT\./);
    expect(text).toMatch(/đồng ý 4, không đồng ý 2, không biểu quyết 1; số đồng ý đạt 57,1 % trên 7 \(số thành viên có mặt\)/);
    expect(text).toMatch(/Tổng hợp: 02\/04 đề nghị đạt/);
    // Two signatures side by side: the secretary on the left, the presiding member on the right.
    expect(text).toMatch(/THƯ KÝ Nguyễn Thị Thư CHỦ TRÌ Thành Viên 0/);
    expect(text.match(/THƯ KÝ/g)).toHaveLength(1);
  });

  it('keeps a voted nomination off any new agenda', async () => {
    const res = await secretary.post(`/api/councils/${councilId}/sessions`, { title: 'Phiên sau', heldOn: '2024-12-28', nominationIds: [nominee.an] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['nominationIds.0']).toMatch(/Đã bỏ phiếu/);
  });
});
