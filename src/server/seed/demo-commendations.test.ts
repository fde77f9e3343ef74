import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.js';
import { DEMO_PASSWORD, seedDemo } from './demo.js';

let t: TestApp;
let officer: Client;
let province: Client;

interface Summary {
  id: string;
  status: string;
  awardCode: string;
  nominee: { name: string };
  reviewingUnit: { name: string };
  eligibilityStatus: string | null;
  flagged: boolean;
}

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx);
  officer = await new Client(t.app).signIn('canbo.thidua', DEMO_PASSWORD);
  province = await new Client(t.app).signIn('canbo.tinh', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('demo commendations of 2024', () => {
  it('has the year-end nominations of the district, each with its own outcome', async () => {
    const items: Summary[] = (await officer.get('/api/nominations?year=2024')).json().items;
    const of = (name: string, award: string) => items.find((n) => n.nominee.name === name && n.awardCode === award && n.reviewingUnit.name === 'Huyện Tủa Chùa');
    expect(of('Lò Thị Ên', 'CSTDCS')).toMatchObject({ status: 'decided', eligibilityStatus: 'eligible' });
    expect(of('Xã Mường Báng', 'GIAY_KHEN')).toMatchObject({ status: 'decided' });
    expect(of('Hoàng Thị Mai', 'GIAY_KHEN')).toMatchObject({ status: 'decided' });
    expect(of('Quàng Văn Dũng', 'CSTDCS')).toMatchObject({ status: 'rejected', flagged: true });
    expect(of('Điêu Thị Xuân', 'CSTDCS')).toMatchObject({ status: 'rejected', flagged: true });
    expect(of('Bùi Thị Thu Hà', 'BANG_KHEN_TINH')).toMatchObject({ status: 'forwarded', eligibilityStatus: 'eligible' });
  });

  it('has a closed council session whose counts carry some nominees and not others', async () => {
    const sessions = (await officer.get('/api/council-sessions')).json().items;
    const closed = sessions.find((s: { status: string }) => s.status === 'closed');
    expect(closed).toMatchObject({ membersTotal: 9, membersPresent: 8, itemCount: 6 });
    const session = (await officer.get(`/api/council-sessions/${closed.id}`)).json();
    const result = (name: string) => session.items.find((i: { nomination: Summary }) => i.nomination.nominee.name === name).result;
    expect(result('Lò Thị Ên')).toMatchObject({ agree: 9, countedOf: 9, passed: true });
    expect(result('Quàng Văn Dũng')).toMatchObject({ agree: 4, disagree: 5, passed: false });
    const minutes = await officer.get(`/api/council-sessions/${closed.id}/minutes.docx`);
    expect(minutes.statusCode).toBe(200);
  });

  it('has the decision issued from the People’s Committee register, with amounts, certificates and fund payouts', async () => {
    const decisions = (await officer.get('/api/decisions?year=2024')).json().items;
    const issued = decisions.find((d: { status: string }) => d.status === 'issued');
    expect(issued).toMatchObject({ issuedOn: '2024-12-18', awardeeCount: 3 });
    expect(issued.numberText).toMatch(/^\d+\/QĐ-UBND$/);
    const decision = (await officer.get(`/api/decisions/${issued.id}`)).json();
    const amount = (name: string) => decision.awardees.find((a: { name: string }) => a.name === name).amount;
    // 1.0 × 2,340,000; a collective's Giấy khen 0.6 × = 1,404,000 → 1,410,000; 0.3 × → 710,000.
    expect(amount('Lò Thị Ên')).toBe(2_340_000);
    expect(amount('Xã Mường Báng')).toBe(1_410_000);
    expect(amount('Hoàng Thị Mai')).toBe(710_000);
    expect((await officer.get(`/api/decisions/${issued.id}/certificates.docx`)).statusCode).toBe(200);
    const fund = (await officer.get(`/api/fund?unitId=${issued.unitId}&year=2024`)).json();
    expect(fund).toMatchObject({ income: 120_000_000, payouts: 2_340_000 + 1_410_000 + 710_000, balance: 120_000_000 - 4_460_000 });
    const recorded = (await officer.get('/api/decisions?year=2023')).json().items;
    expect(recorded).toEqual([expect.objectContaining({ status: 'recorded', numberText: '1520/QĐ-UBND', awardeeCount: 2 })]);
  });

  it('puts the forwarded Bằng khen proposal before the province council', async () => {
    const items: Summary[] = (await province.get('/api/nominations?year=2024&status=submitted')).json().items;
    expect(items.find((n) => n.nominee.name === 'Bùi Thị Thu Hà')).toMatchObject({ awardCode: 'BANG_KHEN_TINH', reviewingUnit: { name: 'Tỉnh Điện Biên' } });
  });
});

describe('demo commendations today', () => {
  it('gives the new Xã Tủa Chùa a council with voting accounts', async () => {
    const chair = await new Client(t.app).signIn('truong.xatuachua', DEMO_PASSWORD);
    const councils = (await chair.get('/api/councils')).json().items;
    expect(councils.map((c: { name: string }) => c.name)).toContain('Hội đồng Thi đua – Khen thưởng xã Tủa Chùa');
  });
});

describe('demo covenants of the clusters and blocks', () => {
  it('runs the district’s four covenants of 2024 to a ranking and a vote whose result is drafted as nominations', async () => {
    const list = (await officer.get('/api/covenants?year=2024')).json().items as { id: string; groupName: string; status: string; memberCount: number; submittedCount: number }[];
    expect(list).toHaveLength(4);
    for (const c of list) expect(c).toMatchObject({ status: 'closed', submittedCount: c.memberCount });
    const cluster = list.find((c) => c.groupName.startsWith('Cụm thi đua số 1'))!;
    const detail = (await officer.get(`/api/covenants/${cluster.id}`)).json();
    expect(detail.maxTotal).toBe(950);
    expect(detail.vote).toMatchObject({ status: 'closed', result: { passed: true, agree: 5, abstain: 1 } });
    expect(detail.vote.nominationIds).toHaveLength(2);
    const ranking = (await officer.get(`/api/covenants/${cluster.id}/ranking`)).json();
    expect(ranking.items[0].unitId).toBe(detail.vote.candidateUnitId);
    const second = (await officer.get(`/api/covenants/${cluster.id}/scores/${ranking.items.find((r: { unitId: string }) => r.unitId === detail.members[1].unitId).unitId}`)).json();
    expect(second.items.some((i: { adjustments: { reason: string }[] }) => i.adjustments[0]?.reason.includes('58 %'))).toBe(true);
    // Each sheet carries its evidence file where the table asks for one, readable by the members.
    const evidence = (second.items as { files: { id: string; name: string }[] }[]).flatMap((i) => i.files);
    expect(evidence.map((f) => f.name)).toEqual(['Trich xuat Cong DVC - tieu chi 1.2.txt']);
    const file = await officer.get(`/api/covenants/${cluster.id}/scores/${second.unitId}/files/${evidence[0]!.id}`);
    expect(file.body).toContain('Cổng Dịch vụ công');
    const flags = ((await officer.get('/api/nominations?year=2024&awardCode=CO_THI_DUA_TINH')).json().items as { nominee: { name: string } }[]).map((n) => n.nominee.name);
    expect(flags).toContain(ranking.items[0].unitName);
  });

  it('opens today’s provincial cluster for scoring, with two communes sent and the head still to score', async () => {
    const head = await new Client(t.app).signIn('truong.xatuachua', DEMO_PASSWORD);
    const items = (await head.get('/api/covenants')).json().items as { id: string; status: string; submittedCount: number; memberCount: number; scoringDeadline: string }[];
    const today = items.find((c) => c.status === 'scoring')!;
    expect(today).toMatchObject({ memberCount: 4, submittedCount: 2 });
    const c = (await head.get(`/api/covenants/${today.id}`)).json();
    expect(c.scoringUnitIds).toEqual([c.headUnitId]);
    const sinchai = await new Client(t.app).signIn('truong.xasinchai', DEMO_PASSWORD);
    expect((await sinchai.get(`/api/covenants/${today.id}`)).json().votingUnitIds).toHaveLength(1);
  });
});
