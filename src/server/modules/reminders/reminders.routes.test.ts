import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { countRows, snapshotDatabase } from '../../../../test/support/snapshot.js';
import { addDays } from '../../../core/reporting/deadlines.js';
import { todayInVietnam } from '../../../core/dates.js';
import { createSmtpMailer } from './mailer.js';
import { makeAssignment, setEmail, setReportStatus } from './fixtures.testing.js';
import { startTestSmtpServer, type TestSmtpServer } from './smtp-server.testing.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let smtp: TestSmtpServer;
let assignmentId: string;
let officer: Client; // district officer: the issuing side
let provinceOfficer: Client;
let otherOfficer: Client; // officer of the sibling district
let otherAdmin: Client;
let reporterA: Client; // reporter of Xã Mường Báng, a unit given the assignment
let reporterB: Client;
let otherReporter: Client;

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  smtp = await startTestSmtpServer();
  // The routes read the context they were given: the mailer added here is the one they use.
  t.ctx.mailer = createSmtpMailer(smtp.url, 'thidua <thidua@tuachua.test>');
  const sign = async (unitId: string, roles: Parameters<typeof makeUser>[1]['roles'], email: string | null = null) => {
    const user = await makeUser(t.ctx, { unitId, roles });
    await setEmail(t.ctx.db, user.id, email);
    return new Client(t.app).signIn(user.username, TEST_PASSWORD);
  };
  officer = await sign(h.district.id, ['officer']);
  provinceOfficer = await sign(h.province.id, ['officer']);
  otherOfficer = await sign(h.otherDistrict.id, ['officer']);
  otherAdmin = await sign(h.otherDistrict.id, ['admin']);
  reporterA = await sign(h.communeA.id, ['reporter'], 'baocao@muongbang.test');
  reporterB = await sign(h.communeB.id, ['reporter'], 'baocao@dunnhi.test');
  otherReporter = await sign(h.otherCommune.id, ['reporter']);
  // Due in five days from today, so the message reads "còn 5 ngày".
  const a = await makeAssignment(t.ctx, {
    ownerUnitId: h.district.id,
    unitIds: [h.communeA.id, h.communeB.id],
    title: 'Báo cáo công tác thi đua quý IV',
    dueOn: addDays(todayInVietnam(), 5),
  });
  assignmentId = a.id;
  await setReportStatus(t.ctx.db, a.id, h.communeB.id, 'submitted');
});
afterAll(async () => {
  t.ctx.mailer?.close?.();
  await smtp.close();
  await t.close();
});

const url = () => `/api/assignments/${assignmentId}/reminders`;

describe('POST /api/assignments/:id/reminders', () => {
  it('reminds the units that have not reported, in the app and by e-mail, and logs it', async () => {
    const res = await officer.post(url(), { unitIds: [h.communeA.id, h.communeB.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ units: 1, notifications: 1, emails: 1, failed: 0 });
    expect(smtp.received.map((m) => m.to)).toEqual([['baocao@muongbang.test']]);

    const inbox = await reporterA.get('/api/notifications');
    expect(inbox.json()).toMatchObject({
      unread: 1,
      items: [
        {
          kind: 'reminder',
          title: 'Nhắc hạn báo cáo: Báo cáo công tác thi đua quý IV',
          link: `/bao-cao?assignmentId=${assignmentId}`,
          readAt: null,
        },
      ],
    });
    expect(inbox.json().items[0].body).toMatch(/^Xã Mường Báng chưa gửi báo cáo “Báo cáo công tác thi đua quý IV”, hạn chậm nhất ngày \d\d\/\d\d\/\d{4}, còn 5 ngày\.$/);
    expect((await reporterB.get('/api/notifications')).json()).toEqual({ items: [], unread: 0 });

    const log = await officer.get(url());
    expect(log.statusCode).toBe(200);
    expect(log.json().items).toMatchObject([
      { unitId: h.communeA.id, unitName: 'Xã Mường Báng', kind: 'manual', channel: 'app', status: 'sent', error: null },
      { unitId: h.communeA.id, unitName: 'Xã Mường Báng', kind: 'manual', channel: 'email', recipient: 'baocao@muongbang.test', status: 'sent' },
    ]);
  });

  it('lets an officer above the issuing district remind too', async () => {
    const res = await provinceOfficer.post(url(), { unitIds: [h.communeA.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().units).toBe(1);
  });

  it('refuses units that are not among the assignment’s, naming unitIds, and changes nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const mails = smtp.received.length;
    const res = await officer.post(url(), { unitIds: [h.communeA.id, h.otherCommune.id] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.unitIds).toContain(h.otherCommune.id);
    const empty = await officer.post(url(), { unitIds: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.unitIds).toBeTruthy();
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
    expect(smtp.received.length).toBe(mails);
  });

  it('answers 404 to the sibling district and 403/404 to units, and changes nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const body = { unitIds: [h.communeA.id] };
    for (const client of [otherOfficer, otherAdmin, otherReporter]) {
      expect((await client.post(url(), body)).statusCode).toBe(404);
      expect((await client.get(url())).statusCode).toBe(404);
    }
    // A unit given the assignment sees it but is not its issuing side.
    expect((await reporterA.post(url(), body)).statusCode).toBe(403);
    expect((await reporterA.get(url())).statusCode).toBe(403);
    expect((await officer.post('/api/assignments/00000000-0000-4000-8000-000000000000/reminders', body)).statusCode).toBe(404);
    expect(await snapshotDatabase(t.ctx.db)).toEqual(before);
  });

  it('records who sent a manual reminder in the audit log', async () => {
    expect(await countRows(t.ctx.db, 'audit_log', `action = 'assignment.remind' and entity_id = '${assignmentId}'`)).toBe(2);
  });
});
