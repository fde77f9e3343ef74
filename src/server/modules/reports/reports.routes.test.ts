/**
 * The reporting cycle through HTTP: a commune opens its report, autosaves, sends it; the district
 * returns, accepts, reopens. Deadlines are Vietnamese calendar days, set through the app's clock.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '../../../../test/support/app.js';
import { createTestApp } from '../../../../test/support/app.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import { insertReport } from './reports.repo.js';
import { createReport } from './reports.service.js';
import { buildReportingWorld, type ReportingWorld } from './reports.test-fixtures.js';

let t: TestApp;
let w: ReportingWorld;
let officer: Client; // district officer: issued the document, manages its assignments
let reporterA: Client; // reporter of Xã Mường Báng
let headA: Client; // unit head of Xã Mường Báng: a second editor of the same report
let reporterB: Client; // reporter of Xã Đun Nhì
let viewerA: Client;
let otherOfficer: Client; // officer of the sibling district
let otherReporter: Client; // reporter of Xã Bên Cạnh (sibling district)

interface ReportJson {
  id: string;
  status: string;
  version: number;
  values: Record<string, unknown>;
  narrative: Record<string, string>;
  warningComments: Record<string, string>;
  issues: { code: string; severity: string; field: string; message: string }[];
  daysLate: number | null;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  reopened: boolean;
  changesAfterAcceptance: number;
  returnComment: string | null;
  events: { action: string; actorName: string | null; comment: string | null }[];
  indicators: { id: string; code: string }[];
  can: { edit: boolean; submit: boolean; review: boolean; reopen: boolean };
  [key: string]: unknown;
}

/** Before the due date of every assignment of these tests (05/11/2024, lock 10/11/2024). */
const BEFORE_DUE = new Date('2024-10-20T03:00:00Z');
const setClock = (iso: string) => {
  const now = new Date(iso);
  t.ctx.now = () => now;
};

beforeAll(async () => {
  t = await createTestApp();
  w = await buildReportingWorld(t);
  ({ officer, reporterA, reporterB, viewerA, otherOfficer, otherReporter } = Object.fromEntries(
    Object.entries(w.users).map(([k, v]) => [k, v.client]),
  ) as Record<keyof ReportingWorld['users'], Client>);
  headA = w.users.reporterA2.client;
});
afterAll(() => t.close());
beforeEach(() => {
  t.ctx.now = () => BEFORE_DUE;
});

async function open(client: Client, assignmentId: string, unitId = w.h.communeA.id): Promise<ReportJson> {
  const res = await client.post('/api/reports', { assignmentId, unitId });
  expect([200, 201], res.body).toContain(res.statusCode);
  return res.json();
}

const goodValues = () => ({
  [w.ind.DAT_CHUAN]: true,
  [w.ind.HO_NGHEO]: 120,
  [w.ind.HO_THOAT]: 15,
  [w.ind.NUOC_SACH]: 82.5,
  [w.ind.GHI_CHU]: 'Không có kiến nghị',
});
const goodBody = (version: number, over: Record<string, unknown> = {}) => ({
  version,
  values: goodValues(),
  narrative: { ket_qua: 'Đã hoàn thành các chỉ tiêu giảm nghèo', ton_tai: '' },
  ...over,
});

async function save(client: Client, r: { id: string; version: number }, over: Record<string, unknown> = {}): Promise<ReportJson> {
  const res = await client.patch(`/api/reports/${r.id}`, goodBody(r.version, over));
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

function submit(client: Client, r: { id: string; version: number }, key?: string) {
  return client.request({
    method: 'POST',
    url: `/api/reports/${r.id}/submit`,
    payload: { version: r.version },
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });
}

async function submitted(client: Client, r: { id: string; version: number }, key?: string): Promise<ReportJson> {
  const res = await submit(client, r, key);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A commune's report, filled in and sent. */
async function sentReport(assignmentId: string, client = reporterA, unitId = w.h.communeA.id): Promise<ReportJson> {
  const r = await open(client, assignmentId, unitId);
  return submitted(client, await save(client, r));
}

const actions = (r: ReportJson) => r.events.map((e) => e.action);

describe('opening a report', () => {
  it('creates the draft once: a second create answers the same report', async () => {
    const assignmentId = await w.assign();
    const first = await reporterA.post('/api/reports', { assignmentId, unitId: w.h.communeA.id });
    expect(first.statusCode, first.body).toBe(201);
    const r: ReportJson = first.json();
    expect(r).toMatchObject({ status: 'draft', version: 1, unitName: 'Xã Mường Báng', period: '2024', dueOn: '2024-11-05', lockOn: '2024-11-10', daysLate: null });
    // The template's order, not the movement's; every indicator present, blank.
    expect(r.indicators.map((i) => i.code)).toEqual(['DAT_CHUAN', 'HO_NGHEO', 'HO_THOAT', 'NUOC_SACH', 'GHI_CHU']);
    expect(Object.values(r.values)).toEqual([null, null, null, null, null]);
    expect(r.can).toEqual({ edit: true, submit: true, review: false, reopen: false });
    expect(r.events).toEqual([expect.objectContaining({ action: 'create', actorName: 'Người Thử Nghiệm' })]);
    // Not yet sendable: the two required figures and the required section are missing.
    expect(r.issues.map((i) => i.field).sort()).toEqual([`values.${w.ind.HO_NGHEO}`, `values.${w.ind.HO_THOAT}`, 'narrative.ket_qua'].sort());

    const again = await reporterA.post('/api/reports', { assignmentId, unitId: w.h.communeA.id });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(r.id);
    // Retried at once, twice more: still one report.
    const both = await Promise.all([1, 2].map(() => headA.post('/api/reports', { assignmentId, unitId: w.h.communeA.id })));
    expect(both.map((b) => b.json().id)).toEqual([r.id, r.id]);
    expect(await countRows(t.ctx.db, 'reports', `assignment_id = '${assignmentId}'`)).toBe(1);
    expect(await countRows(t.ctx.db, 'report_events', `report_id = '${r.id}'`)).toBe(1);
  });

  it('answers three creates sent at once with one report', async () => {
    const assignmentId = await w.assign();
    const racing = await Promise.all([reporterA, headA, officer].map((c) => c.post('/api/reports', { assignmentId, unitId: w.h.communeA.id })));
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(racing.map((r) => r.json().id)).size).toBe(1);
    expect(await countRows(t.ctx.db, 'reports', `assignment_id = '${assignmentId}'`)).toBe(1);
    expect(await countRows(t.ctx.db, 'report_events', `report_id = '${racing[0]!.json().id}'`)).toBe(1);
  });

  it('answers with the winner when another create commits between the check and the insert', async () => {
    const assignmentId = await w.assign();
    const key = { assignmentId, unitId: w.h.communeA.id, period: '2024' };
    let winner: string | null = null;
    // A concurrent request's insert commits just as this one opens its transaction.
    const db = new Proxy(t.ctx.db, {
      get(target, prop) {
        if (prop === 'transaction') {
          return async (fn: Parameters<typeof target.transaction>[0]) => {
            winner ??= (await insertReport(target, { ...key, status: 'draft', narrative: {}, exemplary: [], warningComments: {} })).id;
            return target.transaction(fn);
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const { report, created } = await createReport({ ...t.ctx, db }, null, key);
    expect(winner).not.toBeNull();
    expect(created).toBe(false);
    expect(report.id).toBe(winner);
    expect(await countRows(t.ctx.db, 'reports', `assignment_id = '${assignmentId}'`)).toBe(1);
    // The loser's event was rolled back with its insert.
    expect(await countRows(t.ctx.db, 'report_events', `report_id = '${report.id}'`)).toBe(0);
  });

  it('lets the district open a commune report, and refuses a unit not given the assignment', async () => {
    const assignmentId = await w.assign();
    const byOfficer = await officer.post('/api/reports', { assignmentId, unitId: w.h.communeB.id });
    expect(byOfficer.statusCode, byOfficer.body).toBe(201);
    expect(byOfficer.json().can).toMatchObject({ edit: true, review: false });
    const before = await snapshotDatabase(t.ctx.db);
    const notAssigned = await officer.post('/api/reports', { assignmentId, unitId: w.h.district.id });
    expect(notAssigned.statusCode).toBe(400);
    expect(notAssigned.json().error.fields).toHaveProperty('unitId');
    // Another commune's report, the sibling district's units, a viewer: 404 / 404 / 403.
    expect((await reporterA.post('/api/reports', { assignmentId, unitId: w.h.communeB.id })).statusCode).toBe(404);
    expect((await otherReporter.post('/api/reports', { assignmentId, unitId: w.h.otherCommune.id })).statusCode).toBe(404);
    expect((await otherOfficer.post('/api/reports', { assignmentId, unitId: w.h.communeA.id })).statusCode).toBe(404);
    expect((await viewerA.post('/api/reports', { assignmentId, unitId: w.h.communeA.id })).statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});

describe('saving', () => {
  it('stores figures of every type and reads them back (yes/no as true/false)', async () => {
    const r = await open(reporterA, await w.assign());
    const saved = await save(reporterA, r, { warningComments: {} });
    expect(saved.version).toBe(2);
    expect(saved.values).toEqual(goodValues());
    expect(saved.narrative).toEqual({ ket_qua: 'Đã hoàn thành các chỉ tiêu giảm nghèo', ton_tai: '' });
    expect(saved.issues).toEqual([]);
    // No is stored as 0 and comes back as false, not as 0 or null; a blank answer is no row.
    const again = await save(reporterA, saved, { values: { ...goodValues(), [w.ind.DAT_CHUAN]: false, [w.ind.GHI_CHU]: '   ' } });
    expect(again.values[w.ind.DAT_CHUAN]).toBe(false);
    expect(again.values[w.ind.GHI_CHU]).toBeNull();
    expect(await countRows(t.ctx.db, 'report_values', `report_id = '${r.id}'`)).toBe(4);
    expect((await reporterA.get(`/api/reports/${r.id}`)).json().values).toEqual(again.values);
  });

  it('answers each write with the report exactly as it is read afterwards', async () => {
    const read = async (id: string) => (await reporterA.get(`/api/reports/${id}`)).json() as ReportJson;
    const created = await open(reporterA, await w.assign());
    expect(created).toEqual(await read(created.id));
    const saved = await save(reporterA, created, { warningComments: {}, exemplary: [{ kind: 'collective', name: 'Thôn Nậm Hạ', achievement: 'Giảm 5 hộ nghèo' }] });
    expect(saved).toEqual(await read(created.id));
    const sent = await submitted(reporterA, saved, 'answer-key');
    expect(sent.status).toBe('submitted');
    expect(sent).toEqual(await read(created.id));
    expect(await submitted(reporterA, saved, 'answer-key')).toEqual(sent);
  });

  it('refuses a stale version: the second of two editors gets 409 and nothing of theirs is written', async () => {
    const r = await open(reporterA, await w.assign());
    const loadedByA = r;
    const loadedByHead = (await headA.get(`/api/reports/${r.id}`)).json() as ReportJson;
    const first = await save(reporterA, loadedByA);
    const before = await snapshotDatabase(t.ctx.db);
    const second = await headA.patch(`/api/reports/${r.id}`, goodBody(loadedByHead.version, { values: { [w.ind.HO_NGHEO]: 999 } }));
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('CONFLICT');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    const now = (await reporterA.get(`/api/reports/${r.id}`)).json();
    expect(now.values).toEqual(first.values);
    expect(now.version).toBe(first.version);
  });

  it('names the field of a wrong figure and changes nothing', async () => {
    const r = await save(reporterA, await open(reporterA, await w.assign()));
    const before = await snapshotDatabase(t.ctx.db);
    const bad = async (over: Record<string, unknown>) => {
      const res = await reporterA.patch(`/api/reports/${r.id}`, goodBody(r.version, over));
      expect(res.statusCode, res.body).toBe(400);
      return res.json().error as { code: string; message: string; fields: Record<string, string> };
    };
    const text = await bad({ values: { ...goodValues(), [w.ind.HO_NGHEO]: 'một trăm' } });
    expect(text.code).toBe('INVALID_INPUT');
    expect(Object.keys(text.fields)).toEqual([`values.${w.ind.HO_NGHEO}`]);
    expect(text.fields[`values.${w.ind.HO_NGHEO}`]).toMatch(/Số hộ nghèo đầu năm phải là số/);
    const percent = await bad({ values: { ...goodValues(), [w.ind.NUOC_SACH]: 120 } });
    expect(Object.keys(percent.fields)).toEqual([`values.${w.ind.NUOC_SACH}`]);
    expect(percent.message).toMatch(/0 đến 100/);
    const yesNo = await bad({ values: { ...goodValues(), [w.ind.DAT_CHUAN]: 1 } });
    expect(Object.keys(yesNo.fields)).toEqual([`values.${w.ind.DAT_CHUAN}`]);
    const stranger = '00000000-0000-4000-8000-000000000001';
    const unknown = await bad({ values: { ...goodValues(), [stranger]: 5 } });
    expect(Object.keys(unknown.fields)).toEqual([`values.${stranger}`]);
    const section = await bad({ narrative: { ket_qua: 'x', muc_la: 'y' } });
    expect(Object.keys(section.fields)).toEqual(['narrative.muc_la']);
    const comment = await bad({ warningComments: { KHONG_CO: 'z' } });
    expect(Object.keys(comment.fields)).toEqual(['warningComments.KHONG_CO']);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});

describe('sending', () => {
  it('blocks on a cross-rule error, asks a comment for a warning, and needs the required section', async () => {
    const r = await open(reporterA, await w.assign());
    // Saving with a broken rule is allowed (autosave mid-typing), sending is not.
    const broken = await save(reporterA, r, { values: { ...goodValues(), [w.ind.HO_THOAT]: 130 } });
    expect(broken.issues).toEqual([expect.objectContaining({ code: 'THOAT_LE_NGHEO', severity: 'error', field: `values.${w.ind.HO_THOAT}` })]);
    const before = await snapshotDatabase(t.ctx.db);
    const refused = await submit(reporterA, broken);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({ [`values.${w.ind.HO_THOAT}`]: expect.stringMatching(/Số hộ thoát nghèo \(130\) phải nhỏ hơn hoặc bằng Số hộ nghèo đầu năm \(120\)/) });
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const warned = await save(reporterA, broken, { values: { ...goodValues(), [w.ind.NUOC_SACH]: 30 }, narrative: { ket_qua: '  ' } });
    const refused2 = await submit(reporterA, warned);
    expect(refused2.statusCode).toBe(400);
    expect(Object.keys(refused2.json().error.fields).sort()).toEqual(['narrative.ket_qua', 'warningComments.NUOC_SACH_THAP']);
    expect(refused2.json().error.fields['warningComments.NUOC_SACH_THAP']).toMatch(/nước sạch dưới 50/);

    const explained = await save(reporterA, warned, {
      values: { ...goodValues(), [w.ind.NUOC_SACH]: 30 },
      warningComments: { NUOC_SACH_THAP: 'Công trình nước sạch đang thi công, dự kiến xong quý I/2025' },
    });
    expect(explained.issues).toEqual([]);
    const sent = await submitted(reporterA, explained);
    expect(sent).toMatchObject({ status: 'submitted', daysLate: 0, can: { edit: false, submit: false } });
    expect(sent.warningComments).toEqual({ NUOC_SACH_THAP: 'Công trình nước sạch đang thi công, dự kiến xong quý I/2025' });
    expect(actions(sent)).toEqual(['create', 'submit']);
  });

  it('is idempotent with one Idempotency-Key; another key after sending is a conflict', async () => {
    const r = await save(reporterA, await open(reporterA, await w.assign()));
    const tooLong = await submit(reporterA, r, 'k'.repeat(201));
    expect(tooLong.statusCode).toBe(400);
    expect((await reporterA.get(`/api/reports/${r.id}`)).json().status).toBe('draft');
    const first = await submit(reporterA, r, 'gui-lan-1');
    expect(first.statusCode, first.body).toBe(200);
    const before = await snapshotDatabase(t.ctx.db);
    // The retry carries the version the client had, now stale: still the same answer.
    const retry = await submit(reporterA, r, 'gui-lan-1');
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect(await countRows(t.ctx.db, 'report_events', `report_id = '${r.id}' and action = 'submit'`)).toBe(1);

    const other = await submit(reporterA, first.json(), 'gui-lan-2');
    expect(other.statusCode).toBe(409);
    expect(other.json().error.message).toMatch(/trả lại/);
    expect((await submit(reporterA, first.json())).statusCode).toBe(409);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    // Even once accepted, the same key answers the report.
    const accepted = await officer.post(`/api/reports/${r.id}/accept`, { version: first.json().version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const late = await submit(reporterA, r, 'gui-lan-1');
    expect(late.statusCode).toBe(200);
    expect(late.json().status).toBe('accepted');
  });

  it('counts lateness in Vietnamese calendar days: 23:59:59 on the due day is on time, 00:00 the next day is 1 day late', async () => {
    const assignmentId = await w.assign({ lockOn: null });
    const a = await save(reporterA, await open(reporterA, assignmentId));
    const b = await save(reporterB, await open(reporterB, assignmentId, w.h.communeB.id));
    setClock('2024-11-05T16:59:59Z');
    expect((await submitted(reporterA, a)).daysLate).toBe(0);
    setClock('2024-11-05T17:00:00Z');
    const lateOne = await submitted(reporterB, b);
    expect(lateOne.daysLate).toBe(1);
    expect(lateOne.submittedAt).toBe('2024-11-05T17:00:00.000Z');
    const list = (await officer.get(`/api/reports?assignmentId=${assignmentId}`)).json().items as { unitName: string; daysLate: number; status: string }[];
    expect(list.map((i) => [i.unitName, i.daysLate, i.status])).toEqual([
      ['Xã Đun Nhì', 1, 'submitted'],
      ['Xã Mường Báng', 0, 'submitted'],
    ]);
  });
});

describe('the lock date', () => {
  it('stops the unit after the lock; the officer reopens; the unit edits and sends', async () => {
    const assignmentId = await w.assign({ dueOn: '2024-11-05', lockOn: '2024-11-10' });
    const r = await save(reporterA, await open(reporterA, assignmentId));
    // 00:00 of 11/11 in Vietnam: the lock date has passed.
    setClock('2024-11-10T17:00:00Z');
    const before = await snapshotDatabase(t.ctx.db);
    const edit = await reporterA.patch(`/api/reports/${r.id}`, goodBody(r.version));
    expect(edit.statusCode).toBe(422);
    expect(edit.json().error).toMatchObject({ code: 'DEADLINE_PASSED', message: expect.stringMatching(/10\/11\/2024.*mở lại/) });
    expect((await submit(reporterA, r)).statusCode).toBe(422);
    const lateCreate = await reporterB.post('/api/reports', { assignmentId, unitId: w.h.communeB.id });
    expect(lateCreate.statusCode).toBe(422);
    expect(lateCreate.json().error).toMatchObject({ code: 'DEADLINE_PASSED', message: expect.stringMatching(/khóa sổ 10\/11\/2024/) });
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect((await reporterA.get(`/api/reports/${r.id}`)).json().can).toEqual({ edit: false, submit: false, review: false, reopen: false });
    const asOfficer = (await officer.get(`/api/reports/${r.id}`)).json();
    expect(asOfficer.can).toMatchObject({ edit: true, reopen: true });
    // The issuing side may still open a unit's report after the lock.
    expect((await officer.post('/api/reports', { assignmentId, unitId: w.h.communeB.id })).statusCode).toBe(201);

    expect((await reporterA.post(`/api/reports/${r.id}/reopen`, { version: r.version })).statusCode).toBe(403);
    const reopened = await officer.post(`/api/reports/${r.id}/reopen`, { version: r.version, comment: 'Cho phép bổ sung số liệu' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'draft', reopened: true });
    expect((await officer.post(`/api/reports/${r.id}/reopen`, { version: reopened.json().version })).statusCode).toBe(409);
    const mine = (await reporterA.get(`/api/reports/${r.id}`)).json() as ReportJson;
    expect(mine.can).toMatchObject({ edit: true, submit: true });
    const sent = await submitted(reporterA, await save(reporterA, mine, { values: { ...goodValues(), [w.ind.HO_THOAT]: 20 } }));
    expect(sent).toMatchObject({ status: 'submitted', daysLate: 6 });
    expect(sent.values[w.ind.HO_THOAT]).toBe(20);
    expect(actions(sent)).toEqual(['create', 'reopen', 'submit']);
  });
});

describe('reviewing', () => {
  it('return → resubmit → accept, then a change after acceptance is counted', async () => {
    const sent = await sentReport(await w.assign());
    const firstSubmittedAt = sent.firstSubmittedAt;
    expect(sent.can).toEqual({ edit: false, submit: false, review: false, reopen: false });
    expect((await officer.get(`/api/reports/${sent.id}`)).json().can).toMatchObject({ review: true, reopen: false });

    expect((await reporterA.post(`/api/reports/${sent.id}/return`, { version: sent.version, comment: 'Tự trả' })).statusCode).toBe(403);
    expect((await officer.post(`/api/reports/${sent.id}/return`, { version: sent.version, comment: '  ' })).statusCode).toBe(400);
    const notesBefore = await countRows(t.ctx.db, 'notifications', `user_id = '${w.users.reporterA.id}'`);
    const returned = await officer.post(`/api/reports/${sent.id}/return`, { version: sent.version, comment: 'Bổ sung số hộ thoát nghèo theo danh sách' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', returnComment: 'Bổ sung số hộ thoát nghèo theo danh sách' });
    expect(await countRows(t.ctx.db, 'notifications', `user_id = '${w.users.reporterA.id}' and kind = 'report.returned'`)).toBe(1);
    // Neither the viewer of the commune nor the district officer (seated elsewhere) is notified.
    expect(await countRows(t.ctx.db, 'notifications', `user_id = '${w.users.viewerA.id}'`)).toBe(0);
    expect((await officer.post(`/api/reports/${sent.id}/return`, { version: returned.json().version, comment: 'Lần nữa' })).statusCode).toBe(409);

    const resent = await submitted(reporterA, await save(reporterA, (await reporterA.get(`/api/reports/${sent.id}`)).json()));
    expect(resent.firstSubmittedAt).toBe(firstSubmittedAt);
    const accepted = await officer.post(`/api/reports/${sent.id}/accept`, { version: resent.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', changesAfterAcceptance: 0, reopened: false });
    expect(accepted.json().acceptedAt).toEqual(expect.any(String));
    expect(await countRows(t.ctx.db, 'notifications', `user_id = '${w.users.reporterA.id}'`)).toBe(notesBefore + 2);

    const locked = await reporterA.patch(`/api/reports/${sent.id}`, goodBody(accepted.json().version));
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toMatch(/mở lại/);
    expect((await officer.post(`/api/reports/${sent.id}/accept`, { version: accepted.json().version })).statusCode).toBe(409);

    const reopened = await officer.post(`/api/reports/${sent.id}/reopen`, { version: accepted.json().version, comment: 'Điều chỉnh theo số liệu rà soát cuối năm' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'returned', reopened: true, returnComment: 'Điều chỉnh theo số liệu rà soát cuối năm' });
    const changed = await submitted(reporterA, await save(reporterA, reopened.json(), { values: { ...goodValues(), [w.ind.HO_THOAT]: 18 } }));
    expect(changed).toMatchObject({ status: 'submitted', changesAfterAcceptance: 1, firstSubmittedAt });
    expect(actions(changed)).toEqual(['create', 'submit', 'return', 'submit', 'accept', 'reopen', 'resubmit_after_accept']);
    expect(changed.events.find((e) => e.action === 'return')!.comment).toBe('Bổ sung số hộ thoát nghèo theo danh sách');
    // Every change of status is in the audit log with its before and after.
    expect(await countRows(t.ctx.db, 'audit_log', `entity_id = '${sent.id}' and action like 'report.%' and action <> 'report.save' and action <> 'report.create'`)).toBe(6);
  });

  it('refuses to accept a draft or reopen one before the lock, with a message', async () => {
    const r = await open(reporterA, await w.assign());
    const accept = await officer.post(`/api/reports/${r.id}/accept`, { version: r.version });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.message).toMatch(/đã gửi/);
    const reopen = await officer.post(`/api/reports/${r.id}/reopen`, { version: r.version });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().error.message).toMatch(/khóa sổ/);
  });
});

describe('who sees what', () => {
  it('hides a report from the sibling district and from another commune; a viewer reads but cannot write', async () => {
    const assignmentId = await w.assign();
    const r = await save(reporterA, await open(reporterA, assignmentId));
    const b = await open(reporterB, assignmentId, w.h.communeB.id);
    const before = await snapshotDatabase(t.ctx.db);
    for (const client of [otherOfficer, otherReporter, reporterB]) {
      expect((await client.get(`/api/reports/${r.id}`)).statusCode).toBe(404);
      expect((await client.patch(`/api/reports/${r.id}`, goodBody(r.version))).statusCode).toBe(404);
      expect((await submit(client, r)).statusCode).toBe(404);
    }
    expect((await otherOfficer.post(`/api/reports/${r.id}/reopen`, { version: r.version })).statusCode).toBe(404);
    const ids = async (client: Client) => ((await client.get(`/api/reports?assignmentId=${assignmentId}`)).json().items as { id: string }[]).map((i) => i.id);
    expect(await ids(otherOfficer)).toEqual([]);
    expect(await ids(reporterB)).toEqual([b.id]);
    expect(await ids(reporterA)).toEqual([r.id]);
    expect((await ids(officer)).sort()).toEqual([r.id, b.id].sort());
    expect(((await officer.get(`/api/reports?assignmentId=${assignmentId}&status=draft&unitId=${w.h.communeB.id}`)).json().items as { id: string }[]).map((i) => i.id)).toEqual([b.id]);

    const seen = await viewerA.get(`/api/reports/${r.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().can).toEqual({ edit: false, submit: false, review: false, reopen: false });
    expect((await viewerA.patch(`/api/reports/${r.id}`, goodBody(r.version))).statusCode).toBe(403);
    expect((await submit(viewerA, r)).statusCode).toBe(403);
    expect((await viewerA.post(`/api/reports/${r.id}/accept`, { version: r.version })).statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });
});
