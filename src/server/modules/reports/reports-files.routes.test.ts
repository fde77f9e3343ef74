/** Attachments of a report: checked content, one row per content, only while the report is editable. */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import { buildReportingWorld, type ReportingWorld } from './reports.test-fixtures.js';

let t: TestApp;
let w: ReportingWorld;
let reporterA: Client;

const PDF = Buffer.from('%PDF-1.4\nBáo cáo kết quả giảm nghèo\n%%EOF\n');

const upload = (client: Client, reportId: string, bytes: Buffer, contentType = 'application/pdf', name = 'bao-cao.pdf') =>
  client.request({
    method: 'POST',
    url: `/api/reports/${reportId}/files?name=${encodeURIComponent(name)}`,
    headers: { 'content-type': contentType },
    payload: bytes,
  } satisfies InjectOptions);

beforeAll(async () => {
  t = await createTestApp();
  w = await buildReportingWorld(t);
  reporterA = w.users.reporterA.client;
});
afterAll(() => t.close());
beforeEach(() => {
  const beforeDue = new Date('2024-10-20T03:00:00Z');
  t.ctx.now = () => beforeDue;
});

async function fill(attachmentsRequired: boolean) {
  const assignmentId = await w.assign({ attachmentsRequired });
  const created = (await reporterA.post('/api/reports', { assignmentId, unitId: w.h.communeA.id })).json();
  const values = { [w.ind.HO_NGHEO]: 100, [w.ind.HO_THOAT]: 10 };
  const res = await reporterA.patch(`/api/reports/${created.id}`, { version: created.version, values, narrative: { ket_qua: 'Hoàn thành' } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; version: number; issues: { field: string }[] };
}

describe('report attachments', () => {
  it('attaches a file once per content, serves it back, and needs one when the template asks', async () => {
    const r = await fill(true);
    expect(r.issues.map((i) => i.field)).toEqual(['files']);
    const refused = await reporterA.post(`/api/reports/${r.id}/submit`, { version: r.version });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().error.fields)).toEqual(['files']);

    const added = await upload(reporterA, r.id, PDF, 'application/pdf', 'Báo cáo Mường Báng.pdf');
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ name: 'Báo cáo Mường Báng.pdf', contentType: 'application/pdf', size: PDF.length });
    const again = await upload(reporterA, r.id, PDF, 'application/pdf', 'ten-khac.pdf');
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(added.json().id);
    expect(await countRows(t.ctx.db, 'report_files', `report_id = '${r.id}'`)).toBe(1);

    const download = await reporterA.get(`/api/reports/${r.id}/files/${added.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''B%C3%A1o%20c%C3%A1o");

    const report = (await reporterA.get(`/api/reports/${r.id}`)).json();
    expect(report.files).toEqual([expect.objectContaining({ id: added.json().id })]);
    expect(report.issues).toEqual([]);
    const sent = await reporterA.post(`/api/reports/${r.id}/submit`, { version: report.version });
    expect(sent.statusCode, sent.body).toBe(200);

    // Sent: the attachments are frozen with it.
    const before = await snapshotDatabase(t.ctx.db);
    expect((await upload(reporterA, r.id, Buffer.from('%PDF-1.4 khác'))).statusCode).toBe(409);
    expect((await reporterA.delete(`/api/reports/${r.id}/files/${added.json().id}`)).statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('refuses bytes that are not what the Content-Type says, and unknown types', async () => {
    const r = await fill(false);
    const before = await snapshotDatabase(t.ctx.db);
    const fake = await upload(reporterA, r.id, Buffer.from('<html>không phải PDF</html>'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.fields).toHaveProperty('file');
    expect((await upload(reporterA, r.id, Buffer.from('MZ...'), 'application/x-msdownload', 'virus.exe')).statusCode).toBe(415);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('removes an attachment of a draft; other districts and communes get 404, a viewer 403', async () => {
    const r = await fill(false);
    const added = (await upload(reporterA, r.id, PDF)).json();
    const url = `/api/reports/${r.id}/files/${added.id}`;
    const before = await snapshotDatabase(t.ctx.db);
    for (const client of [w.users.otherOfficer.client, w.users.reporterB.client]) {
      expect((await client.get(url)).statusCode).toBe(404);
      expect((await client.delete(url)).statusCode).toBe(404);
      expect((await upload(client, r.id, PDF)).statusCode).toBe(404);
    }
    expect((await w.users.viewerA.client.get(url)).statusCode).toBe(200);
    expect((await w.users.viewerA.client.delete(url)).statusCode).toBe(403);
    expect((await upload(w.users.viewerA.client, r.id, Buffer.from('%PDF-1.4 người xem'))).statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const removed = await reporterA.delete(url);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(await countRows(t.ctx.db, 'report_files', `report_id = '${r.id}'`)).toBe(0);
    expect((await reporterA.get(url)).statusCode).toBe(404);
    expect(await countRows(t.ctx.db, 'audit_log', `entity_id = '${r.id}' and action in ('report.file.add', 'report.file.delete')`)).toBe(2);
  });
});
