import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { people } from '../../db/schema.js';
import { buildCsv, readCsv } from '../../render/csv.js';
import { buildXlsx, readXlsx } from '../../render/xlsx.js';
import { createPeople } from './people.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['Họ và tên', 'Giới tính', 'Năm sinh', 'Mã đơn vị', 'Chức vụ'];

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client;
let head: Client;
let reporter: Client;

const xlsxOf = (rows: (string | number)[][]) =>
  buildXlsx([{ name: 'Cá nhân', columns: rows[0]!.map((header) => ({ header: String(header) })), rows: rows.slice(1) }]);

function upload(client: Client, url: string, bytes: Buffer, contentType = XLSX) {
  return client.request({ method: 'POST', url, payload: bytes, headers: { 'content-type': contentType } });
}
async function peopleCount() {
  const [row] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(people);
  return Number(row!.n);
}
async function peopleOf(client: Client, unitId: string) {
  return (await client.get(`/api/people?unitId=${unitId}&limit=1000`)).json().items as { fullName: string; gender: string | null; birthYear: number | null; position: string | null }[];
}

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const o = await makeUser(t.ctx, { unitId: h.communeA.id, scopeUnitId: h.district.id, roles: ['officer'] });
  const u = await makeUser(t.ctx, { unitId: h.communeB.id, roles: ['unit_head'] });
  const r = await makeUser(t.ctx, { unitId: h.communeA.id, roles: ['reporter'] });
  officer = await new Client(t.app).signIn(o.username, TEST_PASSWORD);
  head = await new Client(t.app).signIn(u.username, TEST_PASSWORD);
  reporter = await new Client(t.app).signIn(r.username, TEST_PASSWORD);
  await createPeople(t.ctx, null, [
    { fullName: 'Lò Văn Páo', gender: 'male', birthYear: 1975, unitId: h.communeA.id, position: 'Chủ tịch UBND xã', illustrative: false },
    { fullName: '=cmd|"/c calc"!A1', gender: null, birthYear: null, unitId: h.communeA.id, position: null, illustrative: false },
    { fullName: 'Người Huyện Khác', gender: 'female', birthYear: 1990, unitId: h.otherCommune.id, position: null, illustrative: false },
  ]);
});
afterAll(() => t.close());

describe('POST /api/people/import', () => {
  it('imports people into units of the scope, by unit code, in one go', async () => {
    const file = await xlsxOf([
      HEADER,
      ['Giàng Thị Dợ'.normalize('NFD'), 'Nữ', 1988, h.communeB.code, 'Phó Chủ tịch UBND xã'],
      ['Sùng A Sình', 'male', '1979', h.communeB.code.toLowerCase(), ''],
      ['Mùa Thị Chá', 'nu', '', h.communeB.code, 'Văn thư'],
      ['Vàng A Lử', '', 2001, h.district.code, ''],
    ]);
    const dry = await upload(officer, '/api/people/import?dryRun=true', file);
    expect(dry.json()).toEqual({ created: 4, updated: 0, unchanged: 0, dryRun: true });
    const before = await peopleCount();
    expect(before).toBe(3);
    const res = await upload(officer, '/api/people/import', file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 4, updated: 0, unchanged: 0, dryRun: false });
    expect(await peopleCount()).toBe(before + 4);
    const inB = await peopleOf(officer, h.communeB.id);
    expect(inB.find((p) => p.fullName === 'Giàng Thị Dợ'.normalize('NFC'))).toMatchObject({ gender: 'female', birthYear: 1988, position: 'Phó Chủ tịch UBND xã' });
    expect(inB.find((p) => p.fullName === 'Sùng A Sình')).toMatchObject({ gender: 'male', birthYear: 1979, position: null });
    expect(inB.find((p) => p.fullName === 'Mùa Thị Chá')).toMatchObject({ gender: 'female', birthYear: null });
    expect(await peopleOf(officer, h.district.id)).toMatchObject([{ fullName: 'Vàng A Lử', gender: null }]);
  });

  it('reports a bad gender, a unit outside the scope and other bad cells by row, writing nothing', async () => {
    const file = await xlsxOf([
      HEADER,
      ['Người Tốt', 'Nam', 1980, h.communeA.code, ''], // 2: fine on its own
      ['Người Lạ', 'Khác', 1980, h.communeA.code, ''], // 3
      ['Người Ngoài', 'Nữ', 1980, h.otherCommune.code, ''], // 4
      ['', 'Nam', 1980, h.communeA.code, ''], // 5
      ['Người Già', 'Nam', 1800, h.communeA.code, ''], // 6
      ['Người Không Đơn Vị', 'Nam', 'năm ngoái', 'KHONG-CO', ''], // 7
      ['Người Thiếu Mã', 'Nam', '', '', ''], // 8
    ]);
    const before = await peopleCount();
    const res = await upload(officer, '/api/people/import', file);
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.message).toBe('Tệp có 6 dòng lỗi, chưa ghi dữ liệu nào');
    expect(error.details.map((d: { row: number; field: string }) => `${d.row}:${d.field}`)).toEqual([
      '3:gender',
      '4:unitCode',
      '5:fullName',
      '6:birthYear',
      '7:birthYear',
      '7:unitCode',
      '8:unitCode',
    ]);
    const message = (row: number) => error.details.find((d: { row: number }) => d.row === row).message;
    expect(message(3)).toBe('Giới tính: "Khác" không hợp lệ: ghi Nam hoặc Nữ (hoặc để trống)');
    expect(message(4)).toBe(`Mã đơn vị: Không có đơn vị mã "${h.otherCommune.code}" trong phạm vi của bạn`);
    expect(message(6)).toMatch(/^Năm sinh: "1800" không hợp lệ/);
    expect(await peopleCount()).toBe(before);
  });

  it('reads CSV with ; and English headers', async () => {
    const text = `\uFEFFfull_name;gender;birth_year;unit_code;position\r\nLầu Thị Mỷ;female;1995;${h.communeA.code};Cán bộ tư pháp\r\n`;
    const res = await upload(officer, '/api/people/import?format=csv', Buffer.from(text.normalize('NFD')), 'text/csv');
    expect(res.json()).toMatchObject({ created: 1 });
    expect((await peopleOf(officer, h.communeA.id)).map((p) => p.fullName)).toContain('Lầu Thị Mỷ'.normalize('NFC'));
  });

  it('lets a unit head import into their unit, and forbids a reporter', async () => {
    const file = await xlsxOf([HEADER, ['Hờ A Chư', 'Nam', 1970, h.communeB.code, 'Trưởng thôn']]);
    expect((await upload(head, '/api/people/import', file)).statusCode).toBe(200);
    const before = await peopleCount();
    const denied = await upload(reporter, '/api/people/import', file);
    expect(denied.statusCode).toBe(403);
    const outside = await upload(head, '/api/people/import', await xlsxOf([HEADER, ['Ai Đó', 'Nam', 1970, h.communeA.code, '']]));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details).toMatchObject([{ row: 2, field: 'unitCode' }]);
    expect(await peopleCount()).toBe(before);
  });

  it('refuses garbage and oversized files', async () => {
    const garbage = await upload(officer, '/api/people/import?format=xlsx', Buffer.from('không phải excel'));
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.message).toMatch(/không phải định dạng Excel/);
    const big = await upload(officer, '/api/people/import', Buffer.alloc(6 * 1024 * 1024));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toBe('Tệp quá lớn: tối đa 5 MB');
  });
});

describe('GET /api/people/export and import-template', () => {
  it('exports the people of the scope with Vietnamese gender and unit codes, escaping formulas', async () => {
    const res = await officer.get('/api/people/export?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="ca-nhan.xlsx"');
    const table = await readXlsx(res.rawPayload);
    expect(table[0]).toEqual(['Họ và tên', 'Giới tính', 'Năm sinh', 'Mã đơn vị', 'Tên đơn vị', 'Chức vụ']);
    const names = table.slice(1).map((r) => r[0]);
    expect(names).toContain('Lò Văn Páo');
    expect(names).not.toContain('Người Huyện Khác');
    expect(table.find((r) => r[0] === 'Lò Văn Páo')).toEqual(['Lò Văn Páo', 'Nam', '1975', h.communeA.code, 'Xã Mường Báng', 'Chủ tịch UBND xã']);
    // Grouped by unit in tree order: the district's people come before the communes'.
    expect(names[0]).toBe('Vàng A Lử');

    const csv = await officer.get('/api/people/export?format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.toString('utf8')).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(readCsv(csv.rawPayload).find((r) => r[0] === 'Giàng Thị Dợ')?.[1]).toBe('Nữ');
  });

  it('gives a template whose example row imports as is', async () => {
    const template = await head.get('/api/people/import-template?format=csv');
    expect(template.headers['content-disposition']).toBe('attachment; filename="mau-nhap-ca-nhan.csv"');
    const table = readCsv(template.rawPayload);
    expect(table).toEqual([HEADER, ['Nguyễn Văn An', 'Nam', '1985', h.communeB.code, 'Chuyên viên']]);
    const res = await upload(head, '/api/people/import?dryRun=true', buildCsv(table[0]!, table.slice(1)), 'text/csv');
    expect(res.json()).toMatchObject({ created: 1, dryRun: true });
  });
});
