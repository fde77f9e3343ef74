import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../contract/documents.js';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import { readDocx } from '../../render/docx/read-docx.testing.js';
import { createGroup } from '../groups/groups.service.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let office: { id: string };
let clusterId: string;
let officer: Client; // district officer
let viewer: Client; // district leader, reads only
let reporterA: Client; // reporter of Xã Mường Báng
let reporterB: Client; // reporter of Xã Đun Nhì
let otherOfficer: Client; // officer of the sibling district

const signer = { name: 'Lò Văn Minh', title: 'PHÓ CHỦ TỊCH', authority: 'KT.', onBehalfOf: 'CHỦ TỊCH' };
const PDF = Buffer.from('%PDF-1.4\n% thidua\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

interface DocJson {
  id: string;
  heldByYourScope: boolean;
  version: number;
  status: string;
  subject: string | null;
  fullNumber: string | null;
  references: { number: string; resolvedDocumentId: string | null }[];
  deliveries: { unitId: string; unitName: string; viaGroupId: string | null; receivedAt: string | null }[];
  files: { id: string; name: string; sha256: string }[];
}

function draftBody(over: Record<string, unknown> = {}) {
  return {
    direction: 'outgoing',
    docType: 'Công văn',
    ownerUnitId: h.district.id,
    draftingUnitId: office.id,
    subject: 'Về việc đẩy mạnh các phong trào thi đua yêu nước',
    // Free text: delivers to no unit, so the inbox tests below see only what they send.
    recipients: [{ text: 'Ủy ban nhân dân các xã, thị trấn' }],
    body: [{ heading: null, paragraphs: ['Ủy ban nhân dân huyện đề nghị các xã triển khai thực hiện.'] }],
    signer,
    ...over,
  };
}

async function draft(over: Record<string, unknown> = {}): Promise<DocJson> {
  const res = await officer.post('/api/documents', draftBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function issue(d: { id: string; version: number }, issuedOn = '2024-04-01'): Promise<DocJson> {
  const res = await officer.post(`/api/documents/${d.id}/issue`, { version: d.version, issuedOn });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

function parsed(over: Partial<ParsedDocument> = {}): ParsedDocument {
  return {
    docType: 'Kế hoạch',
    number: '12',
    symbol: 'KH-UBND',
    parentIssuer: null,
    issuer: 'ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM',
    place: 'Thử Nghiệm',
    date: '2024-01-10',
    year: 2024,
    subject: 'Tổ chức các phong trào thi đua năm 2024',
    recipients: ['Ủy ban nhân dân các huyện', 'Các sở, ban, ngành tỉnh'],
    references: [{ number: '98/2023/NĐ-CP', date: '2023-12-31', kind: 'Nghị định', issuer: 'Chính phủ' }],
    deadlines: [{ date: '2024-11-05', what: 'Báo cáo kết quả' }],
    targets: [],
    signer: { name: 'Nguyễn Văn Tỉnh', title: 'CHỦ TỊCH', authority: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN' },
    body: [{ heading: 'I. MỤC ĐÍCH', paragraphs: ['Khơi dậy tinh thần thi đua.'] }],
    distribution: ['Như trên', 'Lưu: VT'],
    problems: [{ code: 'missing_day_month', message: 'Thiếu ngày', excerpt: 'ngày … tháng' }],
    ...over,
  };
}

async function register(over: Record<string, unknown> = {}, client = officer): Promise<DocJson> {
  const res = await client.post('/api/documents', { direction: 'incoming', ownerUnitId: h.district.id, parsed: parsed(), ...over });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  office = await makeUnit(t.ctx, { name: 'Phòng Nội vụ', kind: 'office', parentId: h.district.id, code: 'PNV' });
  const cluster = await createGroup(t.ctx, null, {
    name: 'Cụm thi đua số 1',
    kind: 'cluster',
    year: 2024,
    organiserUnitId: h.district.id,
    memberUnitIds: [h.communeA.id, h.communeB.id],
    headUnitId: null,
    deputyUnitId: null,
  });
  clusterId = cluster.id;
  const sign = async (unitId: string, roles: Parameters<typeof makeUser>[1]['roles']) =>
    new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles })).username, TEST_PASSWORD);
  officer = await sign(h.district.id, ['officer']);
  viewer = await sign(h.district.id, ['viewer']);
  reporterA = await sign(h.communeA.id, ['reporter']);
  reporterB = await sign(h.communeB.id, ['reporter']);
  otherOfficer = await sign(h.otherDistrict.id, ['officer']);
});
afterAll(() => t.close());

describe('drafting and registering', () => {
  it('creates an outgoing draft with the defaults of Decree 30 and an audit entry', async () => {
    const audits = await countRows(t.ctx.db, 'audit_log', `entity_type = 'document'`);
    const d = await draft({ recipients: [{ unitId: h.communeA.id }, { groupId: clusterId }, { text: 'Các phòng, ban huyện' }] });
    expect(d).toMatchObject({
      direction: 'outgoing',
      status: 'draft',
      ownerUnitName: 'Huyện Tủa Chùa',
      draftingUnitName: 'Phòng Nội vụ',
      issuerName: 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA',
      symbol: 'UBND-PNV',
      number: null,
      fullNumber: null,
      issuedOn: null,
      distribution: ['Như trên', 'Lưu: VT, PNV'],
      recipients: [
        { unitId: h.communeA.id, groupId: null, text: null, name: 'Xã Mường Báng' },
        { unitId: null, groupId: clusterId, text: null, name: 'Cụm thi đua số 1' },
        { unitId: null, groupId: null, text: 'Các phòng, ban huyện', name: 'Các phòng, ban huyện' },
      ],
      deliveries: [],
      version: 1,
    });
    expect(await countRows(t.ctx.db, 'audit_log', `entity_type = 'document'`)).toBe(audits + 1);
  });

  it('registers an incoming document from a parse result with corrections, keeping the parse and its problems', async () => {
    const nfd = 'Tổ chức các phong trào thi đua năm 2024 (đã sửa)'.normalize('NFD');
    const d = await register({ subject: nfd, receivedOn: '2024-01-12' });
    expect(d).toMatchObject({
      direction: 'incoming',
      status: 'registered',
      docType: 'Kế hoạch',
      number: 12,
      numberText: '12',
      fullNumber: '12/KH-UBND',
      issuerName: 'ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM',
      issuedOn: '2024-01-10',
      year: 2024,
      receivedOn: '2024-01-12',
      subject: 'Tổ chức các phong trào thi đua năm 2024 (đã sửa)'.normalize('NFC'),
      recipients: [
        { text: 'Ủy ban nhân dân các huyện', unitId: null },
        { text: 'Các sở, ban, ngành tỉnh', unitId: null },
      ],
      references: [{ number: '98/2023/NĐ-CP', date: '2023-12-31', resolvedDocumentId: null }],
      problems: [{ code: 'missing_day_month' }],
      parsed: { subject: 'Tổ chức các phong trào thi đua năm 2024' },
    });
    // The same document registered twice by the same unit: 409, nothing written.
    const before = await snapshotDatabase(t.ctx.db);
    const again = await officer.post('/api/documents', { direction: 'incoming', ownerUnitId: h.district.id, parsed: parsed() });
    expect(again.statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('registers an incoming document typed in by hand, and needs its type', async () => {
    const res = await officer.post('/api/documents', { direction: 'incoming', ownerUnitId: h.district.id, subject: 'Không rõ loại' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['docType']);
    const ok = await officer.post('/api/documents', {
      direction: 'incoming',
      ownerUnitId: h.district.id,
      docType: 'Thông báo',
      number: '7',
      symbol: 'TB-SNV',
      issuedOn: '2024-02-01',
      subject: 'Lịch họp Hội đồng',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ fullNumber: '7/TB-SNV', status: 'registered', parsed: null, problems: [] });
  });

  it('lists newest first and finds documents without diacritics', async () => {
    const d = await draft({ subject: 'Phát động đợt thi đua cao điểm', body: [{ heading: null, paragraphs: ['Đề nghị đẩy mạnh các phong trào thi đua ở cơ sở.'] }] });
    const list = await officer.get('/api/documents');
    expect(list.statusCode).toBe(200);
    expect(list.json().items[0].id).toBe(d.id);
    const subjects = (q: string) => officer.get(`/api/documents?q=${encodeURIComponent(q)}`).then((r) => r.json().items.map((i: DocJson) => i.subject));
    expect(await subjects('day manh phong trao')).toEqual(expect.arrayContaining(['Phát động đợt thi đua cao điểm', 'Về việc đẩy mạnh các phong trào thi đua yêu nước']));
    expect(await subjects('DAY MẠNH phong')).toContain('Phát động đợt thi đua cao điểm');
    expect(await subjects('12/kh-ubnd')).toEqual(['Tổ chức các phong trào thi đua năm 2024 (đã sửa)']);
    expect(await subjects('tinh thu nghiem')).toEqual(['Tổ chức các phong trào thi đua năm 2024 (đã sửa)']);
    expect(await subjects('khong co chu nay')).toEqual([]);
    const incoming = await officer.get('/api/documents?direction=incoming&year=2024');
    expect(incoming.json().items.map((i: DocJson) => i.fullNumber).sort()).toEqual(['12/KH-UBND', '7/TB-SNV']);
    expect((await officer.get('/api/documents?status=issued')).json().total).toBe(0);
    expect((await officer.get('/api/documents?limit=1')).json()).toMatchObject({ total: 4, items: [{ id: d.id }] });
  });
});

describe('references (căn cứ)', () => {
  it('links a citation to a document registered before it', async () => {
    const d = await draft({ references: [{ number: '12/KH-UBND', date: '2024-01-10', kind: 'Kế hoạch', issuer: 'UBND tỉnh' }] });
    const cited = (await officer.get('/api/documents?q=12%2Fkh-ubnd')).json().items[0];
    expect(d.references).toEqual([{ number: '12/KH-UBND', date: '2024-01-10', kind: 'Kế hoạch', issuer: 'UBND tỉnh', resolvedDocumentId: cited.id }]);
  });

  it('links pending citations when the cited document is registered or issued later', async () => {
    const citing = await draft({
      references: [
        { number: '99/QĐ-UBND', date: '2024-03-01', kind: 'Quyết định', issuer: null },
        { number: '1/UBND - PNV', date: null, kind: null, issuer: null },
      ],
    });
    expect(citing.references.map((r) => r.resolvedDocumentId)).toEqual([null, null]);
    // A document of another date does not match a dated citation.
    await register({ parsed: parsed({ number: '99', symbol: 'QĐ-UBND', date: '2024-03-02', docType: 'Quyết định' }) });
    expect((await officer.get(`/api/documents/${citing.id}`)).json().references[0].resolvedDocumentId).toBeNull();
    const decision = await register({ parsed: parsed({ number: '99', symbol: 'QĐ-UBND', date: '2024-03-01', docType: 'Quyết định' }) });
    const outgoing = await issue(await draft());
    expect(outgoing.fullNumber).toBe('01/UBND-PNV');
    const after = (await officer.get(`/api/documents/${citing.id}`)).json() as DocJson;
    expect(after.references.map((r) => r.resolvedDocumentId)).toEqual([decision.id, outgoing.id]);
  });
});

describe('editing', () => {
  it('edits a draft with its version, refuses a stale one, and refuses typing the number of an outgoing document', async () => {
    const d = await draft();
    const res = await officer.patch(`/api/documents/${d.id}`, { version: d.version, subject: 'Trích yếu mới', recipients: [{ groupId: clusterId }] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ subject: 'Trích yếu mới', version: d.version + 1, recipients: [{ groupId: clusterId }] });
    const before = await snapshotDatabase(t.ctx.db);
    expect((await officer.patch(`/api/documents/${d.id}`, { version: d.version, subject: 'Cũ' })).statusCode).toBe(409);
    const typed = await officer.patch(`/api/documents/${d.id}`, { version: d.version + 1, number: '05' });
    expect(typed.statusCode).toBe(400);
    expect(Object.keys(typed.json().error.fields)).toEqual(['number']);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('corrects an incoming registration and relinks the citations that follow its number', async () => {
    const reg = await register({ parsed: parsed({ number: '45', symbol: 'CV-SAI', date: '2024-05-05', docType: 'Công văn' }) });
    const citing = await draft({ references: [{ number: '45/SNV-TĐKT', date: null, kind: null, issuer: null }] });
    expect(citing.references[0]!.resolvedDocumentId).toBeNull();
    const fixed = await officer.patch(`/api/documents/${reg.id}`, { version: reg.version, symbol: 'SNV-TĐKT' });
    expect(fixed.json().fullNumber).toBe('45/SNV-TĐKT');
    expect((await officer.get(`/api/documents/${citing.id}`)).json().references[0].resolvedDocumentId).toBe(reg.id);
  });

  it('freezes an issued document: PATCH answers 409 in Vietnamese and changes nothing', async () => {
    const d = await issue(await draft({ subject: 'Văn bản đã ban hành' }));
    const before = await snapshotDatabase(t.ctx.db);
    const res = await officer.patch(`/api/documents/${d.id}`, { version: d.version, subject: 'Sửa sau ban hành' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('đã ban hành');
    expect((await officer.post(`/api/documents/${d.id}/issue`, { version: d.version })).statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses unknown or out-of-scope recipients, naming the field, and writes nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const cases: [unknown, string][] = [
      [[{ unitId: '00000000-0000-4000-8000-000000000000' }], 'recipients.0.unitId'],
      [[{ unitId: h.communeA.id }, { unitId: h.otherCommune.id }], 'recipients.1.unitId'],
      [[{ groupId: '00000000-0000-4000-8000-000000000000' }], 'recipients.0.groupId'],
      [[{ unitId: h.communeA.id, text: 'và chữ' }], 'recipients.0'],
    ];
    for (const [recipients, field] of cases) {
      const res = await officer.post('/api/documents', draftBody({ recipients }));
      expect(res.statusCode, field).toBe(400);
      expect(Object.keys(res.json().error.fields), field).toEqual([field]);
      expect(res.json().error.message).toMatch(/[ơưạảđ]/);
    }
    // A unit above the issuer (a report goes up to the province) is a valid recipient.
    expect((await officer.post('/api/documents', draftBody({ recipients: [{ unitId: h.province.id }] }))).statusCode).toBe(201);
    const after = await snapshotDatabase(t.ctx.db);
    expect({ ...after, documents: '', audit_log: '' }).toEqual({ ...before, documents: '', audit_log: '' });
  });
});

describe('delivery and the inbox', () => {
  let sent: DocJson;
  let hidden: DocJson;

  it('never shows a draft to its recipients', async () => {
    hidden = await draft({ subject: 'Dự thảo chưa gửi', recipients: [{ unitId: h.communeA.id }] });
    expect((await reporterA.get(`/api/documents/${hidden.id}`)).statusCode).toBe(404);
    expect((await reporterA.get('/api/documents')).json().items).toEqual([]);
    expect((await reporterA.get('/api/inbox?status=all')).json().items).toEqual([]);
  });

  it('delivers to named units and to the members of a group, once each', async () => {
    const d = await draft({ subject: 'Gửi cụm và xã', recipients: [{ groupId: clusterId }, { unitId: h.communeA.id }, { text: 'Các phòng, ban' }] });
    sent = await issue(d, '2024-05-10');
    expect(sent.deliveries.map((x) => [x.unitName, x.viaGroupId, x.receivedAt])).toEqual([
      ['Xã Đun Nhì', clusterId, null],
      ['Xã Mường Báng', null, null],
    ]);
    expect((await reporterA.get(`/api/documents/${hidden.id}`)).statusCode).toBe(404);
  });

  it('shows it in the inbox of a commune reporter, who sees only their own delivery', async () => {
    const inbox = await reporterA.get('/api/inbox');
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json()).toMatchObject({ total: 1, items: [{ unitName: 'Xã Mường Báng', receivedAt: null, document: { id: sent.id, fullNumber: sent.fullNumber } }] });
    const doc = (await reporterA.get(`/api/documents/${sent.id}`)).json() as DocJson;
    expect(doc.deliveries.map((x) => x.unitName)).toEqual(['Xã Mường Báng']);
    expect(doc.heldByYourScope).toBe(false);
    expect((await reporterA.get('/api/documents')).json().items.map((i: DocJson) => i.id)).toEqual([sent.id]);
    // A recipient reads but does not edit the sender's document.
    expect((await reporterA.patch(`/api/documents/${sent.id}`, { version: sent.version, subject: 'x' })).statusCode).toBe(403);
  });

  it('marks it received once (receiving again changes nothing)', async () => {
    const first = await reporterA.post(`/api/documents/${sent.id}/receive`, {});
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ unitId: h.communeA.id, receivedByName: 'Người Thử Nghiệm' });
    expect(first.json().receivedAt).toEqual(expect.any(String));
    const before = await snapshotDatabase(t.ctx.db);
    const second = await reporterA.post(`/api/documents/${sent.id}/receive`, { unitId: h.communeA.id });
    expect(second.statusCode).toBe(200);
    expect(second.json().receivedAt).toBe(first.json().receivedAt);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect((await reporterA.get('/api/inbox')).json().items).toEqual([]);
    expect((await reporterA.get('/api/inbox?status=all')).json().items[0].receivedAt).toBe(first.json().receivedAt);
    // The other commune's delivery is untouched.
    expect((await reporterB.get('/api/inbox')).json().items.map((i: { unitName: string }) => i.unitName)).toEqual(['Xã Đun Nhì']);
    // The district sees both deliveries, and who received.
    const forOwner = (await officer.get(`/api/documents/${sent.id}`)).json() as DocJson;
    expect(forOwner.heldByYourScope).toBe(true);
    expect(forOwner.deliveries.map((x) => [x.unitName, !!x.receivedAt])).toEqual([
      ['Xã Đun Nhì', false],
      ['Xã Mường Báng', true],
    ]);
  });

  it('refuses receiving for a unit the document was not sent to, or by a reader only', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const notSent = await officer.post(`/api/documents/${sent.id}/receive`, {});
    expect(notSent.statusCode).toBe(400);
    expect(Object.keys(notSent.json().error.fields)).toEqual(['unitId']);
    expect((await viewer.post(`/api/documents/${sent.id}/receive`, { unitId: h.communeB.id })).statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    // Without a body, the reporter's own unit receives.
    const own = await reporterB.post(`/api/documents/${sent.id}/receive`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().unitId).toBe(h.communeB.id);
  });
});

describe('attachments', () => {
  let d: DocJson;
  const upload = (id: string, bytes: Buffer, type: string, name?: string, client = officer) =>
    client.request({
      method: 'POST',
      url: `/api/documents/${id}/files${name === undefined ? '' : `?name=${encodeURIComponent(name)}`}`,
      headers: { 'content-type': type },
      payload: bytes,
    });
  const storedFiles = () => readdirSync(t.filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

  it('stores an attachment once per content, with a safe name, and sends it back', async () => {
    d = await draft({ subject: 'Có tệp đính kèm' });
    const res = await upload(d.id, PDF, 'application/pdf', '../../etc/Quyết định\u0007 số 5.pdf');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Quyết định số 5.pdf', contentType: 'application/pdf', size: PDF.length });
    const fileId = res.json().id;
    const again = await upload(d.id, PDF, 'application/pdf', 'ban-sao.pdf');
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(fileId);
    const other = await draft({ subject: 'Văn bản khác, cùng tệp' });
    expect((await upload(other.id, PDF, 'application/pdf', 'b.pdf')).statusCode).toBe(201);
    const files = storedFiles();
    expect(files.map((f) => f.name)).toEqual([res.json().sha256]);
    expect(join(files[0]!.parentPath, files[0]!.name)).toBe(join(t.filesDir, res.json().sha256.slice(0, 2), res.json().sha256.slice(2, 4), res.json().sha256));

    const down = await officer.get(`/api/documents/${d.id}/files/${fileId}`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(PDF)).toBe(true);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toBe(
      `attachment; filename="Quyet dinh so 5.pdf"; filename*=UTF-8''${encodeURIComponent('Quyết định số 5.pdf')}`,
    );
    expect((await officer.get(`/api/documents/${d.id}`)).json().files.map((f: { name: string }) => f.name)).toEqual(['Quyết định số 5.pdf']);
    expect((await upload(d.id, Buffer.from('Ghi chú'), 'text/plain; charset=utf-8')).json().name).toBe('tep-dinh-kem');
  });

  it('refuses too large, mislabelled or unknown files, and files on an issued document, writing nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const filesBefore = storedFiles().length;
    const big = await upload(d.id, Buffer.alloc(25 * 1024 * 1024, 0x25), 'application/pdf', 'lon.pdf');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toContain('20 MB');
    const fake = await upload(d.id, Buffer.from('not a pdf'), 'application/pdf', 'gia.pdf');
    expect(fake.statusCode).toBe(400);
    expect(Object.keys(fake.json().error.fields)).toEqual(['file']);
    expect((await upload(d.id, Buffer.from('PK'), 'application/zip', 'a.zip')).statusCode).toBe(415);
    expect((await upload(d.id, Buffer.alloc(0), 'application/pdf', 'rong.pdf')).statusCode).toBe(400);
    expect((await upload(d.id, PDF, 'application/pdf', 'x.pdf', reporterA)).statusCode).toBe(404);
    expect((await upload(d.id, PDF, 'application/pdf', 'x.pdf', viewer)).statusCode).toBe(403);
    const issued = await issue(await draft({ subject: 'Đã ban hành, không thêm tệp' }));
    const before2 = await snapshotDatabase(t.ctx.db);
    expect((await upload(issued.id, Buffer.from('%PDF-khác'), 'application/pdf', 'muon.pdf')).statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before2);
    expect({ ...before2, documents: '', audit_log: '', number_registers: '', document_recipients: '' }).toEqual({
      ...before,
      documents: '',
      audit_log: '',
      number_registers: '',
      document_recipients: '',
    });
    expect(storedFiles().length).toBe(filesBefore);
  });

  it('takes a file larger than the JSON body limit', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(12 * 1024 * 1024, 0x20)]);
    const res = await upload(d.id, bytes, 'application/pdf', 'ban-quet.pdf');
    expect(res.statusCode, res.body.slice(0, 200)).toBe(201);
    expect(res.json().size).toBe(bytes.length);
  });
});

describe('assignments', () => {
  it('assigns the recipient units of an issued document by default, and lists them by scope', async () => {
    const d = await issue(await draft({ subject: 'Yêu cầu báo cáo', recipients: [{ groupId: clusterId }] }));
    const res = await officer.post(`/api/documents/${d.id}/assignments`, { title: 'Báo cáo kết quả phong trào', dueOn: '2024-11-05', lockOn: '2024-11-10' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      documentId: d.id,
      documentNumber: d.fullNumber,
      title: 'Báo cáo kết quả phong trào',
      dueOn: '2024-11-05',
      lockOn: '2024-11-10',
      units: [{ unitName: 'Xã Đun Nhì' }, { unitName: 'Xã Mường Báng' }],
    });
    expect((await officer.get(`/api/assignments?documentId=${d.id}`)).json().items).toHaveLength(1);
    const mine = (await reporterA.get('/api/assignments')).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0].units).toEqual([{ unitId: h.communeA.id, unitName: 'Xã Mường Báng' }]);
    expect((await reporterA.get(`/api/assignments?unitId=${h.communeB.id}`)).json().items).toHaveLength(1);
    expect((await otherOfficer.get('/api/assignments')).json().items).toEqual([]);
  });

  it('refuses a lock date before the due date, units out of scope, and drafts', async () => {
    const d = await issue(await draft({ subject: 'Nhiệm vụ sai' }));
    const before = await snapshotDatabase(t.ctx.db);
    const early = await officer.post(`/api/documents/${d.id}/assignments`, { title: 'x', dueOn: '2024-11-05', lockOn: '2024-11-01' });
    expect(Object.keys(early.json().error.fields)).toEqual(['lockOn']);
    const far = await officer.post(`/api/documents/${d.id}/assignments`, { title: 'x', dueOn: '2024-11-05', unitIds: [h.otherCommune.id] });
    expect(Object.keys(far.json().error.fields)).toEqual(['unitIds']);
    const dr = await draft();
    expect((await officer.post(`/api/documents/${dr.id}/assignments`, { title: 'x', dueOn: '2024-11-05' })).statusCode).toBe(409);
    const before2 = await snapshotDatabase(t.ctx.db);
    expect({ ...before2, documents: '', audit_log: '' }).toEqual({ ...before, documents: '', audit_log: '' });
  });
});

describe('DOCX', () => {
  it('typesets an issued document with its number, date and subject, as an attachment', async () => {
    const d = await issue(await draft({ subject: 'Hướng dẫn bình xét thi đua cuối năm', place: 'Tủa Chùa', recipients: [{ unitId: h.communeA.id }] }), '2024-12-02');
    const res = await reporterA.get(`/api/documents/${d.id}/docx`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`Công văn ${d.fullNumber!.replace('/', '-')}.docx`)}`);
    const text = readDocx(res.rawPayload).document.replace(/<[^>]+>/g, '');
    expect(text).toContain('Hướng dẫn bình xét thi đua cuối năm');
    expect(text).toContain(d.fullNumber);
    expect(text).toContain('HUYỆN TỦA CHÙA');
    expect(text).toContain('Lò Văn Minh');
  });
});

describe('a user of the sibling district', () => {
  it('gets 404 on every route of a document of this district, and changes nothing', async () => {
    const d = await issue(await draft({ subject: 'Bí mật của huyện' }));
    const dr = await draft({ subject: 'Dự thảo bí mật' });
    const file = (
      await officer.request({ method: 'POST', url: `/api/documents/${dr.id}/files?name=a.pdf`, headers: { 'content-type': 'application/pdf' }, payload: PDF })
    ).json();
    const before = await snapshotDatabase(t.ctx.db);
    const answers = await Promise.all([
      otherOfficer.get(`/api/documents/${d.id}`),
      otherOfficer.get(`/api/documents/${dr.id}`),
      otherOfficer.patch(`/api/documents/${dr.id}`, { version: dr.version, subject: 'Chiếm' }),
      otherOfficer.post(`/api/documents/${dr.id}/issue`, { version: dr.version }),
      otherOfficer.post(`/api/documents/${d.id}/receive`, { unitId: h.communeA.id }),
      otherOfficer.request({ method: 'POST', url: `/api/documents/${dr.id}/files?name=b.pdf`, headers: { 'content-type': 'application/pdf' }, payload: PDF }),
      otherOfficer.get(`/api/documents/${dr.id}/files/${file.id}`),
      otherOfficer.post(`/api/documents/${d.id}/assignments`, { title: 'x', dueOn: '2024-12-01' }),
      otherOfficer.get(`/api/documents/${d.id}/docx`),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual(Array(answers.length).fill(404));
    for (const r of answers) expect(r.body).not.toContain('Bí mật');
    const list = await otherOfficer.get('/api/documents?q=bi%20mat');
    expect(list.json()).toEqual({ items: [], total: 0 });
    expect((await otherOfficer.get('/api/inbox?status=all')).json().items).toEqual([]);
    // Nor can it register into, or send to, this district.
    const intoOther = await otherOfficer.post('/api/documents', draftBody());
    expect(intoOther.statusCode).toBe(400);
    expect(Object.keys(intoOther.json().error.fields)).toEqual(['ownerUnitId']);
    const sendOver = await otherOfficer.post('/api/documents', draftBody({ ownerUnitId: h.otherDistrict.id, draftingUnitId: null, recipients: [{ unitId: h.communeA.id }] }));
    expect(Object.keys(sendOver.json().error.fields)).toEqual(['recipients.0.unitId']);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});
