/**
 * Quyết định khen thưởng end to end on 20/01/2025 (NĐ 98/2023 in force, base salary 2,340,000 đ):
 * drafted from the approved nominations of the district, issued through its register together
 * with the award history, the nominations' last step and the fund's payouts; past decisions
 * entered in one step; the Giấy khen of the awardees.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import type { z } from 'zod';
import type { EligibilityResult } from '../../../contract/awards.js';
import type { CertificateLayoutListSchema, Decision, DecisionPageSchema, FundSchema } from '../../../contract/decisions.js';
import type { Document } from '../../../contract/documents.js';
import type { Role } from '../../../contract/roles.js';
import { foldForSearch, vietnameseSortKey } from '../../../core/text.js';
import { councilSessions, councils, nominations } from '../../db/schema.js';
import { readDocxText } from '../../render/docx-text.js';
import { findLibreOffice } from '../../render/pdf.js';
import { createPeople } from '../people/people.service.js';

type DecisionPage = z.infer<typeof DecisionPageSchema>;
type Fund = z.infer<typeof FundSchema>;

const NOW = '2025-01-20T03:00:00Z';
const hasLibreOffice = (await findLibreOffice()) !== null;
const TODAY = '2025-01-20';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let office: { id: string };
let officer: Client; // district officer: drafts and issues
let reporter: Client; // district reporter: no decision:write
let viewer: Client; // district viewer
let otherOfficer: Client; // officer of the sibling district
let an: string; // Xã Mường Báng
let binh: string; // Xã Đun Nhì
let chi: string; // Xã Mường Báng
let outsider: string; // Xã Bên Cạnh (sibling district)
let sessionId: string;

const signer = { name: 'Lò Văn Minh', title: 'PHÓ CHỦ TỊCH', authority: 'KT.', onBehalfOf: 'ỦY BAN NHÂN DÂN' };

/** An approved (by default) nomination reviewed by the district, inserted directly. */
async function nomination(o: { personId?: string; unitId?: string; name: string; position?: string | null; unitName?: string | null; awardCode: string; status?: string; year?: number; reviewingUnitId?: string; proposingUnitId?: string }) {
  const [row] = await t.ctx.db
    .insert(nominations)
    .values({
      proposingUnitId: o.proposingUnitId ?? h.communeA.id,
      reviewingUnitId: o.reviewingUnitId ?? h.district.id,
      year: o.year ?? 2024,
      awardCode: o.awardCode,
      personId: o.personId ?? null,
      unitId: o.unitId ?? null,
      nomineeName: o.name,
      nomineePosition: o.position ?? null,
      nomineeUnitName: o.unitName ?? null,
      proposedOn: '2024-12-10',
      status: o.status ?? 'approved',
      searchText: foldForSearch(o.name),
      sortKey: vietnameseSortKey(o.name),
    })
    .returning({ id: nominations.id });
  return row!.id;
}

async function statusOf(ids: string[]) {
  const rows = await t.ctx.db.select({ id: nominations.id, status: nominations.status }).from(nominations).where(inArray(nominations.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)!.status);
}

async function lastNumber(year: number): Promise<number | null> {
  const res = (await t.ctx.db.execute(sql`select last_number from number_registers where issuer_unit_id = ${h.district.id} and year = ${year}`)) as unknown as {
    rows: { last_number: number }[];
  };
  return res.rows[0]?.last_number ?? null;
}

async function draft(nominationIds: string[], over: Record<string, unknown> = {}): Promise<Decision> {
  const res = await officer.post('/api/decisions', { unitId: h.district.id, nominationIds, draftingUnitId: office.id, signer, ...over });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const issue = (d: { id: string; version: number; documentVersion: number | null }, over: Record<string, unknown> = {}, client = officer) =>
  client.post(`/api/decisions/${d.id}/issue`, { version: d.version, documentVersion: d.documentVersion, ...over });

const documentOf = async (id: string | null) => (await officer.get(`/api/documents/${id}`)).json() as Document;
const pageOf = async (c: Client, url: string) => (await c.get(url)).json() as DecisionPage;
const fundOf = async (year: number) => (await officer.get(`/api/fund?unitId=${h.district.id}&year=${year}`)).json() as Fund;

beforeAll(async () => {
  t = await createTestApp();
  t.ctx.now = () => new Date(NOW);
  h = await makeHierarchy(t.ctx);
  office = await makeUnit(t.ctx, { name: 'Phòng Nội vụ', kind: 'office', parentId: h.district.id, code: 'PNV' });
  const sign = async (unitId: string, roles: Role[]) => new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles })).username, TEST_PASSWORD);
  officer = await sign(h.district.id, ['officer']);
  reporter = await sign(h.district.id, ['reporter']);
  viewer = await sign(h.district.id, ['viewer']);
  otherOfficer = await sign(h.otherDistrict.id, ['officer']);
  [an, binh, chi, outsider] = (await createPeople(t.ctx, null, [
    { fullName: 'Nguyễn Văn An', unitId: h.communeA.id, position: 'Chuyên viên', illustrative: false },
    { fullName: 'Lò Thị Bình', unitId: h.communeB.id, illustrative: false },
    { fullName: 'Hoàng Văn Chí', unitId: h.communeA.id, illustrative: false },
    { fullName: 'Vàng A Dơ', unitId: h.otherCommune.id, illustrative: false },
  ])) as [string, string, string, string];
  const [council] = await t.ctx.db.insert(councils).values({ unitId: h.district.id, name: 'Hội đồng Thi đua – Khen thưởng huyện Tủa Chùa' }).returning({ id: councils.id });
  const [session] = await t.ctx.db
    .insert(councilSessions)
    .values({ councilId: council!.id, title: 'Phiên xét khen thưởng năm 2024', heldOn: '2025-01-10', status: 'closed' })
    .returning({ id: councilSessions.id });
  sessionId = session!.id;
});
afterAll(() => t.close());

describe('drafting a decision from approved nominations', () => {
  let decision: Decision;
  let ids: string[];

  beforeAll(async () => {
    ids = [
      await nomination({ personId: an, name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: 'Xã Mường Báng', awardCode: 'GIAY_KHEN' }),
      await nomination({ unitId: h.communeB.id, name: 'Xã Đun Nhì', awardCode: 'GIAY_KHEN', proposingUnitId: h.communeB.id }),
      await nomination({ personId: chi, name: 'Hoàng Văn Chí', unitName: 'Xã Mường Báng', awardCode: 'LDTT' }),
    ];
    decision = await draft(ids, { sessionId });
  });

  it('lists the awardees with cash on today’s base salary: 0.3 × 2,340,000 → 710,000 đ; a collective’s Giấy khen 1,410,000 đ', () => {
    expect(decision).toMatchObject({ unitId: h.district.id, status: 'draft', numberText: null, year: 2024, baseSalary: 2_340_000, awardeeCount: 3, totalAmount: 2_830_000, canIssue: true });
    expect(decision.awardees.map((a) => [a.name, a.awardCode, a.cashMultiple, a.amount])).toEqual([
      // Titles before forms (the catalogue's order), collectives before individuals.
      ['Hoàng Văn Chí', 'LDTT', 0.3, 710_000],
      ['Xã Đun Nhì', 'GIAY_KHEN', 0.6, 1_410_000],
      ['Nguyễn Văn An', 'GIAY_KHEN', 0.3, 710_000],
    ]);
  });

  it('drafts the "Quyết định" in the register of the district: căn cứ, Điều 1 naming each awardee and the cash, Điều 2 and Điều 3', async () => {
    const doc = await documentOf(decision.documentId);
    expect(doc).toMatchObject({ docType: 'Quyết định', status: 'draft', ownerUnitId: h.district.id, symbol: 'QĐ-UBND', place: 'Tủa Chùa', number: null, signer });
    expect(doc.subject).toBe('Về việc khen thưởng năm 2024: tặng danh hiệu “Lao động tiên tiến” và Giấy khen');
    expect(decision.subject).toBe(doc.subject);
    expect(doc.references.map((r) => r.number)).toEqual(['06/2022/QH15', '98/2023/NĐ-CP']);
    const text = doc.body.flatMap((s) => [s.heading ?? '', ...s.paragraphs]).join('\n');
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15/06/2022;');
    expect(text).toContain('Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ');
    expect(text).toContain('Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng huyện Tủa Chùa ngày 10/01/2025;');
    expect(text).toContain('Theo đề nghị của Trưởng phòng Nội vụ.');
    expect(text).toContain('QUYẾT ĐỊNH:');
    expect(text).toContain('- Hoàng Văn Chí, Xã Mường Báng, kèm theo tiền thưởng 710.000 đồng.');
    expect(text).toContain('- Xã Đun Nhì, kèm theo tiền thưởng 1.410.000 đồng;');
    expect(text).toContain('- Nguyễn Văn An, Chuyên viên, Xã Mường Báng, kèm theo tiền thưởng 710.000 đồng.');
    expect(text).toContain('Điều 2. Tổng số tiền thưởng kèm theo tại Điều 1 là 2.830.000 đồng');
    expect(text).toMatch(/Điều 3\. .*Chánh Văn phòng Ủy ban nhân dân huyện Tủa Chùa, Trưởng phòng Nội vụ,.*các tập thể, cá nhân có tên tại Điều 1/);
    expect(doc.distribution).toEqual(['Như Điều 3', 'Lưu: VT, PNV']);
    // Sent, once issued, to the communes that proposed the awardees.
    expect(doc.recipients.map((r) => r.unitId).sort()).toEqual([h.communeA.id, h.communeB.id].sort());
    expect(await countRows(t.ctx.db, 'audit_log', `action = 'decision.create' and entity_id = '${decision.id}'`)).toBe(1);
  });

  it('is listed for the district and read by its viewer, but not seen by the sibling district', async () => {
    const list = await pageOf(viewer, `/api/decisions?unitId=${h.district.id}&status=draft`);
    expect(list.items.map((d) => d.id)).toContain(decision.id);
    expect((await viewer.get(`/api/decisions/${decision.id}`)).json()).toMatchObject({ id: decision.id, canIssue: false });
    expect((await otherOfficer.get(`/api/decisions/${decision.id}`)).statusCode).toBe(404);
    expect((await pageOf(otherOfficer, '/api/decisions')).items.map((d) => d.id)).not.toContain(decision.id);
    expect((await otherOfficer.get(`/api/decisions?unitId=${h.district.id}`)).statusCode).toBe(404);
  });

  it('keeps the plain issue route off the linked draft (409), while the draft stays editable', async () => {
    const doc = await documentOf(decision.documentId);
    const refused = await officer.post(`/api/documents/${doc.id}/issue`, { version: doc.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('Quyết định khen thưởng ban hành tại mục Khen thưởng › Quyết định');
    const edited = await officer.patch(`/api/documents/${doc.id}`, { version: doc.version, subject: `${doc.subject} (dự thảo 2)` });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().version).toBe(doc.version + 1);
  });

  it('refuses a nomination not approved, one of another reviewing unit, or one already on a decision — naming the nominee, writing nothing', async () => {
    const voted = await nomination({ personId: chi, name: 'Hoàng Văn Chí', awardCode: 'CSTD_TINH', status: 'voted' });
    const elsewhere = await nomination({ personId: chi, name: 'Hoàng Văn Chí', awardCode: 'LDTT', reviewingUnitId: h.communeA.id });
    const before = await snapshotDatabase(t.ctx.db);
    const notApproved = await officer.post('/api/decisions', { unitId: h.district.id, nominationIds: [voted] });
    expect(notApproved.statusCode).toBe(400);
    expect(notApproved.json().error.message).toBe('Đề nghị của Hoàng Văn Chí đang ở trạng thái "Đã bỏ phiếu": chỉ đưa vào quyết định các đề nghị đã được duyệt');
    expect(notApproved.json().error.fields).toHaveProperty('nominationIds.0');
    const otherUnit = await officer.post('/api/decisions', { unitId: h.district.id, nominationIds: [elsewhere] });
    expect(otherUnit.statusCode).toBe(400);
    const twice = await officer.post('/api/decisions', { unitId: h.district.id, nominationIds: [ids[1]] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.message).toBe('Xã Đun Nhì đã có trong một quyết định khác');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('needs decision:write on the unit (403) and a unit in scope (404)', async () => {
    const id = await nomination({ personId: chi, name: 'Hoàng Văn Chí', awardCode: 'CSTDCS' });
    expect((await reporter.post('/api/decisions', { unitId: h.district.id, nominationIds: [id] })).statusCode).toBe(403);
    expect((await otherOfficer.post('/api/decisions', { unitId: h.district.id, nominationIds: [id] })).statusCode).toBe(404);
    expect((await officer.post('/api/decisions', { unitId: h.district.id, nominationIds: [id], sessionId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(400);
  });
});

describe('issuing a decision', () => {
  let decision: Decision;
  let ids: string[];
  let issued: Decision;

  beforeAll(async () => {
    // Lò Thị Bình is rated HTXSNV for 2024 but has no LĐTT yet.
    const rating = await officer.post('/api/award-history/ratings', { personId: binh, year: 2024, rating: 'HTXSNV' });
    expect(rating.statusCode, rating.body).toBe(201);
    ids = [
      await nomination({ personId: binh, name: 'Lò Thị Bình', unitName: 'Xã Đun Nhì', awardCode: 'LDTT', proposingUnitId: h.communeB.id, year: 2024 }),
      await nomination({ unitId: h.communeA.id, name: 'Xã Mường Báng', awardCode: 'TTLDTT', year: 2024 }),
    ];
    decision = await draft(ids);
    for (const [entryOn, amount, description] of [
      ['2024-12-01', 1_000_000, 'Kết dư năm 2024'],
      ['2025-01-05', 10_000_000, 'Trích lập quỹ năm 2025'],
    ] as const) {
      const res = await officer.post('/api/fund/income', { unitId: h.district.id, entryOn, amount, description });
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  const ldttReason = async () => {
    const res = await officer.post(`/api/people/${binh}/eligibility`, { award: 'CSTDCS', asOf: '2025-01-20' });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as EligibilityResult).reasons.find((r) => r.code === 'ldtt_title')!;
  };

  it('numbers it from the register, writes the award history, decides the nominations and pays from the fund — in one go', async () => {
    // Điều 23 Luật Thi đua, khen thưởng 2022: CSTĐCS needs the LĐTT of the year, not there before the decision.
    expect((await ldttReason()).met).toBe(false);
    const before = (await lastNumber(2025)) ?? 0;
    const res = await issue(decision);
    expect(res.statusCode, res.body).toBe(200);
    issued = res.json();
    const number = `${String(before + 1).padStart(2, '0')}/QĐ-UBND`;
    expect(issued).toMatchObject({ status: 'issued', numberText: number, issuedOn: TODAY, issuer: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA', canIssue: false, version: decision.version + 1 });
    expect(await lastNumber(2025)).toBe(before + 1);
    const doc = await documentOf(decision.documentId);
    expect(doc).toMatchObject({ status: 'issued', fullNumber: number, issuedOn: TODAY });

    const history = (await officer.get(`/api/people/${binh}/award-history`)).json();
    expect(history.awards).toEqual([expect.objectContaining({ awardCode: 'LDTT', year: 2024, decisionNumber: number, decisionDate: TODAY, issuer: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA' })]);
    const unitHistory = (await officer.get(`/api/units/${h.communeA.id}/award-history`)).json();
    expect(unitHistory.awards).toEqual([expect.objectContaining({ awardCode: 'TTLDTT', decisionNumber: number })]);
    expect(issued.awardees.every((a) => a.amount !== null)).toBe(true);
    expect(await statusOf(ids)).toEqual(['decided', 'decided']);
    expect(await countRows(t.ctx.db, 'nomination_events', `action = 'decide' and note = 'Quyết định số ${number} ngày 20/01/2025'`)).toBe(2);

    // Later eligibility reads the title from the history.
    expect((await ldttReason()).met).toBe(true);

    const fund = await fundOf(2025);
    expect(fund).toMatchObject({ openingBalance: 1_000_000, income: 10_000_000, payouts: 710_000 + 1_880_000, balance: 1_000_000 + 10_000_000 - 2_590_000 });
    expect(fund.byDecision).toEqual([{ decisionId: decision.id, numberText: number, issuedOn: TODAY, awardees: 2, amount: 2_590_000 }]);
    expect(fund.entries.filter((e) => e.kind === 'payout').map((e) => [e.description, e.amount, e.decisionNumber])).toEqual([
      ['Lao động tiên tiến – Lò Thị Bình', 710_000, number],
      ['Tập thể lao động tiên tiến – Xã Mường Báng', 1_880_000, number],
    ]);
    expect(await countRows(t.ctx.db, 'audit_log', `action = 'decision.issue' and entity_id = '${decision.id}'`)).toBe(1);
  });

  it('refuses to issue it twice (409) and to delete it', async () => {
    const again = await issue(issued, { documentVersion: decision.documentVersion! + 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/^Quyết định số \d+\/QĐ-UBND đã ban hành ngày 20\/01\/2025$/);
    expect((await officer.delete(`/api/decisions/${decision.id}`)).statusCode).toBe(409);
  });

  it('answers 404 to the sibling district for the decision, its issue, its certificates and the fund', async () => {
    expect((await otherOfficer.post(`/api/decisions/${decision.id}/issue`, { version: 1, documentVersion: 1 })).statusCode).toBe(404);
    expect((await otherOfficer.get(`/api/decisions/${decision.id}/certificates.docx`)).statusCode).toBe(404);
    expect((await otherOfficer.get(`/api/fund?unitId=${h.district.id}&year=2025`)).statusCode).toBe(404);
    expect((await otherOfficer.delete(`/api/decisions/${decision.id}`)).statusCode).toBe(404);
  });

  it('gives the number back when an awardee already holds the award for the year (409 naming them)', async () => {
    const id = await nomination({ personId: chi, name: 'Hoàng Văn Chí', awardCode: 'GIAY_KHEN' });
    const d = await draft([id]);
    const record = await officer.post('/api/award-history/awards', { personId: chi, awardCode: 'GIAY_KHEN', year: 2024, decisionNumber: '99/QĐ-UBND', decisionDate: '2025-01-02', issuer: 'Chủ tịch UBND huyện' });
    expect(record.statusCode, record.body).toBe(201);
    const before = await lastNumber(2025);
    const res = await issue(d);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/^Hoàng Văn Chí đã có "Giấy khen" năm 2024 trong lịch sử khen thưởng/);
    expect(await lastNumber(2025)).toBe(before);
    expect(await statusOf([id])).toEqual(['approved']);
    expect((await officer.get(`/api/decisions/${d.id}`)).json()).toMatchObject({ status: 'draft', version: d.version });
    expect(await countRows(t.ctx.db, 'fund_entries', `decision_id = '${d.id}'`)).toBe(0);
  });

  it('needs document:issue (403) and the current versions (409)', async () => {
    const id = await nomination({ personId: an, name: 'Nguyễn Văn An', awardCode: 'CSTDCS' });
    const d = await draft([id]);
    expect((await issue(d, {}, reporter)).statusCode).toBe(403);
    expect((await issue({ ...d, version: d.version + 1 })).statusCode).toBe(409);
    expect((await issue({ ...d, documentVersion: d.documentVersion! + 1 })).statusCode).toBe(409);
    expect(await statusOf([id])).toEqual(['approved']);
  });
});

describe('the base salary of the day of issue', () => {
  it('recomputes the cash and the text of Điều 1–2 when the officer left them as drafted', async () => {
    const id = await nomination({ personId: an, name: 'Nguyễn Văn An', position: 'Chuyên viên', unitName: 'Xã Mường Báng', awardCode: 'LDTT', year: 2023 });
    const d = await draft([id]);
    expect(d.awardees[0]!.amount).toBe(710_000);
    // 05/03/2024: 1,800,000 đ (NĐ 24/2023) → 0.3 × 1,800,000 = 540,000 đ.
    const res = await issue(d, { issuedOn: '2024-03-05' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ baseSalary: 1_800_000, totalAmount: 540_000, issuedOn: '2024-03-05', numberText: '01/QĐ-UBND' });
    const text = (await documentOf(d.documentId)).body.flatMap((s) => s.paragraphs).join('\n');
    expect(text).toContain('Nguyễn Văn An, Chuyên viên, Xã Mường Báng, kèm theo tiền thưởng 540.000 đồng.');
    expect(text).toContain('(tính theo mức lương cơ sở 1.800.000 đồng/tháng)');
    expect(text).not.toContain('710.000');
    const fund = await fundOf(2024);
    expect(fund.entries.filter((e) => e.kind === 'payout').map((e) => e.amount)).toEqual([540_000]);
  });

  it('refuses (409) when those articles were edited, and the draft can then be deleted with its document', async () => {
    const id = await nomination({ personId: binh, name: 'Lò Thị Bình', awardCode: 'LDTT', year: 2023, proposingUnitId: h.communeB.id });
    const d = await draft([id]);
    const doc = await documentOf(d.documentId);
    const body = doc.body.map((s) => (s.heading === 'QUYẾT ĐỊNH:' ? { ...s, paragraphs: s.paragraphs.map((p: string) => p.replace('Lò Thị Bình', 'Bà Lò Thị Bình')) } : s));
    const edited = await officer.patch(`/api/documents/${doc.id}`, { version: doc.version, body });
    expect(edited.statusCode, edited.body).toBe(200);
    const res = await issue({ ...d, documentVersion: edited.json().version }, { issuedOn: '2024-03-06' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/Điều 1, Điều 2 của dự thảo đã được sửa/);

    expect((await officer.delete(`/api/decisions/${d.id}?version=${d.version + 1}`)).statusCode).toBe(409);
    const del = await officer.delete(`/api/decisions/${d.id}?version=${d.version}`);
    expect(del.statusCode, del.body).toBe(200);
    expect((await officer.get(`/api/decisions/${d.id}`)).statusCode).toBe(404);
    expect((await officer.get(`/api/documents/${d.documentId}`)).statusCode).toBe(404);
    // The nomination is free for a new draft.
    expect((await draft([id])).awardees).toHaveLength(1);
  });
});

describe('entering a past decision', () => {
  const body = () => ({
    unitId: h.district.id,
    numberText: '1234/QĐ-UBND',
    issuedOn: '2023-12-20',
    issuer: 'Chủ tịch UBND huyện Tủa Chùa',
    year: 2022,
    awardees: [
      { personId: an, awardCode: 'LDTT', achievement: 'Hoàn thành tốt nhiệm vụ năm 2022' },
      { unitId: h.communeB.id, awardCode: 'TTLDTT' },
    ],
  });

  it('records the decision, its awardees and their history in one step, with no document and no fund entry', async () => {
    const docs = await countRows(t.ctx.db, 'documents');
    const fund = await countRows(t.ctx.db, 'fund_entries');
    const res = await officer.post('/api/decisions/past', body());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'recorded', numberText: '1234/QĐ-UBND', issuedOn: '2023-12-20', documentId: null, year: 2022, awardeeCount: 2, totalAmount: 0 });
    expect((res.json() as Decision).awardees.map((a) => [a.name, a.nomineePosition, a.unitName, a.awardCode])).toEqual([
      ['Nguyễn Văn An', 'Chuyên viên', 'Xã Mường Báng', 'LDTT'],
      ['Xã Đun Nhì', null, null, 'TTLDTT'],
    ]);
    const history = (await officer.get(`/api/people/${an}/award-history`)).json();
    expect(history.awards).toContainEqual(expect.objectContaining({ awardCode: 'LDTT', year: 2022, decisionNumber: '1234/QĐ-UBND', decisionDate: '2023-12-20', issuer: 'Chủ tịch UBND huyện Tủa Chùa' }));
    expect(await countRows(t.ctx.db, 'documents')).toBe(docs);
    expect(await countRows(t.ctx.db, 'fund_entries')).toBe(fund);
  });

  it('refuses the same award twice (409 naming the awardee) and a nominee outside the unit (400), writing nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const twice = await officer.post('/api/decisions/past', { ...body(), numberText: '1235/QĐ-UBND' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('Nguyễn Văn An đã có "Lao động tiên tiến" năm 2022 trong lịch sử khen thưởng');
    const outside = await officer.post('/api/decisions/past', { ...body(), year: 2021, awardees: [{ personId: outsider, awardCode: 'LDTT' }] });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields).toHaveProperty('awardees.0.personId');
    const wrongKind = await officer.post('/api/decisions/past', { ...body(), year: 2021, awardees: [{ unitId: h.communeA.id, awardCode: 'LDTT' }] });
    expect(wrongKind.statusCode).toBe(400);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect((await reporter.post('/api/decisions/past', { ...body(), year: 2020 })).statusCode).toBe(403);
  });
});

describe('certificates (Giấy khen)', () => {
  let issued: Decision;

  beforeAll(async () => {
    const id = await nomination({ personId: chi, name: 'Hoàng Văn Chí', position: 'Công chức Tư pháp', unitName: 'Xã Mường Báng', awardCode: 'GIAY_KHEN', year: 2025 });
    const d = await draft([id]);
    const res = await issue(d);
    expect(res.statusCode, res.body).toBe(200);
    issued = res.json();
  });

  it('prints one landscape page per awardee naming the awardee and the decision', async () => {
    const res = await viewer.get(`/api/decisions/${issued.id}/certificates.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('Gi');
    const text = await readDocxText(res.rawPayload);
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA');
    expect(text).toContain('GIẤY KHEN');
    expect(text).toContain('Hoàng Văn Chí');
    expect(text).toContain('Công chức Tư pháp, Xã Mường Báng');
    expect(text).toContain('Đã có thành tích hoàn thành xuất sắc nhiệm vụ năm 2025');
    expect(text).toContain(`Quyết định số ${issued.numberText} ngày 20/01/2025`);
    expect(text).toContain('Tủa Chùa, ngày 20 tháng 01 năm 2025');
    expect(text).toContain('KT. CHỦ TỊCH');
    expect(text).toContain('Lò Văn Minh');
  });

  it('prints one awardee alone, and a recorded decision too; a draft has none (409)', async () => {
    const one = await officer.get(`/api/decisions/${issued.id}/certificates.docx?awardeeId=${issued.awardees[0]!.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.headers['content-disposition']).toContain(encodeURIComponent('Hoàng Văn Chí'));
    const missing = await officer.get(`/api/decisions/${issued.id}/certificates.docx?awardeeId=00000000-0000-4000-8000-000000000000`);
    expect(missing.statusCode).toBe(404);
    const recorded = (await officer.get(`/api/decisions?unitId=${h.district.id}&status=recorded`)).json().items[0];
    const paper = await officer.get(`/api/decisions/${recorded.id}/certificates.docx`);
    expect(paper.statusCode).toBe(200);
    const text = await readDocxText(paper.rawPayload);
    expect(text).toContain('CHỦ TỊCH UBND HUYỆN TỦA CHÙA');
    expect(text).toContain('Quyết định số 1234/QĐ-UBND ngày 20/12/2023');
    expect(text).toContain('Đã có thành tích hoàn thành tốt nhiệm vụ năm 2022');
    const draftId = (await officer.get(`/api/decisions?unitId=${h.district.id}&status=draft`)).json().items[0].id;
    expect((await officer.get(`/api/decisions/${draftId}/certificates.docx`)).statusCode).toBe(409);
  });

  it('keeps calibrated blanks per unit: each field once and on the page, versions checked', async () => {
    const fields = [
      { field: 'name', xMm: 62, yMm: 96, widthMm: 170, fontSize: 24, bold: true, align: 'left' },
      { field: 'decision', xMm: 20, yMm: 172, widthMm: 110, fontSize: 12 },
    ];
    const created = await officer.post('/api/certificate-layouts', { unitId: h.district.id, name: 'Phôi Giấy khen huyện', fields });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ pageWidthMm: 297, pageHeightMm: 210, version: 1 });
    expect(created.json().fields[1]).toMatchObject({ bold: false, align: 'center' });
    const twice = await officer.post('/api/certificate-layouts', { unitId: h.district.id, name: 'Trùng', fields: [fields[0], fields[0]] });
    expect(twice.statusCode).toBe(400);
    const off = await officer.post('/api/certificate-layouts', { unitId: h.district.id, name: 'Lệch', fields: [{ ...fields[0], xMm: 200 }] });
    expect(off.statusCode).toBe(400);
    expect(off.json().error.fields).toHaveProperty('fields.0.widthMm');
    expect((await reporter.post('/api/certificate-layouts', { unitId: h.district.id, name: 'X', fields })).statusCode).toBe(403);
    const id = created.json().id;
    const moved = await officer.patch(`/api/certificate-layouts/${id}`, { version: 1, fields: [{ ...fields[0], yMm: 98 }] });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ version: 2, fields: [expect.objectContaining({ yMm: 98 })] });
    expect((await officer.patch(`/api/certificate-layouts/${id}`, { version: 1, name: 'Cũ' })).statusCode).toBe(409);
    expect(((await viewer.get(`/api/certificate-layouts?unitId=${h.district.id}`)).json() as z.infer<typeof CertificateLayoutListSchema>).items.map((l) => l.id)).toEqual([id]);
    expect((await otherOfficer.get(`/api/certificate-layouts/${id}`)).statusCode).toBe(404);
    expect((await otherOfficer.get(`/api/decisions/${issued.id}/certificates.pdf?layoutId=${id}`)).statusCode).toBe(404);
  });

  it.runIf(hasLibreOffice)('prints the PDF onto the blank and on plain paper', async () => {
    const layout = (await officer.get(`/api/certificate-layouts?unitId=${h.district.id}`)).json().items[0];
    const res = await officer.get(`/api/decisions/${issued.id}/certificates.pdf?layoutId=${layout.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const plain = await officer.get(`/api/decisions/${issued.id}/certificates.pdf`);
    expect(plain.statusCode).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(res.rawPayload.length);
    const del = await officer.delete(`/api/certificate-layouts/${layout.id}?version=${layout.version}`);
    expect(del.statusCode).toBe(200);
  }, 120_000);

  it.runIf(!hasLibreOffice)('answers 409 for a PDF when LibreOffice is not installed', async () => {
    const res = await officer.get(`/api/decisions/${issued.id}/certificates.pdf`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/LibreOffice/);
  });
});

describe('payouts', () => {
  it('come only from issued decisions, never from those entered from paper', async () => {
    const recorded = (await officer.get(`/api/decisions?unitId=${h.district.id}&status=recorded`)).json().items[0];
    expect(await countRows(t.ctx.db, 'fund_entries', `decision_id = '${recorded.id}'`)).toBe(0);
    const row = await t.ctx.db.select().from(nominations).where(eq(nominations.status, 'decided'));
    expect(row.length).toBeGreaterThanOrEqual(3);
  });
});
