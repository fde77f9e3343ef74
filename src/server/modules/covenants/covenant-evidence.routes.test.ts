import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import type { makeHierarchy } from '../../../../test/support/factories.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import { auditLog } from '../../db/schema.js';
import { buildClusterWorld, TABLE } from './covenants.test-fixtures.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let officer: Client;
let headA: Client;
let reporterA: Client;
let headB: Client;
let reporterB: Client;
let otherOfficer: Client;
let covenantId: string;
let version: number;
const criterion: Record<string, string> = {};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

const sheetUrl = (unitId: string) => `/api/covenants/${covenantId}/scores/${unitId}`;
const upload = (client: Client, unitId: string, code: string, name: string, bytes: Buffer = PDF, contentType = 'application/pdf') =>
  client.request({ method: 'POST', url: `${sheetUrl(unitId)}/files?criterionId=${criterion[code] ?? code}&name=${encodeURIComponent(name)}`, headers: { 'content-type': contentType }, payload: bytes });
type Line = { criterionId: string; files: { id: string; name: string }[] };
const lineOf = (sheet: { items: Line[] }, code: string): Line => sheet.items.find((i) => i.criterionId === criterion[code])!;
const allScored = (evidenceOf12: string | null) => [
  ...['1.1', '2.1', '3.1'].map((code) => ({ criterionId: criterion[code]!, score: 150, evidence: null })),
  { criterionId: criterion['1.2']!, score: 200, evidence: evidenceOf12 },
];

beforeAll(async () => {
  t = await createTestApp();
  let groupId: string;
  ({ h, officer, headA, reporterA, headB, reporterB, otherOfficer, groupId } = await buildClusterWorld(t));
  const c = (await officer.post('/api/covenants', { groupId, title: 'Giao ước thi đua năm 2024', scoringDeadline: '2024-11-05', criteria: TABLE })).json();
  for (const x of c.criteria as { code: string; id: string }[]) criterion[x.code] = x.id;
  covenantId = c.id;
  version = (await officer.post(`/api/covenants/${covenantId}/open`, { version: c.version })).json().version;
  for (const [head, unitId] of [
    [headA, h.communeA.id],
    [headB, h.communeB.id],
  ] as const) {
    expect((await head.post(`/api/covenants/${covenantId}/sign`, { unitId })).statusCode).toBe(200);
  }
});
afterAll(() => t.close());

describe('evidence files of a self-scoring sheet', () => {
  it('attaches a file to a criterion before the sheet is first saved, once per content, and shows it on the sheet', async () => {
    const up = await upload(reporterA, h.communeA.id, '1.2', 'Báo cáo DVC trực tuyến.pdf');
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ name: 'Báo cáo DVC trực tuyến.pdf', contentType: 'application/pdf', size: PDF.length });
    const again = await upload(reporterA, h.communeA.id, '1.2', 'lan-2.pdf');
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(up.json().id);
    // The same bytes on another criterion are that criterion's evidence too.
    expect((await upload(reporterA, h.communeA.id, '2.1', 'bao-cao.pdf')).statusCode).toBe(201);
    const sheet = (await reporterA.get(sheetUrl(h.communeA.id))).json();
    expect(sheet.status).toBe('none');
    expect(lineOf(sheet, '1.2').files.map((f) => f.name)).toEqual(['Báo cáo DVC trực tuyến.pdf']);
    expect(lineOf(sheet, '2.1').files).toHaveLength(1);
    expect(lineOf(sheet, '1.1').files).toEqual([]);
    const audited = await t.ctx.db.select({ action: auditLog.action, after: auditLog.after }).from(auditLog).where(eq(auditLog.entityId, covenantId));
    expect(audited.filter((a) => a.action === 'covenant.evidence.add').map((a) => (a.after as { criterion: string }).criterion)).toEqual(['1.2', '2.1']);
  });

  it('takes files through the deadline day and none after it', async () => {
    // The world's clock reads 20/10/2024 (Vietnam); the organiser moves the deadline around it.
    const moved = await officer.patch(`/api/covenants/${covenantId}`, { scoringDeadline: '2024-10-19', version });
    expect(moved.statusCode, moved.body).toBe(200);
    const late = await upload(reporterA, h.communeA.id, '1.1', 'muon.pdf', Buffer.concat([PDF, Buffer.from('muộn')]));
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/19\/10\/2024/);
    const today = await officer.patch(`/api/covenants/${covenantId}`, { scoringDeadline: '2024-10-20', version: moved.json().version });
    const onTime = await upload(reporterA, h.communeA.id, '1.1', 'dung-han.pdf', Buffer.concat([PDF, Buffer.from('đúng hạn')]));
    expect(onTime.statusCode).toBe(201);
    expect((await reporterA.delete(`${sheetUrl(h.communeA.id)}/files/${onTime.json().id}`)).statusCode).toBe(200);
    version = (await officer.patch(`/api/covenants/${covenantId}`, { scoringDeadline: '2024-11-05', version: today.json().version })).json().version;
  });

  it('refuses a file that is not what it claims, a content group, a foreign criterion, another member and a stranger, writing nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const fake = await upload(reporterA, h.communeA.id, '1.2', 'x.pdf', Buffer.from('không phải PDF'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.message).toMatch(/PDF/);
    expect((await upload(reporterA, h.communeA.id, '1.2', 'x.exe', PDF, 'application/x-msdownload')).statusCode).toBe(415);
    const group = await upload(reporterA, h.communeA.id, '1', 'nhom.pdf');
    expect(group.statusCode).toBe(400);
    expect(group.json().error.fields.criterionId).toMatch(/nhóm nội dung/);
    expect((await upload(reporterA, h.communeA.id, h.district.id, 'la.pdf')).json().error.fields).toHaveProperty('criterionId');
    expect((await upload(reporterB, h.communeA.id, '1.2', 'chen.pdf')).statusCode).toBe(403);
    expect((await upload(otherOfficer, h.communeA.id, '1.2', 'chen.pdf')).statusCode).toBe(404);
    expect((await upload(reporterA, h.district.id, '1.2', 'khong-phai-thanh-vien.pdf')).statusCode).toBe(404);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('keeps a member’s files from the other members until scoring closes; the organiser reads them', async () => {
    const fileId = lineOf((await reporterA.get(sheetUrl(h.communeA.id))).json(), '1.2').files[0]!.id;
    expect((await headB.get(`${sheetUrl(h.communeA.id)}/files/${fileId}`)).statusCode).toBe(403);
    expect((await otherOfficer.get(`${sheetUrl(h.communeA.id)}/files/${fileId}`)).statusCode).toBe(404);
    const read = await officer.get(`${sheetUrl(h.communeA.id)}/files/${fileId}`);
    expect(read.statusCode).toBe(200);
    expect(read.rawPayload.equals(PDF)).toBe(true);
    // Asking for it under another member's sheet finds nothing.
    expect((await officer.get(`${sheetUrl(h.communeB.id)}/files/${fileId}`)).statusCode).toBe(404);
  });

  it('counts a file as the evidence a criterion requires, and a removed file no more', async () => {
    const saved = await reporterA.put(sheetUrl(h.communeA.id), { items: allScored(null), version: null });
    expect(saved.statusCode, saved.body).toBe(200);
    const photo = await upload(reporterA, h.communeA.id, '3.1', 'anh.png', PNG, 'image/png');
    expect(photo.statusCode).toBe(201);
    expect((await reporterA.delete(`${sheetUrl(h.communeA.id)}/files/${photo.json().id}`)).statusCode).toBe(200);
    expect((await reporterA.delete(`${sheetUrl(h.communeA.id)}/files/${photo.json().id}`)).statusCode).toBe(404);
    // Attaching and removing files leaves the sheet's version alone: unsaved scores in the form stay valid.
    expect((await reporterA.get(sheetUrl(h.communeA.id))).json().version).toBe(saved.json().version);

    // Member B scores 1.2 with neither words nor a file (the one it attached is removed): refused, naming the criterion.
    const savedB = await reporterB.put(sheetUrl(h.communeB.id), { items: allScored(null), version: null });
    const wrong = await upload(reporterB, h.communeB.id, '1.2', 'nham-tep.pdf', Buffer.concat([PDF, Buffer.from('nhầm')]));
    expect((await reporterB.delete(`${sheetUrl(h.communeB.id)}/files/${wrong.json().id}`)).statusCode).toBe(200);
    const refused = await reporterB.post(`${sheetUrl(h.communeB.id)}/submit`, { version: savedB.json().version });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.evidence).toMatch(/1\.2/);
    const proof = await upload(reporterB, h.communeB.id, '1.2', 'ket-qua.pdf');
    expect((await reporterB.post(`${sheetUrl(h.communeB.id)}/submit`, { version: savedB.json().version })).statusCode).toBe(200);

    const sent = await reporterA.post(`${sheetUrl(h.communeA.id)}/submit`, { version: saved.json().version });
    expect(sent.statusCode, sent.body).toBe(200);
    // Once sent, the files are what the others will cross-check: none added, none removed.
    const before = await snapshotDatabase(t.ctx.db);
    expect((await upload(reporterB, h.communeB.id, '2.1', 'muon.pdf', Buffer.concat([PDF, Buffer.from('x')]))).statusCode).toBe(409);
    expect((await reporterB.delete(`${sheetUrl(h.communeB.id)}/files/${proof.json().id}`)).statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('opens every member’s files to the others once scoring closes, and takes no file after', async () => {
    const closed = await headA.post(`/api/covenants/${covenantId}/close-scoring`, { version });
    expect(closed.statusCode, closed.body).toBe(200);
    const sheetA = (await headB.get(sheetUrl(h.communeA.id))).json();
    const file = lineOf(sheetA, '1.2').files[0]!;
    const read = await headB.get(`${sheetUrl(h.communeA.id)}/files/${file.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-disposition']).toContain('filename*=');
    expect(read.rawPayload.equals(PDF)).toBe(true);
    expect((await upload(reporterA, h.communeA.id, '1.1', 'sau-han.pdf')).statusCode).toBe(409);
  });
});
