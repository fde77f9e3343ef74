/**
 * Quỹ thi đua, khen thưởng: income entered by the officer, payouts as issued decisions write
 * them (inserted here directly; the decision flow itself is tested with the decisions), the
 * balance carried from year to year, and the ledger as XLSX.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import type { z } from 'zod';
import type { FundSchema } from '../../../contract/decisions.js';
import type { Role } from '../../../contract/roles.js';
import { decisionAwardees, decisions, fundEntries } from '../../db/schema.js';
import { readXlsx } from '../../render/xlsx.js';
import { createPeople } from '../people/people.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client;
let viewer: Client;
let reporter: Client;
let otherOfficer: Client;
let decisionId: string;

const income = (c: Client, entryOn: string, amount: number, description = 'Trích lập quỹ') =>
  c.post('/api/fund/income', { unitId: h.district.id, entryOn, amount, description });

beforeAll(async () => {
  t = await createTestApp();
  t.ctx.now = () => new Date('2025-06-30T03:00:00Z');
  h = await makeHierarchy(t.ctx);
  const sign = async (unitId: string, roles: Role[]) => new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles })).username, TEST_PASSWORD);
  officer = await sign(h.district.id, ['officer']);
  viewer = await sign(h.district.id, ['viewer']);
  reporter = await sign(h.district.id, ['reporter']);
  otherOfficer = await sign(h.otherDistrict.id, ['officer']);
  const [d] = await t.ctx.db
    .insert(decisions)
    .values({ unitId: h.district.id, numberText: '05/QĐ-UBND', issuedOn: '2025-02-10', issuer: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA', year: 2024, status: 'issued' })
    .returning({ id: decisions.id });
  decisionId = d!.id;
  const [an] = (await createPeople(t.ctx, null, [{ fullName: 'Nguyễn Văn An', unitId: h.communeA.id, illustrative: false }])) as [string];
  const awardee = { decisionId, awardCode: 'GIAY_KHEN', cashMultiple: 0.3 };
  const [first, second] = await t.ctx.db
    .insert(decisionAwardees)
    .values([
      { ...awardee, position: 0, personId: an, name: 'Nguyễn Văn An', amount: 710_000 },
      { ...awardee, position: 1, unitId: h.communeB.id, name: 'Xã Đun Nhì', cashMultiple: 0.6, amount: 1_410_000 },
    ])
    .returning({ id: decisionAwardees.id });
  const payout = (amount: number, description: string, entryOn = '2025-02-10', year = 2025, awardeeId: string | null = null) => ({
    unitId: h.district.id,
    year,
    kind: 'payout',
    entryOn,
    amount,
    description,
    decisionId,
    awardeeId,
  });
  // Written in one statement, as an issue writes them: they share their instant and follow the list.
  await t.ctx.db.insert(fundEntries).values([
    payout(1_410_000, 'Giấy khen – Xã Đun Nhì', undefined, undefined, second!.id),
    payout(710_000, 'Giấy khen – Nguyễn Văn An', undefined, undefined, first!.id),
    // A payout of 2024, before the year shown: it lowers the opening balance.
    payout(300_000, 'Chi khác năm 2024', '2024-11-02', 2024),
  ]);
});
afterAll(() => t.close());

describe('the fund of a unit', () => {
  it('records income (fund:write), with an audit entry', async () => {
    const res = await income(officer, '2024-03-01', 5_000_000, 'Trích lập quỹ năm 2024');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'income', entryOn: '2024-03-01', amount: 5_000_000, description: 'Trích lập quỹ năm 2024', decisionId: null, decisionNumber: null });
    expect((await income(officer, '2025-01-15', 20_000_000, 'Trích lập quỹ năm 2025')).statusCode).toBe(201);
    expect(await countRows(t.ctx.db, 'audit_log', `action = 'fund.income'`)).toBe(2);
  });

  it('refuses a future date, a zero amount, a role without fund:write (403) and another district (404), writing nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const future = await income(officer, '2025-07-01', 1_000);
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toHaveProperty('entryOn');
    expect((await income(officer, '2025-01-01', 0)).statusCode).toBe(400);
    expect((await income(reporter, '2025-01-01', 1_000)).statusCode).toBe(403);
    expect((await income(otherOfficer, '2025-01-01', 1_000)).statusCode).toBe(404);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('opens the year with every earlier year’s income less payouts, and groups the payouts by decision', async () => {
    const res = await viewer.get(`/api/fund?unitId=${h.district.id}&year=2025`);
    expect(res.statusCode, res.body).toBe(200);
    const fund = res.json() as z.infer<typeof FundSchema>;
    expect(fund).toMatchObject({ unitId: h.district.id, year: 2025, openingBalance: 5_000_000 - 300_000, income: 20_000_000, payouts: 2_120_000, balance: 4_700_000 + 20_000_000 - 2_120_000 });
    expect(fund.entries.map((e) => [e.entryOn, e.kind, e.amount])).toEqual([
      ['2025-01-15', 'income', 20_000_000],
      ['2025-02-10', 'payout', 710_000],
      ['2025-02-10', 'payout', 1_410_000],
    ]);
    expect(fund.entries[1]!.decisionNumber).toBe('05/QĐ-UBND');
    expect(fund.byDecision).toEqual([{ decisionId, numberText: '05/QĐ-UBND', issuedOn: '2025-02-10', awardees: 2, amount: 2_120_000 }]);
    const earlier = (await viewer.get(`/api/fund?unitId=${h.district.id}&year=2024`)).json();
    expect(earlier).toMatchObject({ openingBalance: 0, income: 5_000_000, payouts: 300_000, balance: 4_700_000, byDecision: [expect.objectContaining({ amount: 300_000 })] });
    expect((await otherOfficer.get(`/api/fund?unitId=${h.district.id}&year=2025`)).statusCode).toBe(404);
  });

  it('exports the ledger with its running balance and the payouts by decision as a readable XLSX', async () => {
    const res = await viewer.get(`/api/fund.xlsx?unitId=${h.district.id}&year=2025`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]).toEqual(['Quỹ thi đua, khen thưởng – Huyện Tủa Chùa – năm 2025']);
    expect(rows[1]).toEqual(['Số dư đầu năm: 4.700.000 đồng']);
    expect(rows[2]).toEqual(['STT', 'Ngày', 'Nội dung', 'Quyết định', 'Thu (đồng)', 'Chi (đồng)', 'Số dư (đồng)']);
    expect(rows[3]).toEqual(['1', '15/01/2025', 'Trích lập quỹ năm 2025', '', '20000000', '', '24700000']);
    expect(rows[4]).toEqual(['2', '10/02/2025', 'Giấy khen – Nguyễn Văn An', '05/QĐ-UBND', '', '710000', '23990000']);
    expect(rows[6]).toEqual(['', '', 'Cộng', '', '20000000', '2120000', '22580000']);
    expect((await otherOfficer.get(`/api/fund.xlsx?unitId=${h.district.id}&year=2025`)).statusCode).toBe(404);
  });
});
