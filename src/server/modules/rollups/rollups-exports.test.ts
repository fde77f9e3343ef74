/** The exports read back: XLSX cells through exceljs, the DOCX as WordprocessingML, the draft in the register. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { countRows } from '../../../../test/support/snapshot.js';
import type { Document } from '../../../contract/documents.js';
import { bodyParagraphs, readDocx } from '../../render/docx/read-docx.testing.js';
import { buildProvinceWorld, signInAs, SIGNER } from './rollups.test-fixtures.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildProvinceWorld>>;
let officer: Client;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildProvinceWorld(t);
  t.ctx.now = () => new Date('2024-11-15T09:00:00Z');
  officer = await signInAs(t, w.u.province.id, ['officer']);
});
afterAll(() => t.close());

const url = (suffix: string) => `/api/assignments/${w.assignmentId}/${suffix}`;

async function download(path: string, type: string) {
  const res = await officer.get(url(path));
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain(type);
  return res;
}

async function workbook(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The row whose first cell reads `text`. */
function rowStartingWith(ws: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  for (let i = 1; i <= ws.rowCount; i++) if (ws.getRow(i).getCell(1).value === text) return ws.getRow(i);
  throw new Error(`no row "${text}" in ${ws.name}`);
}

describe('GET /api/assignments/:id/rollup.xlsx', () => {
  it('writes the tree with its date line, numbers as numbers, targets and ratios, one sheet per group', async () => {
    const res = await download('rollup.xlsx?asOf=2024-11-15', 'spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Tong hop so lieu - Bao cao ket qua thuc hien phong trao thi dua nam 2024\.xlsx"; filename\*=UTF-8''T%E1%BB%95ng%20h%E1%BB%A3p/);
    const wb = await workbook(res.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Cụm thi đua số 1', 'Khối các sở']);

    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('BẢNG TỔNG HỢP SỐ LIỆU: Báo cáo kết quả thực hiện phong trào thi đua năm 2024');
    expect(ws.getCell('A2').value).toBe('Số liệu tính đến 08/11/2024 10:00');
    expect(ws.getCell('A3').value).toBe('Theo địa giới hành chính ngày 15/11/2024; chỉ tính báo cáo đã tiếp nhận');
    const header = rowStartingWith(ws, 'Đơn vị');
    expect([2, 3, 4, 5].map((c) => header.getCell(c).value)).toEqual(['Tổng số hộ (hộ)', 'Mục tiêu', '% hoàn thành', 'Tỷ lệ hộ nghèo (%)']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number });

    const province = rowStartingWith(ws, 'Tỉnh Thử Nghiệm');
    expect(province.number).toBe(header.number + 1);
    expect(province.getCell(2).value).toBe(1800);
    // Poverty rate: 30 against the province's "≤ 25 %", 83.3 % achieved, shown as a percentage.
    expect([5, 6, 7].map((c) => province.getCell(c).value)).toEqual([30, '≤ 25 %', 0.8333]);
    expect(province.getCell(7).numFmt).toBe('0.0%');
    expect(rowStartingWith(ws, 'Huyện Tủa Chùa').getCell(1).alignment?.indent).toBe(1);
    const commune = rowStartingWith(ws, 'Xã Mường Báng');
    expect(commune.getCell(1).alignment?.indent).toBe(2);
    expect(commune.getCell(2).value).toBe(1000);
    expect(rowStartingWith(ws, 'Xã Xá Nhè').getCell(2).value).toBeNull();

    const cluster = wb.worksheets[1]!;
    const total = rowStartingWith(cluster, 'Toàn Cụm thi đua số 1');
    expect(total.getCell(2).value).toBe(1800);
    expect([5, 6].map((c) => total.getCell(c).value)).toEqual([30, '≤ 30 %']);
    expect(rowStartingWith(cluster, 'Xã Đun Nhì').getCell(2).value).toBe(500);
  });

  it('follows includeSubmitted', async () => {
    const wb = await workbook((await download('rollup.xlsx?asOf=2024-11-15&includeSubmitted=true', 'spreadsheetml')).rawPayload);
    const ws = wb.worksheets[0]!;
    expect(rowStartingWith(ws, 'Tỉnh Thử Nghiệm').getCell(2).value).toBe(2000);
    expect(ws.getCell('A3').value).toBe('Theo địa giới hành chính ngày 15/11/2024; gồm cả báo cáo đã gửi chưa tiếp nhận');
  });
});

describe('GET /api/assignments/:id/values.xlsx', () => {
  it('lists every unit × indicator with status, timing and the raw figure', async () => {
    const wb = await workbook((await download('values.xlsx', 'spreadsheetml')).rawPayload);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Mã đơn vị',
      'Tên đơn vị',
      'Trạng thái',
      'Mã chỉ tiêu',
      'Tên chỉ tiêu',
      'Đơn vị tính',
      'Giá trị',
      'Gửi lúc',
      'Số ngày trễ',
    ]);
    // 8 units × 9 indicators, under the header.
    expect(ws.rowCount).toBe(1 + 8 * 9);
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2));
    const find = (unit: string, code: string) => rows.find((r) => r.getCell(2).value === unit && r.getCell(4).value === code)!;

    const late = find('Xã Đun Nhì', 'HO');
    expect([late.getCell(1).value, late.getCell(3).value, late.getCell(6).value, late.getCell(7).value, late.getCell(8).value, late.getCell(9).value]).toEqual([
      w.u.B.code,
      'Đã tiếp nhận',
      'hộ',
      500,
      '07/11/2024 09:00',
      2,
    ]);
    expect(typeof find('Xã Mường Báng', 'TRUC_TUYEN').getCell(7).value).toBe('number');
    // A sent report still shows its figures; a draft does not leave the unit.
    expect(find('Xã Sín Chải', 'HO').getCell(7).value).toBe(200);
    expect([find('Xã Tả Phìn', 'HO').getCell(3).value, find('Xã Tả Phìn', 'HO').getCell(7).value]).toEqual(['Đang soạn', null]);
    expect([find('Xã Xá Nhè', 'HO').getCell(3).value, find('Xã Xá Nhè', 'HO').getCell(9).value]).toEqual(['Chưa báo cáo', null]);
  });

  it('keeps text that starts like a formula inert', async () => {
    const wb = await workbook((await download('values.xlsx', 'spreadsheetml')).rawPayload);
    const ws = wb.worksheets[0]!;
    let note: ExcelJS.Cell | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Xã Mường Báng' && row.getCell(4).value === 'GHI_CHU') note = row.getCell(7);
    });
    expect(note!.value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(note!.formula).toBeUndefined();
  });
});

describe('the consolidated report', () => {
  it('renders as a Decree 30 DOCX drafted from the figures and the units’ words', async () => {
    const res = await download('consolidated.docx?asOf=2024-11-15', 'wordprocessingml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p");
    const { document } = readDocx(res.rawPayload);
    const texts = bodyParagraphs(document).map((p) => p.text);
    expect(texts).toContain('BÁO CÁO');
    expect(texts).toContain('Tổng hợp kết quả thực hiện phong trào thi đua năm 2024');
    expect(texts).toContain('Có 5/8 đơn vị đã gửi báo cáo (đạt 62,5 %), trong đó 4 đơn vị gửi đúng hạn, 1 đơn vị gửi trễ hạn; 3 đơn vị chưa gửi báo cáo.');
    expect(texts).toContain('- Tổng số hộ: đạt 1.800 hộ.');
    expect(texts).toContain('- Tỷ lệ hộ nghèo: đạt 30 % (mục tiêu ≤ 25 %; 83,3 %) — chưa đạt.');
    expect(texts).toContain('- Tỷ lệ hồ sơ xử lý trực tuyến: đạt 86 % (mục tiêu ≥ 70 %; 122,9 %) — đạt.');
    const quoted = texts.find((p) => p.startsWith('Xã Mường Báng: “'))!;
    expect(quoted).toMatch(/^Xã Mường Báng: “Xã Mường Báng đã tổ chức phát động phong trào .*…”$/);
    expect(quoted.length).toBeLessThanOrEqual('Xã Mường Báng: “”'.length + 400);
    expect(texts).toContain('Xã Mường Báng: “Hạ tầng mạng ở thôn vùng cao chưa ổn định.”');
    expect(texts).toContain('- Cá nhân Quàng Văn Dũng, Chủ tịch UBND xã (Xã Mường Báng): Vận động 40 hộ thoát nghèo');
    expect(texts).toEqual(
      expect.arrayContaining([
        '- Sở Nội vụ: chưa gửi báo cáo (quá hạn 10 ngày).',
        '- Xã Đun Nhì: gửi trễ 2 ngày.',
        '- Xã Tả Phìn: chưa gửi báo cáo (quá hạn 10 ngày).',
        '- Xã Xá Nhè: chưa gửi báo cáo (quá hạn 10 ngày).',
      ]),
    );
    // The signer of the assignment's document signs the report too.
    expect(document).toContain(SIGNER.name);
  });

  it('is stored as a draft "Báo cáo" of the document owner, visible in the register', async () => {
    const before = await countRows(t.database.db, 'documents');
    const res = await officer.post(url('consolidated-report?asOf=2024-11-15'));
    expect(res.statusCode, res.body).toBe(201);
    const doc: Document = res.json();
    expect(doc).toMatchObject({
      direction: 'outgoing',
      docType: 'Báo cáo',
      status: 'draft',
      ownerUnitId: w.u.province.id,
      number: null,
      subject: 'Tổng hợp kết quả thực hiện phong trào thi đua năm 2024',
      signer: SIGNER,
      recipients: [{ unitId: null, groupId: null, text: 'Ủy ban nhân dân tỉnh', name: 'Ủy ban nhân dân tỉnh' }],
    });
    expect(doc.references).toEqual([expect.objectContaining({ number: expect.stringMatching(/^01\//), date: '2024-10-21', resolvedDocumentId: w.documentId })]);
    expect(doc.body.map((s) => s.heading)).toEqual([
      'I. TÌNH HÌNH TRIỂN KHAI',
      'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
      'III. NỘI DUNG BÁO CÁO CỦA CÁC ĐƠN VỊ',
      'IV. TỒN TẠI, HẠN CHẾ',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
      'VI. TẬP THỂ, CÁ NHÂN TIÊU BIỂU',
      'VII. ĐƠN VỊ CHẬM, CHƯA GỬI BÁO CÁO',
    ]);
    expect(await countRows(t.database.db, 'documents')).toBe(before + 1);

    const list = await officer.get(`/api/documents?ownerUnitId=${w.u.province.id}&status=draft&docType=${encodeURIComponent('Báo cáo')}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((d: { id: string }) => d.id)).toContain(doc.id);
    // The officer edits it like any draft.
    const edited = await officer.patch(`/api/documents/${doc.id}`, { version: doc.version, subject: 'Báo cáo tổng hợp (đã sửa)' });
    expect(edited.statusCode, edited.body).toBe(200);
  });
});
