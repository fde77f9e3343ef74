/**
 * Web security across modules, as a browser meets it: writes need the session's CSRF token, a
 * session id is never chosen by the client, repeated failed sign-ins lock the name, attachments
 * are judged by their bytes, and user text stays inert in every output (JSON, DOCX, XLSX, e-mail).
 */
import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import { readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.js';
import { makeUser, TEST_PASSWORD } from '../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../test/support/snapshot.js';
import { zip } from '../../../test/support/zip.js';
import { bodyParagraphs, readDocx } from '../render/docx/read-docx.testing.js';
import { createSmtpMailer } from '../modules/reminders/mailer.js';
import { setEmail } from '../modules/reminders/fixtures.testing.js';
import { startTestSmtpServer, type TestSmtpServer } from '../modules/reminders/smtp-server.testing.js';
import { buildReportingWorld, type ReportingWorld } from '../modules/reports/reports.test-fixtures.js';
import { hashToken } from '../modules/session/session.service.js';
import { SESSION_COOKIE } from './auth.js';

// Before the reports' deadline, so drafts are still editable; every session of this file starts here.
const NOW = new Date('2024-10-20T03:00:00Z');
const at = (ms: number) => () => new Date(NOW.getTime() + ms);
const MINUTE = 60_000;

const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(1)>';
const CSRF_MESSAGE = 'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF). Hãy tải lại trang rồi thử lại.';
const LOCKED_MESSAGE = 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.';

const PDF = Buffer.from('%PDF-1.4\n% thidua\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** The start of a Windows executable: DOS header, stub and PE signature (zero bytes included). */
const EXE = Buffer.concat([
  Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]),
  Buffer.alloc(44),
  Buffer.from([0x80, 0x00, 0x00, 0x00]),
  Buffer.from('This program cannot be run in DOS mode.\r\r\n$'),
  Buffer.alloc(20),
  Buffer.from('PE\0\0'),
]);
const HTML = Buffer.from(`<!DOCTYPE html><html><body>${SCRIPT}</body></html>`);
const PLAIN_ZIP = zip([{ name: 'hoa-don.exe', data: EXE }]);
const CONTENT_TYPES_XML = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
const DOCX = zip([
  { name: '[Content_Types].xml', data: CONTENT_TYPES_XML },
  { name: 'word/document.xml', data: Buffer.from('<w:document><w:body><w:p><w:r><w:t>Tờ trình</w:t></w:r></w:p></w:body></w:document>') },
]);
const XLSX = zip([
  { name: '[Content_Types].xml', data: CONTENT_TYPES_XML },
  { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
]);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let w: ReportingWorld;
let smtp: TestSmtpServer;
let officer: Client; // district officer: issues the assignments, keeps the fund
let reporterA: Client; // reporter of Xã Mường Báng
let admin: Client; // district administrator

beforeAll(async () => {
  t = await createTestApp();
  t.ctx.now = () => NOW;
  smtp = await startTestSmtpServer();
  t.ctx.mailer = createSmtpMailer(smtp.url, 'thidua <thidua@tuachua.test>');
  w = await buildReportingWorld(t);
  officer = w.users.officer.client;
  reporterA = w.users.reporterA.client;
  await setEmail(t.ctx.db, w.users.reporterA.id, 'baocao@muongbang.test');
  const a = await makeUser(t.ctx, { unitId: w.h.district.id, roles: ['admin'] });
  admin = await new Client(t.app).signIn(a.username, TEST_PASSWORD);
});
afterAll(async () => {
  t.ctx.mailer?.close?.();
  await smtp.close();
  await t.close();
});
afterEach(() => {
  t.ctx.now = () => NOW;
});

function signIn(username: string, password: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, headers });
}
function setCookies(res: { headers: Record<string, unknown> }): string[] {
  const raw = res.headers['set-cookie'];
  return raw === undefined ? [] : Array.isArray(raw) ? (raw as string[]) : [raw as string];
}
/** The session id a sign-in answer sets. */
function sessionIdOf(res: { headers: Record<string, unknown> }): string {
  const cookie = setCookies(res).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('no session cookie set');
  return decodeURIComponent(cookie.split(';')[0]!.slice(SESSION_COOKIE.length + 1));
}
async function newClient(roles: Parameters<typeof makeUser>[1]['roles'] = ['reporter'], unitId = w.h.communeA.id) {
  const u = await makeUser(t.ctx, { unitId, roles });
  return { user: u, client: await new Client(t.app).signIn(u.username, TEST_PASSWORD) };
}
/** A draft report of Xã Mường Báng on a new assignment. */
async function draftReport(narrative: Record<string, string> = {}) {
  const assignmentId = await w.assign();
  const created = await reporterA.post('/api/reports', { assignmentId, unitId: w.h.communeA.id });
  expect(created.statusCode, created.body).toBe(201);
  const saved = await reporterA.patch(`/api/reports/${created.json().id}`, {
    version: created.json().version,
    values: { [w.ind.HO_NGHEO]: 100, [w.ind.HO_THOAT]: 10 },
    narrative: { ket_qua: 'Hoàn thành', ...narrative },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return { assignmentId, id: saved.json().id as string, version: saved.json().version as number };
}
const documentBody = (subject: string) => ({
  direction: 'outgoing',
  docType: 'Công văn',
  ownerUnitId: w.h.district.id,
  subject,
  recipients: [{ text: 'Ủy ban nhân dân các xã' }],
  signer: { name: 'Lò Văn Minh', title: 'CHỦ TỊCH', authority: null, onBehalfOf: null },
});
async function draftDocument(): Promise<{ id: string; version: number }> {
  const res = await officer.post('/api/documents', documentBody('Về việc kiểm tra tệp đính kèm'));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const upload = (client: Client, url: string, bytes: Buffer, contentType: string, name: string) =>
  client.request({ method: 'POST', url: `${url}?name=${encodeURIComponent(name)}`, headers: { 'content-type': contentType }, payload: bytes } satisfies InjectOptions);
const storedFileCount = () => readdirSync(t.filesDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

describe('CSRF', () => {
  it('refuses signed-in writes of many modules without the token, with a wrong one or with another session’s, changing nothing', async () => {
    const report = await draftReport();
    const file = await upload(reporterA, `/api/reports/${report.id}/files`, PDF, 'application/pdf', 'bao-cao.pdf');
    expect(file.statusCode, file.body).toBe(201);
    const doc = await draftDocument();
    const reminderAssignment = await w.assign();
    const otherReporter = await newClient(['reporter']);
    const sameUserElsewhere = await new Client(t.app).signIn((await reporterA.get('/api/session')).json().user.username, TEST_PASSWORD);
    const mailsBefore = smtp.received.length;
    const filesBefore = storedFileCount();
    const before = await snapshotDatabase(t.ctx.db);

    const writes: { who: Client; ownToken: string; req: InjectOptions & { url: string } }[] = [
      { who: reporterA, ownToken: reporterA.csrf, req: { method: 'PATCH', url: `/api/reports/${report.id}`, payload: { version: report.version, narrative: { ket_qua: 'Bị sửa' } } } },
      { who: reporterA, ownToken: reporterA.csrf, req: { method: 'POST', url: `/api/reports/${report.id}/submit`, payload: { version: report.version } } },
      { who: reporterA, ownToken: reporterA.csrf, req: { method: 'POST', url: `/api/reports/${report.id}/files?name=khac.pdf`, headers: { 'content-type': 'application/pdf' }, payload: Buffer.concat([PDF, Buffer.from('khác')]) } },
      { who: reporterA, ownToken: reporterA.csrf, req: { method: 'DELETE', url: `/api/reports/${report.id}/files/${file.json().id}` } },
      { who: officer, ownToken: officer.csrf, req: { method: 'POST', url: '/api/documents', payload: documentBody('Về việc giả mạo') } },
      { who: officer, ownToken: officer.csrf, req: { method: 'POST', url: `/api/documents/${doc.id}/files?name=x.pdf`, headers: { 'content-type': 'application/pdf' }, payload: PDF } },
      { who: officer, ownToken: officer.csrf, req: { method: 'POST', url: '/api/fund/income', payload: { unitId: w.h.district.id, entryOn: '2024-06-01', amount: 1_000_000, description: 'Giả mạo' } } },
      { who: officer, ownToken: officer.csrf, req: { method: 'PUT', url: `/api/award-settings?unitId=${w.h.district.id}`, payload: { cstdcsPercentOfLdtt: 99 } } },
      // A reminder sends e-mail: a forged one would reach people outside the database.
      { who: officer, ownToken: officer.csrf, req: { method: 'POST', url: `/api/assignments/${reminderAssignment}/reminders`, payload: { unitIds: [w.h.communeA.id] } } },
      { who: admin, ownToken: admin.csrf, req: { method: 'POST', url: '/api/users', payload: { username: 'ke.gia.mao', fullName: 'Kẻ Giả Mạo', password: 'mat-khau-gia-mao', unitId: w.h.district.id, roles: ['admin'] } } },
      { who: admin, ownToken: admin.csrf, req: { method: 'PATCH', url: `/api/users/${otherReporter.user.id}`, payload: { version: otherReporter.user.version, password: 'mat-khau-bi-doi' } } },
    ];
    const foreignTokens = (who: Client) => [
      // Another user's token: a token is only worth something with its own session.
      who === reporterA ? otherReporter.client.csrf : reporterA.csrf,
      // The same user's other session: still not this session's token.
      ...(who === reporterA ? [sameUserElsewhere.csrf] : []),
    ];
    for (const { who, ownToken, req } of writes) {
      const variants: (Record<string, string> | null)[] = [
        null,
        { 'x-csrf-token': '' },
        { 'x-csrf-token': 'sai-ma' },
        { 'x-csrf-token': ownToken.toUpperCase() === ownToken ? ownToken.toLowerCase() : ownToken.toUpperCase() },
        ...foreignTokens(who).map((token) => ({ 'x-csrf-token': token })),
      ];
      for (const extra of variants) {
        const res = await t.app.inject({ ...req, headers: { ...(req.headers ?? {}), cookie: who.cookie, ...(extra ?? {}) } });
        expect(res.statusCode, `${req.method} ${req.url} with ${JSON.stringify(extra)}`).toBe(403);
        expect(res.json().error).toEqual({ code: 'FORBIDDEN', message: CSRF_MESSAGE });
      }
      // The token only counts in its header: not in the query, the body or a cookie.
      const elsewhere = await t.app.inject({
        ...req,
        url: `${req.url}${req.url.includes('?') ? '&' : '?'}csrfToken=${encodeURIComponent(ownToken)}`,
        headers: { ...(req.headers ?? {}), cookie: `${who.cookie}; csrfToken=${ownToken}; x-csrf-token=${ownToken}` },
      });
      expect(elsewhere.statusCode, `${req.method} ${req.url} with the token outside its header`).toBe(403);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect(storedFileCount()).toBe(filesBefore);
    expect(smtp.received.length).toBe(mailsBefore);

    // The same requests pass with the session's own token: the refusals above were the CSRF check's.
    const honest = await reporterA.patch(`/api/reports/${report.id}`, { version: report.version, narrative: { ket_qua: 'Sửa thật' } });
    expect(honest.statusCode, honest.body).toBe(200);
    expect((await sameUserElsewhere.get('/api/session')).statusCode).toBe(200);
  });

  it('binds a token to its session: after signing out and in again the old token is refused', async () => {
    const { user, client } = await newClient(['officer'], w.h.district.id);
    const oldToken = client.csrf;
    expect((await client.delete('/api/session')).statusCode).toBe(200);
    await client.signIn(user.username, TEST_PASSWORD);
    expect(client.csrf).not.toBe(oldToken);
    const before = await snapshotDatabase(t.ctx.db);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/fund/income',
      payload: { unitId: w.h.district.id, entryOn: '2024-06-02', amount: 5, description: 'Mã cũ' },
      headers: { cookie: client.cookie, 'x-csrf-token': oldToken },
    });
    expect(res.statusCode).toBe(403);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('relies on the token alone: a cross-site or same-site label without it is refused', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    for (const labels of [
      { origin: 'https://ke-gian.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', referer: 'https://ke-gian.example/form' },
      { origin: 'http://localhost', 'sec-fetch-site': 'same-origin', 'x-requested-with': 'XMLHttpRequest' },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/fund/income',
        payload: { unitId: w.h.district.id, entryOn: '2024-06-03', amount: 7, description: 'Từ trang khác' },
        headers: { cookie: officer.cookie, ...labels },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toBe(CSRF_MESSAGE);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('cannot be dodged by spelling the API path differently', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    // "/%61pi/…" reaches the route but not the session (the hook reads the path as sent): 401, failing closed.
    for (const url of ['/%61pi/fund/income', '/api/%66und/income', '//api/fund/income', '/api//fund/income', '/API/fund/income', '/api/fund/income/', '/api/./fund/income', '/x/../api/fund/income']) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        payload: { unitId: w.h.district.id, entryOn: '2024-06-04', amount: 9, description: 'Đường vòng' },
        headers: { cookie: officer.cookie },
      });
      expect([401, 403, 404], `${url}: ${res.statusCode} ${res.body}`).toContain(res.statusCode);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('GET and HEAD never change anything, on any operation without path parameters or on a record', async () => {
    const report = await draftReport({ ton_tai: 'Thiếu kinh phí' });
    const file = (await upload(reporterA, `/api/reports/${report.id}/files`, Buffer.concat([PDF, Buffer.from('get')]), 'application/pdf', 'a.pdf')).json();
    const paths = Object.entries((await admin.get('/api/openapi.json')).json().paths as Record<string, Record<string, unknown>>)
      .filter(([path, ops]) => 'get' in ops && !path.includes('{'))
      .map(([path]) => path);
    expect(paths.length).toBeGreaterThan(30);
    const withRecords = [
      `/api/reports/${report.id}`,
      `/api/reports/${report.id}/files/${file.id}`,
      `/api/documents/${w.documentId}`,
      `/api/assignments/${report.assignmentId}/values.xlsx`,
      `/api/assignments/${report.assignmentId}/consolidated.docx?includeSubmitted=true`,
      `/api/assignments/${report.assignmentId}/reminders`,
      `/api/fund.xlsx?unitId=${w.h.district.id}&year=2024`,
    ];
    const before = await snapshotDatabase(t.ctx.db);
    const mailsBefore = smtp.received.length;
    let answered = 0;
    for (const client of [admin, officer, reporterA]) {
      for (const url of [...paths, ...withRecords]) {
        for (const method of ['GET', 'HEAD'] as const) {
          // No CSRF token: reads need none, and a link from another site may trigger them.
          const res = await t.app.inject({ method, url, headers: { cookie: client.cookie } });
          expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
          if (res.statusCode === 200) answered += 1;
        }
      }
    }
    expect(answered).toBeGreaterThan(50);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect(smtp.received.length).toBe(mailsBefore);
  });

  it('hands the token out only in the JSON of the session, never in a cookie, and lets no other origin read it', async () => {
    const { user } = await newClient();
    const res = await signIn(user.username, TEST_PASSWORD);
    const token = res.json().csrfToken as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    // One cookie, the HttpOnly session id, which is not the token; no header carries the token.
    const cookies = setCookies(res);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/; HttpOnly/);
    expect(sessionIdOf(res)).not.toBe(token);
    for (const [name, value] of Object.entries(res.headers)) expect(String(value), name).not.toContain(token);

    // A page of another origin may send the request, but without CORS headers its script cannot read the answer.
    const cookie = `${SESSION_COOKIE}=${encodeURIComponent(sessionIdOf(res))}`;
    const crossRead = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie, origin: 'https://ke-gian.example', 'sec-fetch-site': 'cross-site' } });
    expect(crossRead.json().csrfToken).toBe(token);
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/session',
      headers: { origin: 'https://ke-gian.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-csrf-token, content-type' },
    });
    for (const answer of [res, crossRead, preflight]) {
      expect(Object.keys(answer.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    expect(preflight.statusCode).toBeGreaterThanOrEqual(400);
    // Two sessions, two tokens.
    expect((await signIn(user.username, TEST_PASSWORD)).json().csrfToken).not.toBe(token);
  });
});

describe('session fixation', () => {
  it('never adopts a session id the browser brings to sign-in, made up or another user’s', async () => {
    const victim = await newClient();
    const attacker = await newClient();
    const madeUp = 'bXktb3duLXNlc3Npb24taWQtY2hvc2VuLWJ5LWF0dGF'; // 43 base64url characters, like a real one
    const attackerId = decodeURIComponent(attacker.client.cookie.split('=')[1]!);
    for (const planted of [madeUp, attackerId]) {
      const res = await signIn(victim.user.username, TEST_PASSWORD, { cookie: `${SESSION_COOKIE}=${encodeURIComponent(planted)}` });
      expect(res.statusCode).toBe(200);
      const issued = sessionIdOf(res);
      expect(issued).not.toBe(planted);
      expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // The cookie is the host's alone: no Domain attribute shares it with other subdomains.
      expect(setCookies(res)[0]).not.toMatch(/Domain=/i);
      expect(await countRows(t.ctx.db, 'sessions', `token_hash = '${hashToken(issued)}' and user_id = '${victim.user.id}'`)).toBe(1);
    }
    // The planted ids stay what they were: nothing, and the attacker's own session.
    expect(await countRows(t.ctx.db, 'sessions', `token_hash = '${hashToken(madeUp)}'`)).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `${SESSION_COOKIE}=${madeUp}` } })).statusCode).toBe(401);
    expect((await attacker.client.get('/api/session')).json().user.id).toBe(attacker.user.id);
  });

  it('ends a session on the server at sign-out: a copy of the cookie no longer reads or writes, and signing in again gives a new id', async () => {
    const { user, client } = await newClient(['officer'], w.h.district.id);
    const copy = { cookie: client.cookie, csrf: client.csrf };
    expect((await client.delete('/api/session')).statusCode).toBe(200);
    const before = await snapshotDatabase(t.ctx.db);
    const read = await t.app.inject({ method: 'GET', url: `/api/fund?unitId=${w.h.district.id}&year=2024`, headers: { cookie: copy.cookie } });
    expect(read.statusCode).toBe(401);
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/fund/income',
      payload: { unitId: w.h.district.id, entryOn: '2024-06-05', amount: 11, description: 'Phiên đã đóng' },
      headers: { cookie: copy.cookie, 'x-csrf-token': copy.csrf },
    });
    expect(write.statusCode).toBe(401);
    expect(write.json().error.code).toBe('UNAUTHENTICATED');
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);

    const again = await signIn(user.username, TEST_PASSWORD);
    expect(`${SESSION_COOKIE}=${encodeURIComponent(sessionIdOf(again))}`).not.toBe(copy.cookie);
    expect(again.json().csrfToken).not.toBe(copy.csrf);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: copy.cookie } })).statusCode).toBe(401);
  });

  it('after a password change, the user’s other sessions can neither read nor write', async () => {
    const { user, client: here } = await newClient(['officer'], w.h.district.id);
    const elsewhere = await new Client(t.app).signIn(user.username, TEST_PASSWORD);
    const changed = await here.post('/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-an-toan' });
    expect(changed.statusCode, changed.body).toBe(200);
    const before = await snapshotDatabase(t.ctx.db);
    expect((await elsewhere.get('/api/session')).statusCode).toBe(401);
    const write = await elsewhere.post('/api/fund/income', { unitId: w.h.district.id, entryOn: '2024-06-06', amount: 13, description: 'Phiên cũ' });
    expect(write.statusCode).toBe(401);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect((await here.get('/api/session')).statusCode).toBe(200);
    expect(await countRows(t.ctx.db, 'sessions', `user_id = '${user.id}'`)).toBe(1);
  });

  it('sets the cookie HttpOnly, SameSite=Lax, Path=/ and, behind a TLS proxy, Secure; sign-out clears it on the same path', async () => {
    const { user } = await newClient();
    const res = await signIn(user.username, TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
    const attrs = setCookies(res)[0]!.split(';').map((s) => s.trim());
    expect(attrs).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', 'Secure']));
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: `${SESSION_COOKIE}=${encodeURIComponent(sessionIdOf(res))}`, 'x-csrf-token': res.json().csrfToken, 'x-forwarded-proto': 'https' },
    });
    expect(out.statusCode).toBe(200);
    const cleared = setCookies(out)[0]!.split(';').map((s) => s.trim());
    expect(cleared[0]).toBe(`${SESSION_COOKIE}=`);
    expect(cleared).toEqual(expect.arrayContaining(['Path=/']));
    expect(cleared.some((a) => /^Expires=Thu, 01 Jan 1970/.test(a) || a === 'Max-Age=0')).toBe(true);
  });
});

describe('sign-in lock-out', () => {
  it('says in Vietnamese when to try again, for a name and for an address', async () => {
    const { user } = await newClient();
    const ip = { 'x-forwarded-for': '203.0.113.40' };
    for (let i = 0; i < 5; i++) expect((await signIn(user.username, `sai-${i}-mat-khau`, ip)).statusCode).toBe(401);
    const byName = await signIn(user.username, TEST_PASSWORD, ip);
    expect(byName.statusCode).toBe(429);
    expect(byName.json().error).toEqual({ code: 'RATE_LIMITED', message: LOCKED_MESSAGE });

    const crowd = { 'x-forwarded-for': '203.0.113.41' };
    for (let i = 0; i < 30; i++) expect((await signIn(`khach.${i}.dia-chi`, 'sai-mat-khau', crowd)).statusCode).toBe(401);
    const byAddress = await signIn((await newClient()).user.username, TEST_PASSWORD, crowd);
    expect(byAddress.statusCode).toBe(429);
    expect(byAddress.json().error).toEqual({ code: 'RATE_LIMITED', message: LOCKED_MESSAGE });
  });

  it('refuses the right password while locked, is not extended by refused attempts, and ends 15 minutes after the first failure', async () => {
    const { user } = await newClient();
    const ip = { 'x-forwarded-for': '203.0.113.42' };
    for (let i = 0; i < 5; i++) {
      t.ctx.now = at(i * MINUTE);
      expect((await signIn(user.username, `sai-${i}-mat-khau`, ip)).statusCode).toBe(401);
    }
    // Knocking on a locked door, right password included, again and again.
    for (const minute of [5, 8, 10, 14]) {
      t.ctx.now = at(minute * MINUTE);
      const res = await signIn(user.username, TEST_PASSWORD, ip);
      expect(res.statusCode, `minute ${minute}`).toBe(429);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    t.ctx.now = at(15 * MINUTE - 1000);
    expect((await signIn(user.username, TEST_PASSWORD, ip)).statusCode).toBe(429);
    expect(await countRows(t.ctx.db, 'sessions', `user_id = '${user.id}'`)).toBe(1); // the one newClient opened
    // The first failure leaves the window: four remain, so the right password gets through.
    t.ctx.now = at(15 * MINUTE + 1000);
    const open = await signIn(user.username, TEST_PASSWORD, ip);
    expect(open.statusCode).toBe(200);
    expect(await countRows(t.ctx.db, 'sessions', `user_id = '${user.id}'`)).toBe(2);
  });

  it('counts a name however it is written, and locks unknown names the same way', async () => {
    const { user } = await newClient();
    const ip = { 'x-forwarded-for': '203.0.113.43' };
    const spellings = [user.username.toUpperCase(), ` ${user.username} `, user.username.replace(/^./, (c) => c.toUpperCase()), `\t${user.username}`, user.username];
    for (const [i, name] of spellings.entries()) expect((await signIn(name, `sai-${i}-mat-khau`, ip)).statusCode).toBe(401);
    expect((await signIn(user.username, TEST_PASSWORD, ip)).statusCode).toBe(429);

    // An unknown name answers exactly like a known one, locked or not: the lock tells nothing about who exists.
    for (let i = 0; i < 5; i++) {
      const res = await signIn('khong.co.ai.ten.nay', `sai-${i}-mat-khau`, ip);
      expect(res.json().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    }
    const locked = await signIn('khong.co.ai.ten.nay', 'bat-ky', ip);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toBe(LOCKED_MESSAGE);
  });
});

describe('attachments are judged by their bytes', () => {
  it('refuses an executable, a web page or a ZIP sent as a PDF, on reports and documents alike', async () => {
    const report = await draftReport();
    const doc = await draftDocument();
    const filesBefore = storedFileCount();
    const before = await snapshotDatabase(t.ctx.db);
    for (const url of [`/api/reports/${report.id}/files`, `/api/documents/${doc.id}/files`]) {
      const client = url.startsWith('/api/reports') ? reporterA : officer;
      for (const [what, bytes] of [['executable', EXE], ['web page', HTML], ['ZIP', PLAIN_ZIP]] as const) {
        const res = await upload(client, url, bytes, 'application/pdf', 'quyet-dinh.pdf');
        expect(res.statusCode, `${what} on ${url}`).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'INVALID_INPUT', message: 'Nội dung tệp không phải PDF như Content-Type khai báo', fields: { file: 'Không phải tệp PDF' } });
      }
      // A real PDF declared as another accepted type is refused too: the bytes must match the declaration.
      const asPng = await upload(client, url, PDF, 'image/png', 'anh.png');
      expect(asPng.statusCode).toBe(400);
      expect(asPng.json().error.message).toBe('Nội dung tệp không phải PNG như Content-Type khai báo');
      // A type outside the list is refused before anything is read.
      const unknown = await upload(client, url, PDF, 'application/octet-stream', 'x.pdf');
      expect(unknown.statusCode).toBe(415);
      expect(unknown.json().error.message).toMatch(/kiểu/i);
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect(storedFileCount()).toBe(filesBefore);
  });

  it('refuses an executable sent as plain text, and a ZIP or a zip bomb sent as a Word or Excel file', async () => {
    const report = await draftReport();
    const doc = await draftDocument();
    const bomb = zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES_XML },
      { name: 'word/document.xml', data: Buffer.alloc(150 * 1024 * 1024, 0x20) },
    ]);
    const liar = zip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES_XML },
      { name: 'word/document.xml', data: Buffer.alloc(4 * 1024 * 1024, 0x20), declaredSize: 1024 },
    ]);
    const filesBefore = storedFileCount();
    const before = await snapshotDatabase(t.ctx.db);
    for (const url of [`/api/reports/${report.id}/files`, `/api/documents/${doc.id}/files`]) {
      const client = url.startsWith('/api/reports') ? reporterA : officer;
      const exe = await upload(client, url, EXE, 'text/plain', 'huong-dan.txt');
      expect(exe.statusCode, `executable as text on ${url}`).toBe(400);
      expect(exe.json().error).toMatchObject({ code: 'INVALID_INPUT', message: 'Nội dung tệp không phải văn bản thuần như Content-Type khai báo' });
      for (const [what, bytes, type] of [
        ['a plain ZIP as DOCX', PLAIN_ZIP, DOCX_TYPE],
        ['a plain ZIP as XLSX', PLAIN_ZIP, XLSX_TYPE],
        ['a DOCX as XLSX', DOCX, XLSX_TYPE],
        ['an XLSX as DOCX', XLSX, DOCX_TYPE],
        ['two bytes "PK" as DOCX', Buffer.from('PK'), DOCX_TYPE],
      ] as const) {
        const res = await upload(client, url, bytes, type, 'to-trinh.docx');
        expect(res.statusCode, `${what} on ${url}: ${res.body}`).toBe(400);
        expect(res.json().error.message).toMatch(/^Nội dung tệp không phải (DOCX|XLSX) như Content-Type khai báo$/);
      }
      // The bomb is 150 KB on the wire and 150 MB unpacked; the liar unpacks past the size it declares.
      for (const bytes of [bomb, liar]) {
        const boom = await upload(client, url, bytes, DOCX_TYPE, 'bom.docx');
        expect(boom.statusCode, boom.body).toBe(400);
        expect(boom.json().error.message).toBe('Tệp DOCX khi giải nén vượt quá 100 MB');
      }
    }
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect(storedFileCount()).toBe(filesBefore);
  });

  it('accepts what the bytes prove whatever its name, and sends it back as a download the browser will not render', async () => {
    const report = await draftReport();
    const url = `/api/reports/${report.id}/files`;
    const cases = [
      { bytes: Buffer.concat([PDF, Buffer.from('exe')]), type: 'application/pdf', name: 'chay-toi.exe' },
      { bytes: DOCX, type: DOCX_TYPE, name: 'To trinh.docx' },
      { bytes: XLSX, type: XLSX_TYPE, name: 'Bang diem.xlsx' },
      // A web page is text: stored as such, and never served as HTML.
      { bytes: HTML, type: 'text/plain', name: 'trang.html' },
      { bytes: Buffer.from('Ghi chú: hộ nghèo giảm 10%.\r\n', 'utf8'), type: 'text/plain', name: 'ghi-chu.txt' },
      { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ghi chú UTF-16', 'utf16le')]), type: 'text/plain', name: 'utf16.txt' },
      { bytes: Buffer.from('Ghi ch\xfa windows-1258', 'latin1'), type: 'text/plain', name: 'cu.txt' },
    ];
    for (const c of cases) {
      const res = await upload(reporterA, url, c.bytes, c.type, c.name);
      expect(res.statusCode, `${c.name}: ${res.body}`).toBe(201);
      expect(res.json()).toMatchObject({ name: c.name, contentType: c.type, size: c.bytes.length });
      const down = await reporterA.get(`${url}/${res.json().id}`);
      expect(down.statusCode).toBe(200);
      expect(down.rawPayload.equals(c.bytes)).toBe(true);
      expect(down.headers['content-type']).toMatch(new RegExp(`^${c.type.replace(/[.+]/g, '\\$&')}`));
      expect(down.headers['content-type']).not.toMatch(/html/);
      expect(down.headers['content-disposition']).toMatch(/^attachment; /);
      expect(down.headers['x-content-type-options']).toBe('nosniff');
      expect(down.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });
});

describe('user text stays text', () => {
  const NARRATIVE = `${SCRIPT} "trích dẫn" & </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "http://x"</w:instrText> ]]>`;

  it('comes back from the API exactly as entered, as JSON', async () => {
    const report = await draftReport({ ket_qua: NARRATIVE });
    const res = await reporterA.get(`/api/reports/${report.id}`);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().narrative.ket_qua).toBe(NARRATIVE);
  });

  it('is escaped in the consolidated DOCX: no tag, no field, the words as written', async () => {
    const report = await draftReport({ ket_qua: NARRATIVE });
    const saved = await reporterA.patch(`/api/reports/${report.id}`, {
      version: report.version,
      values: { [w.ind.HO_NGHEO]: 100, [w.ind.HO_THOAT]: 10 },
      narrative: { ket_qua: NARRATIVE, ton_tai: SCRIPT },
      exemplary: [{ kind: 'person', name: `Lò Văn <b>Tiêu</b>`, position: null, achievement: SCRIPT }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const sent = await reporterA.post(`/api/reports/${report.id}/submit`, { version: saved.json().version });
    expect(sent.statusCode, sent.body).toBe(200);
    const res = await officer.get(`/api/assignments/${report.assignmentId}/consolidated.docx?includeSubmitted=true`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const { document } = readDocx(res.rawPayload);
    const paras = bodyParagraphs(document);
    const texts = paras.map((p) => p.text);
    expect(texts).toContain(`Xã Mường Báng: “${NARRATIVE}”`);
    expect(texts).toContain(`Xã Mường Báng: “${SCRIPT}”`);
    expect(texts).toContain(`- Cá nhân Lò Văn <b>Tiêu</b> (Xã Mường Báng): ${SCRIPT}`);
    expect(paras.filter((p) => p.text.includes('alert(1)')).flatMap((p) => p.runs).some((r) => r.hasField)).toBe(false);
    expect(document).not.toContain('<script>');
    expect(document).not.toContain('<w:instrText>HYPERLINK');
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('goes out in reminder e-mails as plain text, with no header slipped in through the title', async () => {
    const title = `Báo cáo ${SCRIPT}\r\nBcc: ke-gian@example.test\r\n\r\n<b>đậm</b>`;
    const assignmentId = await w.assign({ title });
    const before = smtp.received.length;
    const res = await officer.post(`/api/assignments/${assignmentId}/reminders`, { unitIds: [w.h.communeA.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ emails: 1, failed: 0 });
    const mails = smtp.received.slice(before);
    expect(mails.map((m) => m.to)).toEqual([['baocao@muongbang.test']]);
    const raw = mails[0]!.raw;
    const split = raw.indexOf('\r\n\r\n');
    const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
    const headerNames = head.split('\r\n').map((l) => l.slice(0, l.indexOf(':')).toLowerCase());
    expect(headerNames).not.toContain('bcc');
    expect(headerNames.filter((n) => n === 'subject')).toHaveLength(1);
    expect(headerNames.filter((n) => n === 'content-type')).toHaveLength(1);
    expect(head).toMatch(/^Content-Type: text\/plain; charset=utf-8$/im);
    expect(raw).not.toMatch(/text\/html/i);
    const body = raw.slice(split + 4);
    const text = /^Content-Transfer-Encoding: base64$/im.test(head)
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : /^Content-Transfer-Encoding: quoted-printable$/im.test(head)
        ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')
        : body;
    expect(text).toContain(SCRIPT);
  });

  it('cannot run as a formula in the XLSX fund ledger, whichever character starts it', async () => {
    const descriptions = ['=HYPERLINK("http://ke-gian.example","Bấm vào")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', SCRIPT];
    for (const [i, description] of descriptions.entries()) {
      const res = await officer.post('/api/fund/income', { unitId: w.h.district.id, entryOn: `2024-07-0${i + 1}`, amount: 1000 + i, description });
      expect(res.statusCode, res.body).toBe(201);
    }
    const res = await officer.get(`/api/fund.xlsx?unitId=${w.h.district.id}&year=2024`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    wb.worksheets[0]!.eachRow((row) => {
      const cell = row.getCell(3);
      if (typeof cell.value === 'string' && descriptions.some((d) => cell.value === d || cell.value === `'${d}`)) cells.push(cell);
    });
    expect(cells.map((c) => c.value)).toEqual([...descriptions.slice(0, 4).map((d) => `'${d}`), SCRIPT]);
    expect(cells.every((c) => c.formula === undefined && c.type === ExcelJS.ValueType.String)).toBe(true);
  });
});
