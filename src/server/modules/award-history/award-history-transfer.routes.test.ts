import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import { buildCsv, readCsv } from '../../render/csv.js';
import { buildXlsx, readXlsx } from '../../render/xlsx.js';
import { createPeople } from '../people/people.service.js';
import { createAwardRecord, createRating } from './award-history.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['Loại', 'Mã cá nhân', 'Mã đơn vị', 'Họ tên', 'Năm', 'Xếp loại', 'Mã khen thưởng', 'Số quyết định', 'Ngày quyết định', 'Cơ quan quyết định', 'Ghi chú'];
const FORMULA = '=HYPERLINK("http://x","bấm")';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client; // district officer
let head: Client; // head of Xã Đun Nhì
let reporter: Client; // reporter of Xã Mường Báng (award:read only)
let otherOfficer: Client; // officer of the sibling district
let an: string; // Xã Mường Báng
let binh: string; // Xã Đun Nhì
let outsider: string; // the sibling district

const xlsxOf = (rows: (string | number)[][]) =>
  buildXlsx([{ name: 'Lịch sử khen thưởng', columns: rows[0]!.map((header) => ({ header: String(header) })), rows: rows.slice(1) }]);
const upload = (client: Client, url: string, bytes: Buffer, contentType = XLSX) =>
  client.request({ method: 'POST', url, payload: bytes, headers: { 'content-type': contentType } });
const counts = async () => ({
  ratings: await countRows(t.ctx.db, 'yearly_ratings'),
  awards: await countRows(t.ctx.db, 'award_records'),
});
const ratingRow = (subject: { person?: string; unit?: string }, year: number, rating: string, note = '') =>
  ['xếp loại', subject.person ?? '', subject.unit ?? '', '', year, rating, '', '', '', '', note];
const awardRow = (subject: { person?: string; unit?: string }, year: number, code: string, decision = '', date = '', issuer = '') =>
  ['khen thưởng', subject.person ?? '', subject.unit ?? '', '', year, '', code, decision, date, issuer, ''];

beforeAll(async () => {
  t = await createTestApp();
  // Year checks depend on today: 2026 is "not yet" for every test.
  t.ctx.now = () => new Date('2025-06-01T03:00:00Z');
  h = await makeHierarchy(t.ctx);
  const sign = async (unitId: string, roles: Parameters<typeof makeUser>[1]['roles'], scopeUnitId?: string) =>
    new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles, ...(scopeUnitId ? { scopeUnitId } : {}) })).username, TEST_PASSWORD);
  officer = await sign(h.communeA.id, ['officer'], h.district.id);
  head = await sign(h.communeB.id, ['unit_head']);
  reporter = await sign(h.communeA.id, ['reporter']);
  otherOfficer = await sign(h.otherDistrict.id, ['officer']);
  [an, binh, outsider] = (await createPeople(t.ctx, null, [
    { fullName: 'Nguyễn Văn An', unitId: h.communeA.id, illustrative: false },
    { fullName: 'Lò Thị Bình', unitId: h.communeB.id, illustrative: false },
    { fullName: 'Người Huyện Khác', unitId: h.otherCommune.id, illustrative: false },
  ])) as [string, string, string];
  await createRating(t.ctx, null, { personId: an, unitId: null, year: 2023, rating: 'HTTNV', note: FORMULA });
  await createAwardRecord(t.ctx, null, { personId: null, unitId: h.communeA.id, awardCode: 'TTLDTT', year: 2023, decisionNumber: '12/QĐ-UBND', decisionDate: '2024-01-15', issuer: 'UBND huyện', note: null });
  await createAwardRecord(t.ctx, null, { personId: outsider, unitId: null, awardCode: 'LDTT', year: 2023, decisionNumber: '77/QĐ-KHAC', decisionDate: null, issuer: null, note: null });
});
afterAll(() => t.close());

describe('GET /api/award-history/export', () => {
  it('exports the ratings and awards of the scope, reads back, and keeps formula-looking text inert', async () => {
    const res = await officer.get('/api/award-history/export?format=xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="lich-su-khen-thuong.xlsx"');
    const table = await readXlsx(res.rawPayload);
    expect(table[0]).toEqual(HEADER);
    // The unit's own records come before its people's.
    expect(table.slice(1)).toEqual([
      ['Khen thưởng', '', h.communeA.code, 'Xã Mường Báng', '2023', '', 'TTLDTT', '12/QĐ-UBND', '15/01/2024', 'UBND huyện'],
      ['Xếp loại', an, '', 'Nguyễn Văn An', '2023', 'HTTNV', '', '', '', '', FORMULA],
    ]);
    expect(res.rawPayload.toString('latin1')).not.toContain('77/QĐ-KHAC');

    const csv = await officer.get('/api/award-history/export?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.toString('utf8')).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(csv.rawPayload.toString('utf8')).not.toContain('77/QĐ-KHAC');
  });

  it('shows a unit head only their unit, and the sibling district only its own', async () => {
    const mine = readCsv((await head.get('/api/award-history/export?format=csv')).rawPayload);
    expect(mine).toEqual([HEADER]);
    const other = readCsv((await otherOfficer.get('/api/award-history/export?format=csv')).rawPayload);
    expect(other.slice(1).map((r) => [r[1], r[6], r[7]])).toEqual([[outsider, 'LDTT', '77/QĐ-KHAC']]);
  });
});

describe('POST /api/award-history/import', () => {
  it('dry-runs without writing, then imports ratings and awards in one go with audit entries', async () => {
    const file = await xlsxOf([
      HEADER,
      ratingRow({ person: an }, 2024, 'HTXSNV', 'Xuất sắc'),
      ratingRow({ person: binh.toUpperCase() }, 2024, 'Hoàn thành tốt nhiệm vụ'.normalize('NFD')),
      ratingRow({ unit: h.communeB.code.toLowerCase() }, 2024, 'hoan thanh nhiem vu'),
      awardRow({ person: an }, 2024, 'CSTDCS', '5/QĐ-UBND', '20/01/2025', 'UBND huyện'),
      awardRow({ unit: h.communeB.code }, 2024, 'Tập thể lao động tiên tiến'),
    ]);
    const before = await counts();
    const auditBefore = await countRows(t.ctx.db, 'audit_log');
    const dry = await upload(officer, '/api/award-history/import?dryRun=true', file);
    expect(dry.json()).toEqual({ created: 5, updated: 0, unchanged: 0, dryRun: true });
    expect(await counts()).toEqual(before);
    expect(await countRows(t.ctx.db, 'audit_log')).toBe(auditBefore);

    const res = await upload(officer, '/api/award-history/import', file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 5, updated: 0, unchanged: 0, dryRun: false });
    expect(await counts()).toEqual({ ratings: before.ratings + 3, awards: before.awards + 2 });
    expect(await countRows(t.ctx.db, 'audit_log', `action = 'rating.create'`)).toBeGreaterThanOrEqual(3);
    expect(await countRows(t.ctx.db, 'audit_log')).toBe(auditBefore + 5);

    const anHistory = (await officer.get(`/api/people/${an}/award-history`)).json();
    expect(anHistory.ratings.map((r: { year: number; rating: string; note: string }) => [r.year, r.rating, r.note])).toEqual([
      [2024, 'HTXSNV', 'Xuất sắc'],
      [2023, 'HTTNV', FORMULA],
    ]);
    expect(anHistory.awards[0]).toMatchObject({ awardCode: 'CSTDCS', year: 2024, decisionNumber: '5/QĐ-UBND', decisionDate: '2025-01-20', issuer: 'UBND huyện' });
    const bHistory = (await officer.get(`/api/units/${h.communeB.id}/award-history`)).json();
    expect(bHistory.ratings).toMatchObject([{ year: 2024, rating: 'HTNV' }]);
    expect(bHistory.awards).toMatchObject([{ awardCode: 'TTLDTT', year: 2024, decisionNumber: null }]);
    expect((await officer.get(`/api/people/${binh}/award-history`)).json().ratings).toMatchObject([{ year: 2024, rating: 'HTTNV' }]);
  });

  it('round-trips its own export as duplicates of what is stored', async () => {
    const exported = (await officer.get('/api/award-history/export?format=csv')).rawPayload;
    const res = await upload(officer, '/api/award-history/import', exported, 'text/csv');
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { row: number; field: string; message: string }[];
    expect(details.length).toBe(7);
    expect(details.find((d) => d.message.includes('12/QĐ-UBND'))?.message).toBe(
      'Mã khen thưởng: Xã Mường Báng đã có "Tập thể lao động tiên tiến" năm 2023, quyết định 12/QĐ-UBND trong dữ liệu',
    );
  });

  it('writes nothing when one row is bad, naming each row and column', async () => {
    const file = await xlsxOf([
      HEADER,
      ratingRow({ person: an }, 2022, 'HTNV'), // 2: fine on its own
      ratingRow({ person: an }, 2021, 'Giỏi'), // 3
      awardRow({ person: an }, 2022, 'LDTT', '', '31/02/2023'), // 4
      ['thưởng nóng', an, '', '', 2022, '', '', '', '', '', ''], // 5
      ratingRow({ person: an, unit: h.communeA.code }, 2020, 'HTNV'), // 6
      ratingRow({}, 2020, 'HTNV'), // 7
      ratingRow({ person: an }, 2026, 'HTNV'), // 8
      ratingRow({ person: an }, 2022, 'HTTNV'), // 9: same as row 2
      ratingRow({ person: an }, 2024, 'HTTNV'), // 10: stored by the import above
      ['xếp loại', an, '', '', 2019, 'HTNV', 'LDTT', '', '', '', ''], // 11
      ratingRow({ unit: 'KHONG-CO' }, 2020, 'HTNV'), // 12
    ]);
    const before = await snapshotDatabase(t.ctx.db);
    const res = await upload(officer, '/api/award-history/import', file);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.message).toBe('Tệp có 10 dòng lỗi, chưa ghi dữ liệu nào');
    expect(error.details.map((d: { row: number; field: string }) => `${d.row}:${d.field}`)).toEqual([
      '3:rating',
      '4:decisionDate',
      '5:kind',
      '6:unitCode',
      '7:personId',
      '8:year',
      '9:year',
      '10:year',
      '11:awardCode',
      '12:unitCode',
    ]);
    const message = (row: number) => error.details.find((d: { row: number }) => d.row === row).message;
    expect(message(3)).toBe('Xếp loại: "Giỏi" không hợp lệ: ghi HTXSNV, HTTNV, HTNV hoặc KHTNV');
    expect(message(4)).toBe('Ngày quyết định: "31/02/2023" không hợp lệ: ghi ngày dạng dd/mm/yyyy, ví dụ 15/01/2025');
    expect(message(8)).toBe('Năm 2026 chưa đến (năm hiện tại là 2025)');
    expect(message(9)).toBe('Năm: Trùng với dòng 2: cùng đối tượng đã có xếp loại năm 2022');
    expect(message(10)).toBe('Năm: Nguyễn Văn An đã có xếp loại năm 2024 (HTXSNV) trong dữ liệu');
    expect(message(12)).toBe('Mã đơn vị: Không có đơn vị mã "KHONG-CO" trong phạm vi của bạn');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses subjects outside the scope as row errors that do not reveal whether they exist', async () => {
    const file = await xlsxOf([
      HEADER,
      awardRow({ person: outsider }, 2022, 'LDTT'),
      awardRow({ person: '00000000-0000-4000-8000-000000000000' }, 2022, 'LDTT'),
      ratingRow({ unit: h.otherCommune.code }, 2022, 'HTNV'),
    ]);
    const before = await snapshotDatabase(t.ctx.db);
    const res = await upload(officer, '/api/award-history/import', file);
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { row: number; field: string; message: string }[];
    expect(details).toEqual([
      { row: 2, field: 'personId', message: `Mã cá nhân: Không có cá nhân mã "${outsider}" trong phạm vi của bạn` },
      { row: 3, field: 'personId', message: 'Mã cá nhân: Không có cá nhân mã "00000000-0000-4000-8000-000000000000" trong phạm vi của bạn' },
      { row: 4, field: 'unitCode', message: `Mã đơn vị: Không có đơn vị mã "${h.otherCommune.code}" trong phạm vi của bạn` },
    ]);
    expect(res.body).not.toContain('Người Huyện Khác');

    // A unit head reaches their own unit's people only; a reporter may not import at all.
    const fromHead = await upload(head, '/api/award-history/import', await xlsxOf([HEADER, ratingRow({ person: an }, 2022, 'HTNV')]));
    expect(fromHead.statusCode).toBe(400);
    expect(fromHead.json().error.details).toMatchObject([{ row: 2, field: 'personId' }]);
    const denied = await upload(reporter, '/api/award-history/import', await xlsxOf([HEADER, ratingRow({ person: an }, 2022, 'HTNV')]));
    expect(denied.statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});

describe('GET /api/award-history/import-template', () => {
  it('gives a template whose example rows import as they are', async () => {
    // The officer sits in Xã Mường Báng, which has no 2024 records yet (Xã Đun Nhì has, from the import above).
    const template = await officer.get('/api/award-history/import-template?format=csv');
    expect(template.headers['content-disposition']).toBe('attachment; filename="mau-nhap-lich-su-khen-thuong.csv"');
    const table = readCsv(template.rawPayload);
    expect(table[0]).toEqual(HEADER);
    expect(table.slice(1).map((r) => [r[0], r[2], r[4], r[5] || r[6]])).toEqual([
      ['xếp loại', h.communeA.code, '2024', 'HTXSNV'],
      ['khen thưởng', h.communeA.code, '2024', 'TTLDTT'],
    ]);
    const res = await upload(officer, '/api/award-history/import?dryRun=true&format=csv', buildCsv(table[0]!, table.slice(1)), 'text/csv');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 2, dryRun: true });
    expect((await reporter.get('/api/award-history/import-template?format=csv')).statusCode).toBe(200);
  });
});
