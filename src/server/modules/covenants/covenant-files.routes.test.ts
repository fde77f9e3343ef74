import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { buildClusterWorld, TABLE } from './covenants.test-fixtures.js';
import type { makeHierarchy } from '../../../../test/support/factories.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import { CreateIndicatorBodySchema, CreateMovementBodySchema } from '../../../contract/reporting.js';
import { auditLog } from '../../db/schema.js';
import type { CellInput } from '../../render/cells.js';
import { buildCsv } from '../../render/csv.js';
import { readDocxText } from '../../render/docx-text.js';
import { buildXlsx, cellText, readXlsx } from '../../render/xlsx.js';
import { createIndicator } from '../movements/indicators.service.js';
import { createMovement } from '../movements/movements.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['Mã', 'Nội dung', 'Loại', 'Điểm tối đa', 'Cần minh chứng'];
const REASON = 'Biên bản kiểm tra ngày 10/11: còn 1 văn bản ban hành sai thẩm quyền';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client; // the district's emulation officer: organises the cluster
let headA: Client; // head of Xã Mường Báng, the cluster's head unit
let reporterA: Client;
let headB: Client;
let reporterB: Client;
let otherOfficer: Client;
let covenantId: string;
let indicatorId: string;
const criterion: Record<string, string> = {};

const LABEL: Record<string, string> = { group: 'Nhóm nội dung', criterion: 'Tiêu chí', bonus: 'Điểm thưởng', penalty: 'Điểm trừ' };

/**
 * The table as edited in Excel: 1.1 and 1.2 re-weighted inside group 1, 3.2 added (group 3 up to
 * 250), 2.1 now needs evidence, and kinds written loosely.
 */
const EDITED: CellInput[][] = [
  ['1', 'Thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh', 'nhóm nội dung', 550, 'Không'],
  ['1.1', 'Tỷ lệ hộ nghèo giảm theo chuẩn đa chiều', 'tieu chi', '280', ''],
  ['1.2', 'Hồ sơ giải quyết trực tuyến', 'Tiêu chí', 270, 'Có'],
  ['2', 'Công tác xây dựng Đảng, chính quyền', 'NHÓM NỘI DUNG', 200, ''],
  ['2.1', 'Chấp hành pháp luật', 'criterion', 200, 'x'],
  ['3', 'Công tác thi đua, khen thưởng', 'Nhóm nội dung', '250', 'không'],
  ['3.1', 'Báo cáo đúng hạn', 'Tiêu chí', 200, 'Không'],
  ['3.2', 'Tổ chức hội nghị điển hình tiên tiến', 'tiêu chí', '50', ''],
  ['C', 'Điểm thưởng: mô hình mới', 'BONUS', 50, ''],
  ['T', 'Điểm trừ: báo cáo chậm', 'diem tru', '30', ''],
];

const xlsxOf = (rows: CellInput[][]) => buildXlsx([{ name: 'Bảng tiêu chí', columns: HEADER.map((header) => ({ header })), rows }]);
const upload = (client: Client, query: string, bytes: Buffer, contentType = XLSX) =>
  client.request({ method: 'POST', url: `/api/covenants/${covenantId}/criteria/import${query}`, payload: bytes, headers: { 'content-type': contentType } });
const scoresOf = (values: Record<string, number>) => Object.entries(values).map(([code, score]) => ({ criterionId: criterion[code]!, score, evidence: 'Báo cáo số 12/BC-UBND' }));
/** The name a download is saved under (the RFC 5987 UTF-8 form). */
const downloadName = (disposition: unknown) => decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(String(disposition))?.[1] ?? '');
const rowOf = (table: string[][], first: string) => table.find((r) => r[0] === first) ?? table.find((r) => r[1]?.startsWith(first));

async function sheets(bytes: Buffer): Promise<Record<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, string[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    ws.eachRow((row, n) => {
      rows[n - 1] = Array.from({ length: ws.columnCount }, (_, c) => cellText(row.getCell(c + 1).value));
    });
    out[ws.name] = rows;
  }
  return out;
}

beforeAll(async () => {
  t = await createTestApp();
  const world = await buildClusterWorld(t);
  ({ h, officer, headA, reporterA, headB, reporterB, otherOfficer } = world);
  const movement = await createMovement(
    t.ctx,
    null,
    CreateMovementBodySchema.parse({ name: 'Phong trào giảm nghèo bền vững', kind: 'regular', ownerUnitId: h.district.id, startsOn: '2024-01-01', scopeUnitIds: [h.communeA.id, h.communeB.id] }),
  );
  indicatorId = (await createIndicator(t.ctx, null, movement.id, CreateIndicatorBodySchema.parse({ code: 'HONGHEO', name: 'Tỷ lệ hộ nghèo giảm', valueType: 'number' }))).id;
  const table = TABLE.map((c) => (c.code === '1.1' ? { ...c, indicatorId } : c));
  const created = await officer.post('/api/covenants', { groupId: world.groupId, title: 'Giao ước thi đua năm 2024', scoringDeadline: '2024-11-05', criteria: table });
  if (created.statusCode !== 201) throw new Error(created.body);
  covenantId = created.json().id;
});
afterAll(() => t.close());

describe('the criteria table as a spreadsheet', () => {
  it('exports the table in order, kinds and evidence in words, to anyone who may read the covenant', async () => {
    const res = await officer.get(`/api/covenants/${covenantId}/criteria.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(downloadName(res.headers['content-disposition'])).toBe('Bảng tiêu chí - Cụm thi đua các xã vùng cao - 2024.xlsx');
    const table = await readXlsx(res.rawPayload);
    expect(table[0]).toEqual(HEADER);
    expect(table.slice(1)).toEqual(TABLE.map((c) => [c.code, c.name, LABEL[c.kind], String(c.maxPoints), c.evidenceRequired ? 'Có' : 'Không']));

    expect((await headB.get(`/api/covenants/${covenantId}/criteria.xlsx`)).statusCode).toBe(200);
    expect((await otherOfficer.get(`/api/covenants/${covenantId}/criteria.xlsx`)).statusCode).toBe(404);
  });

  it('imports an edited table: a dry run writes nothing; the import replaces the table in one audited step, keeping indicator links', async () => {
    // Someone renames the covenant while the officer edits the file: the officer's import is stale.
    const seen = (await officer.get(`/api/covenants/${covenantId}`)).json();
    const version = (await officer.patch(`/api/covenants/${covenantId}`, { title: seen.title, version: seen.version })).json().version;
    const before = await snapshotDatabase(t.ctx.db);
    const dry = await upload(officer, '?dryRun=true', buildCsv(HEADER, EDITED), 'text/csv');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toEqual({ rows: 10, dryRun: true });
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    // An import against a version the user no longer sees would overwrite an edit made since.
    const stale = await upload(officer, `?version=${seen.version}`, await xlsxOf(EDITED));
    expect(stale.statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const res = await upload(officer, `?version=${version}`, await xlsxOf(EDITED));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ rows: 10, dryRun: false });
    const c = (await officer.get(`/api/covenants/${covenantId}`)).json();
    expect(c.version).toBe(version + 1);
    expect(c.maxTotal).toBe(1000);
    type Row = { code: string; name: string; kind: string; maxPoints: number; evidenceRequired: boolean; indicatorId: string | null };
    expect(c.criteria.map((r: Row) => [r.code, r.kind, r.maxPoints, r.evidenceRequired])).toEqual([
      ['1', 'group', 550, false],
      ['1.1', 'criterion', 280, false],
      ['1.2', 'criterion', 270, true],
      ['2', 'group', 200, false],
      ['2.1', 'criterion', 200, true],
      ['3', 'group', 250, false],
      ['3.1', 'criterion', 200, false],
      ['3.2', 'criterion', 50, false],
      ['C', 'bonus', 50, false],
      ['T', 'penalty', 30, false],
    ]);
    const row11 = c.criteria.find((r: Row) => r.code === '1.1');
    expect(row11).toMatchObject({ name: 'Tỷ lệ hộ nghèo giảm theo chuẩn đa chiều', indicatorId });
    expect(c.criteria.find((r: Row) => r.code === '3.2').parentId).toBe(c.criteria.find((r: Row) => r.code === '3').id);
    const audited = await t.ctx.db.select({ action: auditLog.action, after: auditLog.after }).from(auditLog).where(eq(auditLog.entityId, covenantId));
    expect(audited.filter((a) => a.action === 'covenant.import_criteria')).toEqual([{ action: 'covenant.import_criteria', after: { criteria: 10, format: 'xlsx' } }]);

    // What goes out comes back the same.
    const again = await readXlsx((await officer.get(`/api/covenants/${covenantId}/criteria.xlsx`)).rawPayload);
    expect(again.slice(1).map((r) => r.slice(0, 4))).toEqual(EDITED.map((r) => [r[0], r[1], LABEL[c.criteria.find((x: Row) => x.code === r[0]).kind], String(r[3])]));
  });

  it('answers a bad row with 400 naming its row and column, and writes nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const cells = await upload(
      officer,
      '',
      await xlsxOf(EDITED.map((r) => (r[0] === '1.1' ? [r[0], r[1], 'nhóm con', r[3], r[4]] : r[0] === '1.2' ? [r[0], r[1], r[2], 'hai trăm', r[4]] : r[0] === '3.2' ? ['2.1', ...r.slice(1)] : r))),
    );
    expect(cells.statusCode).toBe(400);
    expect(cells.json().error.message).toMatch(/3 dòng lỗi/);
    expect(cells.json().error.details).toEqual([
      { row: 3, field: 'kind', message: expect.stringMatching(/^Loại: "nhóm con" không hợp lệ/) },
      { row: 4, field: 'maxPoints', message: expect.stringMatching(/^Điểm tối đa: "hai trăm" không phải là số/) },
      { row: 9, field: 'code', message: 'Mã: "2.1" trùng với mã ở dòng 6' },
    ]);

    // Every cell reads, but group 1 says 500 while its criteria add up to 550.
    const sums = await upload(officer, '?dryRun=true', await xlsxOf(EDITED.map((r) => (r[0] === '1' ? [r[0], r[1], r[2], 500, r[4]] : r))));
    expect(sums.statusCode).toBe(400);
    expect(sums.json().error.details).toEqual([{ row: 2, field: 'maxPoints', message: expect.stringMatching(/^Điểm tối đa: Nhóm 1: điểm tối đa 500 khác tổng điểm các tiêu chí 550/) }]);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses the import to a member (403) and once the covenant is open (409)', async () => {
    const file = await xlsxOf(EDITED);
    const before = await snapshotDatabase(t.ctx.db);
    expect((await upload(headA, '', file)).statusCode).toBe(403);
    expect((await upload(headA, '?dryRun=true', file)).statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const version = (await officer.get(`/api/covenants/${covenantId}`)).json().version;
    const opened = await officer.post(`/api/covenants/${covenantId}/open`, { version });
    expect(opened.statusCode, opened.body).toBe(200);
    for (const x of opened.json().criteria as { code: string; id: string }[]) criterion[x.code] = x.id;
    const after = await snapshotDatabase(t.ctx.db);
    const late = await upload(officer, '', file);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/đang chấm điểm/);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(after);
  });
});

describe('the scoring summary and the minutes of the year-end meeting', () => {
  it('keeps the scoring summary from members until scoring closes; the organiser reads it while scoring', async () => {
    for (const [head, reporter, unitId, values] of [
      [headA, reporterA, h.communeA.id, { '1.1': 280, '1.2': 260, '2.1': 180, '3.1': 190, '3.2': 40, C: 10 }],
      [headB, reporterB, h.communeB.id, { '1.1': 270, '1.2': 250, '2.1': 195, '3.1': 200, '3.2': 50, C: 5, T: 5 }],
    ] as const) {
      expect((await head.post(`/api/covenants/${covenantId}/sign`, { unitId })).statusCode).toBe(200);
      const saved = await reporter.put(`/api/covenants/${covenantId}/scores/${unitId}`, { items: scoresOf(values), version: null });
      expect(saved.statusCode, saved.body).toBe(200);
      expect((await reporter.post(`/api/covenants/${covenantId}/scores/${unitId}/submit`, { version: saved.json().version })).statusCode).toBe(200);
    }
    const refused = await headB.get(`/api/covenants/${covenantId}/scores.xlsx`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Bảng tổng hợp điểm chỉ xem được sau khi khóa chấm điểm');
    expect((await reporterA.get(`/api/covenants/${covenantId}/scores.xlsx`)).statusCode).toBe(403);

    const early = await officer.get(`/api/covenants/${covenantId}/scores.xlsx`);
    expect(early.statusCode, early.body).toBe(200);
    const table = await readXlsx(early.rawPayload);
    const header = table.find((r) => r[0] === 'Mã')!;
    expect(rowOf(table, '2.1')![header.indexOf('Xã Đun Nhì: Tự chấm')]).toBe('195');
  });

  it('refuses the minutes before scoring closes (409)', async () => {
    const res = await officer.get(`/api/covenants/${covenantId}/minutes.docx`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Biên bản lập được khi đã khóa chấm điểm');
  });

  it('gives every member the summary once scoring closes, with the adjusted score, its reason and the ranking', async () => {
    const version = (await officer.get(`/api/covenants/${covenantId}`)).json().version;
    expect((await headA.post(`/api/covenants/${covenantId}/close-scoring`, { version })).statusCode).toBe(200);
    const adjusted = await headA.post(`/api/covenants/${covenantId}/adjustments`, { unitId: h.communeB.id, criterionId: criterion['2.1'], score: 190, reason: REASON });
    expect(adjusted.statusCode, adjusted.body).toBe(200);

    const res = await headB.get(`/api/covenants/${covenantId}/scores.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(downloadName(res.headers['content-disposition'])).toBe('Tổng hợp điểm - Cụm thi đua các xã vùng cao - 2024.xlsx');
    const summary = await readXlsx(res.rawPayload);
    expect(summary[0]![0]).toBe('BẢNG TỔNG HỢP ĐIỂM CỤM THI ĐUA CÁC XÃ VÙNG CAO NĂM 2024');
    const header = summary.find((r) => r[0] === 'Mã')!;
    const col = (name: string) => header.indexOf(name);
    expect(col('Xã Đun Nhì: Sau điều chỉnh')).toBeGreaterThan(0);
    const b = (first: string) => [rowOf(summary, first)![col('Xã Đun Nhì: Tự chấm')] ?? '', rowOf(summary, first)![col('Xã Đun Nhì: Sau điều chỉnh')] ?? ''];
    expect(b('2.1')).toEqual(['195', '190']);
    expect(b('2')).toEqual(['195', '190']);
    expect(b('1')).toEqual(['520', '520']);
    expect(b('T')).toEqual(['5', '5']);
    expect(b('Tổng điểm tự chấm')[0]).toBe('965');
    expect(b('Tổng điểm sau điều chỉnh')[1]).toBe('960');
    expect(rowOf(summary, 'Tổng điểm sau điều chỉnh')![col('Xã Mường Báng: Sau điều chỉnh')]).toBe('960');

    const book = await sheets(res.rawPayload);
    expect(Object.keys(book)).toEqual(['Tổng hợp điểm', 'Xếp hạng', 'Điều chỉnh']);
    const ranking = book['Xếp hạng']!;
    const rankHeader = ranking.find((r) => r[0] === 'Hạng')!;
    expect(rankHeader.slice(0, 6)).toEqual(['Hạng', 'Đơn vị', 'Tổng điểm', 'Nhóm 1', 'Nhóm 2', 'Nhóm 3']);
    // Both 960 after the adjustment: Mường Báng leads on group 1 (540 against 520).
    expect(ranking.filter((r) => /^\d+$/.test(r[0] ?? '')).map((r) => r.slice(0, 4))).toEqual([
      ['1', 'Xã Mường Báng', '960', '540'],
      ['2', 'Xã Đun Nhì', '960', '520'],
    ]);
    expect(rowOf(ranking, '2')![rankHeader.indexOf('Căn cứ xếp hạng')]).toMatch(/nhóm 1/);
    expect(ranking.map((r) => r[0])).toContain('3. Vẫn bằng nhau: đơn vị ít điểm trừ hơn xếp trên');

    const changes = book['Điều chỉnh']!;
    expect(changes.find((r) => r[0] === 'Xã Đun Nhì')).toEqual(['Xã Đun Nhì', '2.1', '195', '190', REASON, expect.any(String), '20/10/2024 10:00']);
  });

  it('writes the minutes: members and their signatures, totals, the adjustment with its reason, and the ranking', async () => {
    expect((await otherOfficer.get(`/api/covenants/${covenantId}/minutes.docx`)).statusCode).toBe(404);
    const res = await headB.get(`/api/covenants/${covenantId}/minutes.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/wordprocessingml/);
    const text = (await readDocxText(res.rawPayload)).replace(/\s+/g, ' ');
    expect(text).toMatch(/ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA CỤM THI ĐUA CÁC XÃ VÙNG CAO/);
    expect(text).toMatch(/BIÊN BẢN Hội nghị tổng kết thực hiện giao ước thi đua năm 2024 của Cụm thi đua các xã vùng cao/);
    // Scoring is closed but the covenant is not: the day is left to write in at the meeting.
    expect(text).toMatch(/Tủa Chùa, ngày\S* tháng/);
    expect(text).toMatch(/2\. Trưởng cụm: Xã Mường Báng\./);
    expect(text).toMatch(/đã ký giao ước 02\/02, đã nộp bảng tự chấm điểm 02\/02/);
    expect(text).toMatch(/- Xã Đun Nhì: ký giao ước ngày 20\/10\/2024 \([^)]+\), nộp bảng tự chấm ngày 20\/10\/2024; - Xã Mường Báng: ký giao ước ngày 20\/10\/2024/);
    expect(text).toMatch(/Nhóm 3\. Công tác thi đua, khen thưởng: tối đa 250 điểm;/);
    expect(text).toMatch(/- Xã Đun Nhì: tự chấm 965 điểm, sau điều chỉnh 960 điểm; - Xã Mường Báng: tự chấm 960 điểm, sau điều chỉnh 960 điểm\./);
    expect(text).toContain(`- Xã Đun Nhì, tiêu chí 2.1: từ 195 điểm thành 190 điểm. Lý do: ${REASON} (`);
    expect(text).toMatch(/xếp hạng \(tạm thời: giao ước chưa kết thúc\)/);
    expect(text).toMatch(/- Hạng 1: Xã Mường Báng, 960 điểm; - Hạng 2: Xã Đun Nhì, 960 điểm \(Bằng tổng điểm; xếp sau do điểm nhóm 1 .*thấp hơn\)\./);
    expect(text).toMatch(/Vẫn bằng nhau: đơn vị ít điểm trừ hơn xếp trên;/);
    // The secretary on the left, the head of the cluster on the right: who signed the covenant for Mường Báng.
    const members = (await headB.get(`/api/covenants/${covenantId}`)).json().members as { unitId: string; signedByName: string }[];
    const presiding = members.find((m) => m.unitId === h.communeA.id)!.signedByName;
    expect(presiding).toBeTruthy();
    expect(text).toMatch(new RegExp(`nhất trí thông qua\\. THƯ KÝ TRƯỞNG CỤM ${presiding}\\s*$`));
  });

  it('dates the minutes and calls the ranking final once the covenant is closed', async () => {
    const version = (await officer.get(`/api/covenants/${covenantId}`)).json().version;
    expect((await officer.post(`/api/covenants/${covenantId}/close`, { version })).statusCode).toBe(200);
    const text = (await readDocxText((await reporterA.get(`/api/covenants/${covenantId}/minutes.docx`)).rawPayload)).replace(/\s+/g, ' ');
    expect(text).toMatch(/Tủa Chùa, ngày 20 tháng 10 năm 2024/);
    expect(text).toMatch(/Ngày 20\/10\/2024, Cụm thi đua các xã vùng cao tổ chức hội nghị tổng kết/);
    expect(text).toMatch(/Kết quả xếp hạng chính thức theo tổng điểm sau điều chỉnh/);
  });
});
