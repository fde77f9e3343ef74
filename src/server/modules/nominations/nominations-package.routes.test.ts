import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { CreateAssignmentBodySchema, CreateDocumentBodySchema } from '../../../contract/documents.js';
import { reports } from '../../db/schema.js';
import { readDocxText } from '../../render/docx-text.js';
import { createAssignment } from '../assignments/assignments.service.js';
import { issueDocument } from '../documents/documents-issue.service.js';
import { createDocument } from '../documents/documents.service.js';
import { createPeople } from '../people/people.service.js';
import { periodYear } from './nominations-candidates.service.js';
import { buildNominationWorld, nominate, type NominationWorld } from './nominations.test-fixtures.js';

let t: TestApp;
let w: NominationWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildNominationWorld(t);
});
afterAll(() => t.close());

/** A report of `unitId` for an assignment of the district, stored directly in the state given. */
async function reportWith(unitId: string, period: string, status: string, exemplary: unknown[]) {
  const draft = await createDocument(
    t.ctx,
    null,
    CreateDocumentBodySchema.parse({ direction: 'outgoing', docType: 'Công văn', ownerUnitId: w.h.district.id, subject: `Báo cáo tổng kết phong trào thi đua ${period}`, recipients: [{ unitId }], signer: { name: 'Lò Văn Minh', title: 'CHỦ TỊCH', authority: null, onBehalfOf: null } }),
  );
  const issued = await issueDocument(t.ctx, null, draft.id, { version: draft.version, issuedOn: '2024-10-01' });
  const a = await createAssignment(t.ctx, null, issued.id, CreateAssignmentBodySchema.parse({ title: `Báo cáo tổng kết năm ${period}`, dueOn: '2024-11-30', period, unitIds: [unitId] }));
  await t.ctx.db.insert(reports).values({ assignmentId: a.id, unitId, period, status, narrative: {}, exemplary, warningComments: {} });
}

describe('candidates from exemplary lists', () => {
  it('reads the year from a period, else from the due date', () => {
    expect(periodYear('2024', '2024-11-30')).toBe(2024);
    expect(periodYear('6 tháng đầu năm 2023', '2024-01-15')).toBe(2023);
    expect(periodYear('Quý I/2025', '2025-04-10')).toBe(2025);
    expect(periodYear('', '2024-11-30')).toBe(2024);
  });

  it('lists the exemplary entries of accepted reports of the unit and its subtree for the year, matched to people and to nominations', async () => {
    await createPeople(t.ctx, null, [
      { fullName: 'Lý Văn Trùng', unitId: w.h.communeA.id, illustrative: false },
      { fullName: 'Lý Văn Trùng', unitId: w.h.communeA.id, illustrative: false },
    ]);
    await reportWith(w.h.communeA.id, '2024', 'accepted', [
      { kind: 'person', name: 'Nguyen Van An', position: 'Công chức Văn phòng', achievement: 'Dẫn đầu chuyển đổi số' },
      { kind: 'person', name: 'Lý Văn Trùng', position: null, achievement: 'Tích cực' },
      { kind: 'collective', name: 'Thôn Bản Phủ', position: null, achievement: 'Thôn văn hóa tiêu biểu' },
    ]);
    await reportWith(w.h.communeB.id, '2024', 'accepted', [{ kind: 'person', name: 'Đặng Thu Hà', position: null, achievement: 'Giỏi việc nước' }]);
    // Not counted: another year, and a report not yet accepted.
    await reportWith(w.h.communeA.id, '2023', 'accepted', [{ kind: 'person', name: 'Người Năm Trước', position: null, achievement: '' }]);
    await reportWith(w.h.communeA.id, '6 tháng 2024', 'submitted', [{ kind: 'person', name: 'Người Chưa Tiếp Nhận', position: null, achievement: '' }]);
    await nominate(w.headA, { proposingUnitId: w.h.communeA.id, awardCode: 'LDTT', personId: w.an });

    const res = await w.headA.get(`/api/nominations/candidates?unitId=${w.h.communeA.id}&year=2024`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((c: Record<string, unknown>) => [c.name, c.kind, c.personId, c.nominated, c.unitName])).toEqual([
      // Matched without diacritics; already nominated this year.
      ['Nguyen Van An', 'person', w.an, true, 'Xã Mường Báng'],
      // Two people share the name: no match.
      ['Lý Văn Trùng', 'person', null, false, 'Xã Mường Báng'],
      ['Thôn Bản Phủ', 'collective', null, false, 'Xã Mường Báng'],
    ]);
    expect(res.json().items[0]).toMatchObject({ achievement: 'Dẫn đầu chuyển đổi số', position: 'Công chức Văn phòng', assignmentTitle: 'Báo cáo tổng kết năm 2024' });

    const district = await w.officer.get(`/api/nominations/candidates?unitId=${w.h.district.id}&year=2024`);
    expect(district.json().items.map((c: { name: string }) => c.name).sort()).toEqual(['Lý Văn Trùng', 'Nguyen Van An', 'Thôn Bản Phủ', 'Đặng Thu Hà'].sort());
    expect(district.json().items.find((c: { name: string }) => c.name === 'Đặng Thu Hà').personId).toBe(w.ha);
    expect((await w.headA.get(`/api/nominations/candidates?unitId=${w.h.communeB.id}&year=2024`)).statusCode).toBe(404);
    expect((await w.otherOfficer.get(`/api/nominations/candidates?unitId=${w.h.communeA.id}&year=2024`)).statusCode).toBe(404);
  });
});

describe('forwarding package', () => {
  /** Sent by the commune, reviewed and forwarded by the district. */
  async function forwarded(body: Record<string, unknown>) {
    const n = await nominate(w.headA, { proposingUnitId: w.h.communeA.id, ...body });
    const sent = await w.headA.post('/api/nominations/submit', { items: [{ id: n.id, version: n.version }] });
    expect(sent.statusCode, sent.body).toBe(200);
    const reviewed = await w.officer.post(`/api/nominations/${n.id}/review`, { version: sent.json().items[0].version });
    const fwd = await w.officer.post(`/api/nominations/${n.id}/outcome`, { outcome: 'forwarded', version: reviewed.json().version });
    expect(fwd.statusCode, fwd.body).toBe(200);
  }

  it('answers 404 when the level forwarded nothing that year, and to those who do not review it', async () => {
    const none = await w.officer.get(`/api/nominations/forwarding-package?reviewingUnitId=${w.h.district.id}&year=2023`);
    expect(none.statusCode).toBe(404);
    expect(none.json().error.message).toBe('Huyện Tủa Chùa chưa trình cấp trên đề nghị nào năm 2023');
  });

  it('zips the tờ trình, the danh sách and one báo cáo thành tích per nominee as DOCX drafts', async () => {
    await forwarded({
      awardCode: 'BANG_KHEN_TINH',
      personId: w.an,
      justification: 'Nhiều năm liền hoàn thành xuất sắc nhiệm vụ',
      report: { summary: 'Sinh năm 1985, quê Tủa Chùa', achievements: 'Dẫn đầu phong trào chuyển đổi số\nHoàn thành 100% chỉ tiêu', priorAwards: 'Giấy khen năm 2023' },
    });
    await forwarded({ awardCode: 'TTLDXS', unitId: w.h.communeA.id, members: { total: 12, completed: 12, ldtt: 10, cstdcs: 2 }, justification: 'Tập thể tiêu biểu' });

    expect((await w.headA.get(`/api/nominations/forwarding-package?reviewingUnitId=${w.h.district.id}&year=2024`)).statusCode).toBe(404);
    expect((await w.otherOfficer.get(`/api/nominations/forwarding-package?reviewingUnitId=${w.h.district.id}&year=2024`)).statusCode).toBe(404);

    const res = await w.officer.get(`/api/nominations/forwarding-package?reviewingUnitId=${w.h.district.id}&year=2024`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Hồ sơ trình cấp trên - Huyện Tủa Chùa - 2024.zip')}`);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['01 - Tờ trình.docx', '02 - Danh sách.docx', '03 - Báo cáo thành tích - Nguyễn Văn An.docx', '04 - Báo cáo thành tích - Xã Mường Báng.docx']);
    const text = async (name: string) => readDocxText(await zip.file(name)!.async('nodebuffer'));

    const submission = await text('01 - Tờ trình.docx');
    expect(submission).toMatch(/ỦY BAN NHÂN DÂN\s+HUYỆN TỦA CHÙA/);
    expect(submission).toContain('TỜ TRÌNH');
    expect(submission).toContain('Về việc đề nghị tặng “Tập thể lao động xuất sắc”, “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” năm 2024');
    expect(submission).toContain('Kính gửi: Ủy ban nhân dân tỉnh Thử Nghiệm');
    expect(submission).toContain('1. Tập thể lao động xuất sắc: 1 tập thể.');
    expect(submission).toContain('2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 1 cá nhân.');
    expect(submission).toContain('Số:');
    expect(submission).toMatch(/TTr-UBND/);

    const list = await text('02 - Danh sách.docx');
    expect(list).toContain('DANH SÁCH ĐỀ NGHỊ TẶNG');
    expect(list).toContain('I. TẬP THỂ LAO ĐỘNG XUẤT SẮC');
    expect(list).toContain('1. Tập thể Xã Mường Báng, Huyện Tủa Chùa');
    expect(list).toContain('II. BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
    expect(list).toContain('1. Nguyễn Văn An, Công chức Văn phòng – Thống kê, Xã Mường Báng');

    const report = await text('03 - Báo cáo thành tích - Nguyễn Văn An.docx');
    expect(report).toContain('BÁO CÁO');
    expect(report).toContain('Thành tích đề nghị tặng “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh” năm 2024');
    for (const line of ['I. SƠ LƯỢC LÝ LỊCH', 'Họ và tên: Nguyễn Văn An', 'Sinh năm 1985, quê Tủa Chùa', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'Dẫn đầu phong trào chuyển đổi số', 'Hoàn thành 100% chỉ tiêu', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 'Giấy khen năm 2023']) {
      expect(report).toContain(line);
    }
    const collective = await text('04 - Báo cáo thành tích - Xã Mường Báng.docx');
    expect(collective).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH');
    expect(collective).toContain('(Chưa ghi)');
  });
});
