import ExcelJS from 'exceljs';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { orgUnits } from '../../db/schema.js';
import { buildCsv, readCsv } from '../../render/csv.js';
import { buildXlsx, readXlsx } from '../../render/xlsx.js';
import { exportUnits, importUnits } from './units-transfer.service.js';
import { listParentLinks } from './units.repo.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên'];

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let admin: Client;
let officer: Client;
let otherOfficer: Client;
let reporter: Client;
/** A village under commune A, made in setup (with XA-CU, a closed commune). */
let village: { id: string; code: string };

const xlsxOf = (rows: string[][]) =>
  buildXlsx([{ name: 'Đơn vị', columns: rows[0]!.map((header) => ({ header })), rows: rows.slice(1) }]);
const csvOf = (rows: string[][]) => buildCsv(rows[0]!, rows.slice(1));

function upload(client: Client, url: string, bytes: Buffer, contentType = XLSX) {
  return client.request({ method: 'POST', url, payload: bytes, headers: { 'content-type': contentType } });
}

/** Every unit as stored (versions included): "nothing written" means this does not change. */
async function snapshot() {
  return t.ctx.db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, kind: orgUnits.kind, parentId: orgUnits.parentId, path: orgUnits.path, version: orgUnits.version })
    .from(orgUnits)
    .orderBy(asc(orgUnits.code));
}
async function unitCount() {
  const [row] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(orgUnits);
  return Number(row!.n);
}
async function unitByCode(client: Client, code: string) {
  const res = await client.get(`/api/units?status=all&limit=1000&q=${encodeURIComponent(code)}`);
  return res.json().items.find((u: { code: string }) => u.code === code);
}

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const a = await makeUser(t.ctx, { unitId: h.province.id, roles: ['admin'] });
  const o = await makeUser(t.ctx, { unitId: h.communeA.id, scopeUnitId: h.district.id, roles: ['officer'] });
  const oo = await makeUser(t.ctx, { unitId: h.otherDistrict.id, roles: ['officer'] });
  const r = await makeUser(t.ctx, { unitId: h.communeA.id, roles: ['reporter'] });
  admin = await new Client(t.app).signIn(a.username, TEST_PASSWORD);
  officer = await new Client(t.app).signIn(o.username, TEST_PASSWORD);
  otherOfficer = await new Client(t.app).signIn(oo.username, TEST_PASSWORD);
  reporter = await new Client(t.app).signIn(r.username, TEST_PASSWORD);
  village = await makeUnit(t.ctx, { name: 'Thôn Làng Chua', kind: 'village', parentId: h.communeA.id });
  const old = (await officer.post('/api/units', { code: 'XA-CU', name: 'Xã Cũ', kind: 'commune', parentId: h.district.id })).json();
  await officer.post(`/api/units/${old.id}/close`, { version: old.version, closedOn: '2025-07-01', event: 'dissolve' });
});
afterAll(() => t.close());

describe('GET /api/units/export', () => {
  it('sends the scope as XLSX, parents first, with kind codes, parent codes, status and closing date', async () => {
    const res = await officer.get('/api/units/export?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe('attachment; filename="don-vi.xlsx"');
    const table = await readXlsx(res.rawPayload);
    expect(table[0]).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Tên loại', 'Mã đơn vị cấp trên', 'Trạng thái', 'Ngày giải thể']);
    const rows = table.slice(1);
    expect(rows[0]).toEqual([h.district.code, 'Huyện Tủa Chùa', 'district', 'Huyện', h.province.code, 'Đang hoạt động']);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining([h.communeA.code, h.communeB.code, village.code, 'XA-CU']));
    expect(rows.map((r) => r[0])).not.toContain(h.otherCommune.code);
    // Tree order: every parent inside the file comes before its units.
    const seen = new Set<string>();
    for (const r of rows) {
      if (r !== rows[0]) expect(seen.has(r[4]!)).toBe(true);
      seen.add(r[0]!);
    }
    expect(rows.find((r) => r[0] === 'XA-CU')).toEqual(['XA-CU', 'Xã Cũ', 'commune', 'Xã', h.district.code, 'Đã giải thể, sáp nhập', '01/07/2025']);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đơn vị', 'Loại đơn vị']);
    expect(wb.worksheets[1]!.getRow(4).values).toEqual([undefined, 'commune', 'Xã']);
  });

  it('sends CSV with a BOM', async () => {
    const res = await officer.get('/api/units/export?format=csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="don-vi.csv"');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = readCsv(res.rawPayload);
    expect(table[0]![0]).toBe('Mã đơn vị');
    expect(table[1]![0]).toBe(h.district.code);
  });

  it('shows a reporter only their commune, and refuses a bad format', async () => {
    const table = await readXlsx((await reporter.get('/api/units/export')).rawPayload);
    expect(table.slice(1).map((r) => r[0])).toEqual([h.communeA.code, village.code]);
    const bad = await officer.get('/api/units/export?format=pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Định dạng|format/);
  });

  it('escapes a name that a spreadsheet would run as a formula', async () => {
    const name = '=HYPERLINK("http://evil.example","bấm vào đây")';
    const unit = (await officer.post('/api/units', { code: 'XA-CONG-THUC', name, kind: 'commune', parentId: h.district.id })).json();
    const xlsx = await officer.get('/api/units/export?format=xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    let raw: unknown;
    wb.worksheets[0]!.eachRow((row) => {
      if (row.getCell(1).value === 'XA-CONG-THUC') raw = row.getCell(2).value;
    });
    expect(raw).toBe(`'${name}`);
    const csv = (await officer.get('/api/units/export?format=csv')).rawPayload.toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""bấm vào đây"")"`);
    // The file comes back unchanged: the quote is taken off again on import.
    const again = await upload(officer, '/api/units/import', xlsx.rawPayload);
    expect(again.json()).toMatchObject({ created: 0, updated: 0 });
    expect((await unitByCode(officer, 'XA-CONG-THUC')).name).toBe(name);
    expect(unit.name).toBe(name);
  });
});

describe('GET /api/units/import-template', () => {
  it('gives the header and one example row under the actor’s scope unit', async () => {
    const table = await readXlsx((await officer.get('/api/units/import-template?format=xlsx')).rawPayload);
    expect(table).toEqual([HEADER, ['XA-VI-DU', 'Xã Ví Dụ', 'commune', h.district.code]]);
    const res = await officer.get('/api/units/import-template?format=csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="mau-nhap-don-vi.csv"');
    expect(readCsv(res.rawPayload)[0]).toEqual(HEADER);
  });
});

describe('POST /api/units/import', () => {
  it('round-trips an export: the same file changes nothing', async () => {
    const file = (await admin.get('/api/units/export?format=xlsx')).rawPayload;
    const before = await snapshot();
    const dry = await upload(admin, '/api/units/import?format=xlsx&dryRun=true', file);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({ created: 0, updated: 0, unchanged: before.length, dryRun: true });
    const real = await upload(admin, '/api/units/import?format=xlsx', file);
    expect(real.statusCode).toBe(200);
    expect(real.json()).toEqual({ created: 0, updated: 0, unchanged: before.length, dryRun: false });
    expect(await snapshot()).toEqual(before);
  });

  it('creates, renames and moves, parents first whatever the row order; dryRun only counts', async () => {
    const file = await xlsxOf([
      HEADER,
      ['thon-moi', 'Thôn Mới', 'Thôn', 'XA-MOI-1'],
      ['XA-MOI-1', 'Xã Mới Một', 'Xã', h.district.code],
      [h.communeA.code, 'Xã Mường Báng Mới', 'commune', h.communeB.code],
    ]);
    const before = await snapshot();
    const dry = await upload(officer, '/api/units/import?dryRun=true', file);
    expect(dry.json()).toEqual({ created: 2, updated: 1, unchanged: 0, dryRun: true });
    expect(await snapshot()).toEqual(before);

    const res = await upload(officer, '/api/units/import', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 2, updated: 1, unchanged: 0, dryRun: false });
    const xa = await unitByCode(officer, 'XA-MOI-1');
    expect(xa).toMatchObject({ name: 'Xã Mới Một', kind: 'commune', parentId: h.district.id });
    expect(await unitByCode(officer, 'THON-MOI')).toMatchObject({ kind: 'village', parentId: xa.id, depth: 3 });
    const a = await unitByCode(officer, h.communeA.code);
    expect(a).toMatchObject({ name: 'Xã Mường Báng Mới', parentId: h.communeB.id, depth: 3 });
    // The move went through the unit service: the village moved along, and history records it.
    expect(await unitByCode(officer, village.code)).toMatchObject({ depth: 4 });
    const lineage = (await officer.get(`/api/units/${h.communeA.id}/lineage`)).json();
    expect(lineage.parents.map((p: { parentId: string }) => p.parentId)).toEqual([h.district.id, h.communeB.id]);

    // Put commune A back for the tests below.
    const back = await upload(officer, '/api/units/import', await xlsxOf([HEADER, [h.communeA.code, 'Xã Mường Báng', 'commune', h.district.code]]));
    expect(back.json()).toMatchObject({ updated: 1 });
  });

  it('reports every bad row with its row number and field, and writes nothing', async () => {
    const file = await xlsxOf([
      HEADER,
      ['XA-TOT', 'Xã Tốt', 'commune', h.district.code], // 2: fine on its own
      ['', 'Không mã', 'commune', h.district.code], // 3
      ['XA-KHONG-TEN', '', 'commune', h.district.code], // 4
      ['XA-SAO-HOA', 'Xã Sao Hỏa', 'planet', h.district.code], // 5
      ['xa-tot', 'Trùng mã', 'commune', h.district.code], // 6
      ['XA-MO-COI', 'Xã Mồ Côi', 'commune', 'KHONG-CO'], // 7
      ['XA-BEN-NGOAI', 'Xã Bên Ngoài', 'commune', h.otherDistrict.code], // 8
      [h.otherCommune.code, 'Chiếm mã', 'commune', h.district.code], // 9
      ['XA-GOC', 'Xã Gốc', 'commune', ''], // 10
      ['XA MOI', 'Có dấu cách', 'commune', h.district.code], // 11
      [h.district.code, 'Huyện Tủa Chùa', 'district', h.otherDistrict.code], // 12: moving the scope root
      ['XA-VAO-DONG', 'Xã Vào Đơn Vị Đóng', 'commune', 'XA-CU'], // 13: parent closed
    ]);
    const before = await snapshot();
    const res = await upload(officer, '/api/units/import', file);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('Tệp có 11 dòng lỗi, chưa ghi dữ liệu nào');
    const got = new Set(error.details.map((d: { row: number; field: string }) => `${d.row}:${d.field}`));
    expect([...got]).toEqual([
      '3:code',
      '4:name',
      '5:kind',
      '6:code',
      '7:parentCode',
      '8:parentCode',
      '9:code',
      '10:parentCode',
      '11:code',
      '12:parentCode',
      '13:parentCode',
    ]);
    const message = (row: number) => error.details.find((d: { row: number }) => d.row === row).message;
    expect(message(3)).toBe('Mã đơn vị không được để trống');
    expect(message(4)).toMatch(/^Tên đơn vị: Không được để trống/);
    expect(message(5)).toMatch(/^Loại: "planet" không phải loại đơn vị/);
    expect(message(6)).toMatch(/trùng với dòng 2/);
    expect(message(7)).toMatch(/"KHONG-CO"/);
    expect(message(8)).toMatch(/nằm ngoài phạm vi của bạn/);
    expect(message(9)).toMatch(/ngoài phạm vi của bạn/);
    expect(message(10)).toMatch(/Không được để trống/);
    expect(message(12)).toMatch(/đơn vị gốc trong phạm vi của bạn/);
    expect(message(13)).toMatch(/đã giải thể/);
    expect(await snapshot()).toEqual(before);
  });

  it('finds loops among the rows, also through units not in the file', async () => {
    const count = await unitCount();
    const file = await xlsxOf([
      HEADER,
      ['VONG-A', 'Vòng A', 'village', 'VONG-C'],
      ['VONG-B', 'Vòng B', 'village', 'VONG-A'],
      ['VONG-C', 'Vòng C', 'village', 'VONG-B'],
      [h.communeA.code, 'Xã Mường Báng', 'commune', village.code], // the village is under commune A
      ['TU-THAN', 'Tự thân', 'village', 'TU-THAN'],
    ]);
    const res = await upload(officer, '/api/units/import', file);
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { row: number; field: string; message: string }[];
    expect(details.map((d) => d.row)).toEqual([2, 3, 4, 5, 6]);
    expect(details.every((d) => d.field === 'parentCode')).toBe(true);
    expect(details[0]!.message).toMatch(/Vòng lặp cấp trên: VONG-A → VONG-C → VONG-B → VONG-A/);
    expect(details[3]!.message).toMatch(new RegExp(`Vòng lặp cấp trên: ${h.communeA.code} → ${village.code} → ${h.communeA.code}`));
    expect(details[4]!.message).toMatch(/chính nó/);
    expect(await unitCount()).toBe(count);
  });

  it('reads CSV with ; separators, a BOM, NFD text, headers without diacritics and a title row', async () => {
    const text = [
      'DANH SÁCH ĐƠN VỊ NHẬP THÊM',
      'Ma don vi;Ten don vi;LOAI;Ma don vi cap tren;Ghi chú',
      `XA-NFD;Xã Nậm Nhừ;xa;${h.district.code};bỏ qua cột này`,
    ].join('\r\n');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.normalize('NFD'), 'utf8')]);
    const res = await upload(officer, '/api/units/import?format=csv', bytes, 'text/csv; charset=utf-8');
    expect(res.json()).toMatchObject({ created: 1 });
    const unit = await unitByCode(officer, 'XA-NFD');
    expect(unit).toMatchObject({ kind: 'commune', parentId: h.district.id });
    expect(unit.name).toBe('Xã Nậm Nhừ'.normalize('NFC'));
    expect(unit.name).not.toBe('Xã Nậm Nhừ'.normalize('NFD'));
  });

  it('reads kinds written as codes or Vietnamese names, with or without diacritics', async () => {
    const rows = [
      ['K-1', 'Xã A', 'XA'],
      ['K-2', 'Thị trấn B', 'thi tran'],
      ['K-3', 'Ban C', 'Ban'],
      ['K-4', 'Bản D', 'Bản'],
      ['K-5', 'Phường E', 'WARD'],
      ['K-6', 'Tổ F', 'Tổ dân phố'],
    ];
    const file = await xlsxOf([HEADER, ...rows.map(([code, name, kind]) => [code!, name!, kind!, h.communeA.code])]);
    expect((await upload(officer, '/api/units/import?dryRun=true', file)).json()).toMatchObject({ created: 6 });
    const kinds: Record<string, string> = {};
    const res = await upload(officer, '/api/units/import', file);
    expect(res.statusCode).toBe(200);
    for (const [code] of rows) kinds[code!] = (await unitByCode(officer, code!)).kind;
    expect(kinds).toEqual({ 'K-1': 'commune', 'K-2': 'township', 'K-3': 'department', 'K-4': 'village', 'K-5': 'ward', 'K-6': 'village' });
  });

  it('accepts English headers, and reports row numbers below a title row', async () => {
    const bytes = csvOf([
      ['code', 'name', 'kind', 'parent_code'],
      ['XA-EN', 'Xã Tiếng Anh', 'commune', h.district.code],
      ['XA-EN-2', 'Xã Hai', 'nope', h.district.code],
    ]);
    const res = await upload(officer, '/api/units/import', bytes, 'text/csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toMatchObject([{ row: 3, field: 'kind' }]);
  });

  it('refuses files it cannot read with a clear message', async () => {
    const cases: [string, Buffer, string, number, RegExp][] = [
      ['/api/units/import?format=xlsx', Buffer.from('rác không phải excel'), 'application/octet-stream', 400, /không phải định dạng Excel/],
      ['/api/units/import?format=xlsx', Buffer.alloc(0), XLSX, 400, /Tệp trống/],
      ['/api/units/import?format=csv', Buffer.from('foo,bar\n1,2\n'), 'text/csv', 400, /Không tìm thấy dòng tiêu đề.*"Mã đơn vị"/],
      ['/api/units/import?format=csv', Buffer.from(`${HEADER.join(',')}\n\n`), 'text/csv', 400, /không có dòng dữ liệu/],
      ['/api/units/import?format=pdf', await xlsxOf([HEADER]), XLSX, 400, /Tham số truy vấn/],
      ['/api/units/import?format=csv', await xlsxOf([HEADER]), 'text/csv', 400, /tệp Excel \(\.xlsx\), không phải CSV/],
      ['/api/units/import', Buffer.from('{"a":1}'), 'application/json', 415, /Content-Type/],
      ['/api/units/import', Buffer.from('x'), 'image/png', 415, /.+/],
    ];
    const count = await unitCount();
    for (const [url, bytes, type, status, message] of cases) {
      const res = await upload(officer, url, bytes, type);
      expect([url, type, res.statusCode]).toEqual([url, type, status]);
      expect(res.json().error.message).toMatch(message);
    }
    expect(await unitCount()).toBe(count);
  });

  it('answers 413 in Vietnamese for a file over 5 MB', async () => {
    const res = await upload(officer, '/api/units/import', Buffer.alloc(5 * 1024 * 1024 + 1, 0x41));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: 'Tệp quá lớn: tối đa 5 MB' });
  });

  it('forbids a reporter, and keeps another district’s officer inside their scope', async () => {
    const count = await unitCount();
    const file = await xlsxOf([HEADER, ['XA-CAM', 'Xã Cấm', 'commune', h.communeA.code]]);
    const denied = await upload(reporter, '/api/units/import', file);
    expect(denied.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/units/import', payload: file, headers: { 'content-type': XLSX } });
    expect(anonymous.statusCode).toBe(401);

    const intruding = await xlsxOf([
      HEADER,
      [h.communeA.code, 'Xã Bị Đổi Tên', 'commune', h.district.code],
      ['XA-LAN', 'Xã Lấn', 'commune', h.district.code],
      ['XA-HOP-LE', 'Xã Hợp Lệ', 'commune', h.otherDistrict.code],
    ]);
    const res = await upload(otherOfficer, '/api/units/import', intruding);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toMatchObject([
      { row: 2, field: 'code' },
      { row: 3, field: 'parentCode' },
    ]);
    expect(await unitCount()).toBe(count);
    expect((await unitByCode(officer, h.communeA.code)).name).toBe('Xã Mường Báng');
  });
});

describe('operator import and export (CLI, no signed-in user)', () => {
  it('works on the whole database: creates a root, renames and moves without an actor', async () => {
    const file = await xlsxOf([
      HEADER,
      ['TINH-MOI', 'Tỉnh Mới', 'province', ''],
      [h.otherCommune.code, 'Xã Bên Cạnh Mới', 'commune', 'TINH-MOI'],
    ]);
    const summary = await importUnits(t.ctx, null, { bytes: file, format: 'xlsx' }, { dryRun: false });
    expect(summary).toEqual({ created: 1, updated: 1, unchanged: 0, dryRun: false });
    // Out of the admin's province now, so read it as the operator does.
    const moved = (await snapshot()).find((u) => u.code === h.otherCommune.code)!;
    const root = (await snapshot()).find((u) => u.code === 'TINH-MOI')!;
    expect(moved).toMatchObject({ name: 'Xã Bên Cạnh Mới', parentId: root.id, path: `/${root.id}/${moved.id}/`, version: 2 });
    expect(await unitByCode(admin, h.otherCommune.code)).toBeUndefined();
    const links = await listParentLinks(t.ctx.db, moved.id);
    expect(links.map((l) => [l.parentId, l.validTo === null])).toEqual([
      [h.otherDistrict.id, false],
      [root.id, true],
    ]);

    const all = await readXlsx((await exportUnits(t.ctx, null, 'xlsx')).bytes);
    expect(all.slice(1).map((r) => r[0])).toEqual(expect.arrayContaining([h.province.code, 'TINH-MOI', h.otherCommune.code]));
    expect(all.findIndex((r) => r[0] === 'TINH-MOI')).toBeLessThan(all.findIndex((r) => r[0] === h.otherCommune.code));
  });
});
