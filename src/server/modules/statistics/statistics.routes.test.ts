import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import type { CreateAwardRecordBody } from '../../../contract/awards.js';
import { decisionAwardees, decisions, nominations, users } from '../../db/schema.js';
import { createAwardRecord } from '../award-history/award-history.service.js';
import { createCouncil } from '../councils/councils.service.js';
import { createMovement } from '../movements/movements.service.js';
import { createPeople } from '../people/people.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client; // district officer
let reporter: Client; // reporter of Xã Mường Báng (every role holds award:read; scope is what limits)
let otherOfficer: Client; // officer of the sibling district
let provinceOfficer: Client;
let enterpriseId: string;

type Sheet = ExcelJS.Worksheet;

async function download(c: Client, form: string, unitId: string, year: number): Promise<Sheet> {
  const res = await c.get(`/api/statistics/tt02/${form}.xlsx?unitId=${unitId}&year=${year}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

/** The row whose "Mã số" cell (column B) is `code`. */
function line(ws: Sheet, code: string): ExcelJS.Row {
  let found: ExcelJS.Row | null = null;
  ws.eachRow((row) => {
    if (row.getCell(2).value === code && found === null) found = row;
  });
  if (!found) throw new Error(`no line ${code}`);
  return found;
}

/** The column whose header cell (the row after the preamble) reads `header`. */
function column(ws: Sheet, header: string): number {
  let col = 0;
  ws.eachRow((row) => {
    row.eachCell((cell, n) => {
      if (col === 0 && cell.value === header) col = n;
    });
  });
  if (!col) throw new Error(`no column ${header}`);
  return col;
}

const cell = (ws: Sheet, code: string, header: string) => line(ws, code).getCell(column(ws, header)).value;

function allText(ws: Sheet): string {
  const parts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.value))));
  return parts.join('\n');
}

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  const enterprise = await makeUnit(t.ctx, { name: 'Công ty Chè Tủa Chùa', kind: 'enterprise', parentId: h.district.id });
  enterpriseId = enterprise.id;
  const sign = async (unitId: string, roles: Parameters<typeof makeUser>[1]['roles']) => {
    const user = await makeUser(t.ctx, { unitId, roles });
    return { user, client: await new Client(t.app).signIn(user.username, TEST_PASSWORD) };
  };
  const districtOfficer = await sign(h.district.id, ['officer']);
  officer = districtOfficer.client;
  reporter = (await sign(h.communeA.id, ['reporter'])).client;
  otherOfficer = (await sign(h.otherDistrict.id, ['officer'])).client;
  provinceOfficer = (await sign(h.province.id, ['officer'])).client;
  const communeOfficer = await sign(h.communeA.id, ['officer']);

  const [an, binh, chi, dung, hoa] = (await createPeople(t.ctx, null, [
    { fullName: 'Nguyễn Văn An', unitId: h.communeA.id, gender: 'male', birthYear: 1990, illustrative: false },
    { fullName: 'Lò Thị Bình', unitId: h.communeB.id, gender: 'female', birthYear: 1972, illustrative: false },
    { fullName: 'Trần Văn Chí', unitId: h.otherCommune.id, illustrative: false },
    { fullName: 'Phạm Thị Dung', unitId: h.district.id, gender: 'female', birthYear: 1998, illustrative: false },
    { fullName: 'Vũ Văn Hòa', unitId: h.communeA.id, gender: 'male', birthYear: 1968, illustrative: false },
  ])) as [string, string, string, string, string];
  // Two officers with person records: a woman of 26 at the district, a man of 56 in Xã Mường Báng.
  await t.ctx.db.update(users).set({ personId: dung }).where(eq(users.id, districtOfficer.user.id));
  await t.ctx.db.update(users).set({ personId: hoa }).where(eq(users.id, communeOfficer.user.id));

  const award = (body: Partial<CreateAwardRecordBody> & Pick<CreateAwardRecordBody, 'awardCode' | 'year'>) =>
    createAwardRecord(t.ctx, null, { personId: null, unitId: null, decisionNumber: null, decisionDate: null, issuer: null, note: null, ...body });
  // National level, 2024: two individuals, two collectives (one an enterprise).
  await award({ personId: an, awardCode: 'HUAN_CHUONG_LAO_DONG_3', year: 2024, decisionDate: '2024-08-30' });
  await award({ personId: binh, awardCode: 'BANG_KHEN_TTG', year: 2023, decisionDate: '2024-03-12' }); // decided in 2024: counts for 2024
  await award({ unitId: h.communeB.id, awardCode: 'ANH_HUNG_LAO_DONG', year: 2024 });
  await award({ unitId: enterpriseId, awardCode: 'HUAN_CHUONG_LAO_DONG_3', year: 2024, decisionDate: '2024-09-02' });
  // Not counted for 2024: another year, or the sibling district.
  await award({ personId: an, awardCode: 'CSTD_TOAN_QUOC', year: 2024, decisionDate: '2025-01-20' });
  await award({ personId: chi, awardCode: 'HUAN_CHUONG_LAO_DONG_2', year: 2024, decisionDate: '2024-05-05' });
  // Province level, 2024.
  await award({ personId: an, awardCode: 'BANG_KHEN_TINH', year: 2024 });
  await award({ personId: binh, awardCode: 'CSTD_TINH', year: 2024 });
  await award({ unitId: h.communeA.id, awardCode: 'TTLDXS', year: 2024 });
  await award({ unitId: h.communeA.id, awardCode: 'CO_THI_DUA_TINH', year: 2024 });
  await award({ unitId: h.otherCommune.id, awardCode: 'CO_THI_DUA_TINH', year: 2024 });
  // A Bằng khen tỉnh for a sudden achievement (đột xuất): the kind comes from the nomination behind the decision.
  const em = (await createPeople(t.ctx, null, [{ fullName: 'Đặng Văn Em', unitId: h.communeB.id, illustrative: false }]))[0]!;
  const sudden = await award({ personId: em, awardCode: 'BANG_KHEN_TINH', year: 2024, decisionDate: '2024-07-01' });
  const [nomination] = await t.ctx.db
    .insert(nominations)
    .values({ proposingUnitId: h.communeB.id, reviewingUnitId: h.district.id, year: 2024, awardCode: 'BANG_KHEN_TINH', awardKind: 'sudden', personId: em, nomineeName: 'Đặng Văn Em', proposedOn: '2024-06-10', status: 'decided', searchText: 'dang van em', sortKey: 'dang van em' })
    .returning({ id: nominations.id });
  const [decision] = await t.ctx.db.insert(decisions).values({ unitId: h.province.id, year: 2024, status: 'issued', issuedOn: '2024-07-01' }).returning({ id: decisions.id });
  await t.ctx.db.insert(decisionAwardees).values({ decisionId: decision!.id, position: 1, nominationId: nomination!.id, personId: em, name: 'Đặng Văn Em', awardCode: 'BANG_KHEN_TINH', awardRecordId: sudden.id });
  // Grassroots: in neither 0602 nor 0603.
  await award({ personId: an, awardCode: 'LDTT', year: 2024 });

  const movement = (ownerUnitId: string, kind: 'regular' | 'thematic' | 'campaign', startsOn: string, endsOn: string | null) =>
    createMovement(t.ctx, null, { name: `Phong trào ${kind} ${startsOn}`, kind, ownerUnitId, parentMovementId: null, startsOn, endsOn, description: null, phases: [], basisDocumentIds: [], scopeUnitIds: [], scopeGroupIds: [] });
  await movement(h.district.id, 'regular', '2024-01-01', '2024-12-31'); // district, 1 year, thường xuyên
  await movement(h.district.id, 'thematic', '2021-03-26', '2025-12-31'); // district, 4.8 years, chuyên đề
  await movement(h.communeA.id, 'campaign', '2024-05-01', '2024-08-31'); // commune, under 1 year, theo đợt
  await movement(enterpriseId, 'regular', '2020-01-01', null); // agency, no end date
  await movement(h.communeB.id, 'thematic', '2023-01-01', '2023-12-31'); // ended before 2024
  await movement(h.otherDistrict.id, 'regular', '2024-01-01', '2024-12-31'); // sibling district
  await movement(h.province.id, 'regular', '2024-01-01', '2024-12-31'); // above the district

  await createCouncil(t.ctx, null, {
    unitId: h.district.id,
    name: 'Hội đồng Thi đua - Khen thưởng huyện',
    quorumNumerator: 2,
    quorumDenominator: 3,
    members: [
      { userId: null, fullName: 'Chủ tịch UBND huyện', position: null, role: 'chair', homeUnitId: null },
      { userId: null, fullName: 'Phó Chủ tịch', position: null, role: 'standing_vice_chair', homeUnitId: null },
      { userId: null, fullName: 'Ủy viên Một', position: null, role: 'member', homeUnitId: null },
      { userId: null, fullName: 'Ủy viên Hai', position: null, role: 'member', homeUnitId: null },
      { userId: null, fullName: 'Thư ký', position: null, role: 'secretary', homeUnitId: null },
    ],
  });
  await createCouncil(t.ctx, null, {
    unitId: h.communeA.id,
    name: 'Hội đồng Thi đua - Khen thưởng xã',
    quorumNumerator: 2,
    quorumDenominator: 3,
    members: [{ userId: null, fullName: 'Chủ tịch UBND xã', position: null, role: 'chair', homeUnitId: null }],
  });
  await createCouncil(t.ctx, null, {
    unitId: h.otherDistrict.id,
    name: 'Hội đồng huyện khác',
    quorumNumerator: 2,
    quorumDenominator: 3,
    members: [{ userId: null, fullName: 'Chủ tịch huyện khác', position: null, role: 'chair', homeUnitId: null }],
  });
});
afterAll(() => t.close());

describe('GET /api/statistics/tt02/:form.xlsx (Thông tư 02/2023/TT-BNV)', () => {
  it('heads every form with the form number, the year, the reporting and the receiving unit', async () => {
    const ws = await download(officer, '0601', h.district.id, 2024);
    const text = allText(ws);
    expect(ws.getCell('A1').value).toBe('SỐ PHONG TRÀO THI ĐUA');
    expect(text).toContain('Năm 2024');
    expect(text).toContain('Biểu số: 0601.N/BNV-TĐKT');
    expect(text).toContain('Đơn vị báo cáo: Huyện Tủa Chùa');
    expect(text).toContain('Đơn vị nhận báo cáo: Tỉnh Thử Nghiệm');
    expect(text).toContain('Ghi chú');
    const res = await officer.get(`/api/statistics/tt02/0601.xlsx?unitId=${h.district.id}&year=2024`);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Biểu 0601.N - Huyện Tủa Chùa - năm 2024.xlsx')}`);
  });

  it('0601.N counts the movements of the subtree running in the year, by level, scope, duration and kind', async () => {
    const ws = await download(officer, '0601', h.district.id, 2024);
    const total = 'Tổng số';
    expect(cell(ws, '01', total)).toBe(4);
    expect(cell(ws, '01', 'Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương')).toBe(0);
    expect(cell(ws, '01', 'Cơ quan, tổ chức, đơn vị')).toBe(4);
    expect(cell(ws, '01', 'Cấp huyện')).toBe(2);
    expect(cell(ws, '01', 'Cấp xã')).toBe(1);
    expect(cell(ws, '01', 'Cơ quan, đơn vị')).toBe(1);
    expect(cell(ws, '03', total)).toBe(3); // district and commune governments
    expect(cell(ws, '05', total)).toBe(1); // the enterprise
    expect(cell(ws, '06', total)).toBe(1); // May–August
    expect(cell(ws, '07', total)).toBe(2); // a calendar year, and the open-ended yearly one
    expect(cell(ws, '09', total)).toBe(1); // 2021–2025
    expect(cell(ws, '11', total)).toBe(2); // thematic + campaign
    expect(cell(ws, '12', total)).toBe(2);
    const earlier = await download(officer, '0601', h.district.id, 2023);
    expect(cell(earlier, '01', total)).toBe(3); // 2021–2025, the enterprise's, Xã Đun Nhì's 2023
    // The province's subtree takes in both districts, and its own movement is launched at province level.
    const province = await download(provinceOfficer, '0601', h.province.id, 2024);
    expect(cell(province, '01', total)).toBe(6);
    expect(cell(province, '01', 'Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương')).toBe(1);
    expect(cell(province, '01', 'Cấp huyện')).toBe(3);
    expect(allText(province)).toContain('Đơn vị nhận báo cáo: Bộ Nội vụ');
  });

  it('0602.N counts national awards of the year per award, collective and individual, by the decision year', async () => {
    const ws = await download(officer, '0602', h.district.id, 2024);
    expect(cell(ws, '1', 'Tổng số')).toBe(4);
    expect(cell(ws, '1', 'Huân chương Lao động hạng Ba - Cá nhân')).toBe(1);
    expect(cell(ws, '1', 'Huân chương Lao động hạng Ba - Tập thể')).toBe(1);
    expect(cell(ws, '1', 'Anh hùng Lao động - Tập thể')).toBe(1);
    expect(cell(ws, '1', 'Bằng khen của Thủ tướng Chính phủ - Cá nhân')).toBe(1);
    expect(cell(ws, '1', 'Chiến sĩ thi đua toàn quốc - Cá nhân')).toBe(0); // decided in 2025
    expect(cell(ws, '1', 'Huân chương Lao động hạng Nhì - Cá nhân')).toBe(0); // sibling district
    expect(cell(ws, '3', 'Tổng số')).toBe(4);
    expect(cell(ws, '6', 'Tổng số')).toBe(2);
    expect(cell(ws, '7', 'Tổng số')).toBe(1);
    expect(cell(ws, '7', 'Huân chương Lao động hạng Ba - Tập thể')).toBe(1);
    expect(cell(ws, '9', 'Tổng số')).toBe(2);
    expect(cell(ws, '15', 'Tổng số')).toBe(4); // entered history counts as thường xuyên
    expect(cell(ws, '18', 'Tổng số')).toBeNull(); // đối ngoại is not recorded: left blank
    const next = await download(officer, '0602', h.district.id, 2025);
    expect(cell(next, '1', 'Chiến sĩ thi đua toàn quốc - Cá nhân')).toBe(1);
  });

  it('0603.N counts province-level awards by the columns of the form', async () => {
    const ws = await download(officer, '0603', h.district.id, 2024);
    expect(cell(ws, '01', 'Tổng số')).toBe(5);
    expect(cell(ws, '01', 'Bằng khen')).toBe(2);
    expect(cell(ws, '01', 'Chiến sĩ thi đua cấp bộ, cấp tỉnh')).toBe(1);
    expect(cell(ws, '01', 'Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương')).toBe(1);
    expect(cell(ws, '01', 'Hình thức khác (Tập thể lao động xuất sắc…)')).toBe(1);
    expect(cell(ws, '02', 'Tổng số')).toBe(2);
    expect(cell(ws, '05', 'Tổng số')).toBe(3);
    expect(cell(ws, '11', 'Tổng số')).toBe(4); // thường xuyên, history entered by hand included
    expect(cell(ws, '13', 'Tổng số')).toBe(1); // đột xuất, from the nomination
    expect(cell(ws, '13', 'Bằng khen')).toBe(1);
    expect(cell(ws, '12', 'Tổng số')).toBe(0);
    // The province's subtree includes the sibling district's Cờ thi đua.
    const province = await download(provinceOfficer, '0603', h.province.id, 2024);
    expect(cell(province, '01', 'Tổng số')).toBe(6);
  });

  it('0604.N counts councils, their members by role and units with emulation staff', async () => {
    const ws = await download(officer, '0604', h.district.id, 2024);
    expect(cell(ws, '01', 'Tổng số')).toBe(2);
    expect(cell(ws, '01', 'Cấp huyện')).toBe(1);
    expect(cell(ws, '01', 'Cấp xã')).toBe(1);
    expect(cell(ws, '02', 'Tổng số')).toBe(6);
    expect(cell(ws, '03', 'Tổng số')).toBe(2); // two chairs
    expect(cell(ws, '04', 'Cấp huyện')).toBe(1);
    expect(cell(ws, '06', 'Tổng số')).toBe(2);
    expect(cell(ws, '07', 'Tổng số')).toBe(1);
    expect(cell(ws, '08', 'Tổng số')).toBe(2); // the district and Xã Mường Báng have an officer
  });

  it('0605.N counts officers by level, gender and age in the report year', async () => {
    const ws = await download(officer, '0605', h.district.id, 2024);
    expect(cell(ws, '01', 'Tổng số')).toBe(2);
    expect(cell(ws, '01', 'Nữ')).toBe(1);
    expect(cell(ws, '01', 'Nam')).toBe(1);
    expect(cell(ws, '01', 'Dưới 30 tuổi')).toBe(1); // born 1998
    expect(cell(ws, '01', 'Từ 50 đến dưới 60 tuổi')).toBe(1); // born 1968
    expect(cell(ws, '03', 'Tổng số')).toBe(1);
    expect(cell(ws, '04', 'Nam')).toBe(1);
  });

  it('answers 404 for a unit of the sibling district or above the scope, 400 for an unknown form or year', async () => {
    expect((await otherOfficer.get(`/api/statistics/tt02/0602.xlsx?unitId=${h.district.id}&year=2024`)).statusCode).toBe(404);
    expect((await officer.get(`/api/statistics/tt02/0602.xlsx?unitId=${h.otherDistrict.id}&year=2024`)).statusCode).toBe(404);
    expect((await officer.get(`/api/statistics/tt02/0602.xlsx?unitId=00000000-0000-4000-8000-000000000000&year=2024`)).statusCode).toBe(404);
    expect((await reporter.get(`/api/statistics/tt02/0602.xlsx?unitId=${h.district.id}&year=2024`)).statusCode).toBe(404);
    const own = await download(reporter, '0602', h.communeA.id, 2024);
    expect(cell(own, '1', 'Tổng số')).toBe(1); // Nguyễn Văn An's Huân chương Lao động hạng Ba
    const badForm = await officer.get(`/api/statistics/tt02/0609.xlsx?unitId=${h.district.id}&year=2024`);
    expect(badForm.statusCode).toBe(400);
    const badYear = await officer.get(`/api/statistics/tt02/0601.xlsx?unitId=${h.district.id}&year=abc`);
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().error.fields).toHaveProperty('year');
    expect(badYear.json().error.message).toContain('Năm');
  });

  it('lets the sibling district report its own figures only', async () => {
    const ws = await download(otherOfficer, '0603', h.otherDistrict.id, 2024);
    expect(cell(ws, '01', 'Tổng số')).toBe(1);
    expect(cell(ws, '01', 'Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương')).toBe(1);
  });
});
