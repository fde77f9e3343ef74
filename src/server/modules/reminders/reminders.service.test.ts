import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUnit, makeUser } from '../../../../test/support/factories.js';
import { countRows } from '../../../../test/support/snapshot.js';
import type { ServiceContext } from '../../context.js';
import { notifications } from '../../db/schema.js';
import { deactivate, makeAssignment, setEmail, setReportStatus } from './fixtures.testing.js';
import { createSmtpMailer, type Mailer } from './mailer.js';
import { dueReminderKind, listReminders, runDueReminders, sendReminders, type DueReminder } from './reminders.service.js';
import { startTestSmtpServer, type TestSmtpServer } from './smtp-server.testing.js';

let t: TestApp;
let h: Awaited<ReturnType<typeof makeHierarchy>>;
let smtp: TestSmtpServer;
let mailer: Mailer;
let ctx: ServiceContext;
/** Users of Xã Mường Báng (A) and Xã Đun Nhì (B). */
let u: Record<'repA' | 'headA' | 'viewerA' | 'noMailA' | 'repB' | 'officer', { id: string; username: string }>;

const at = (iso: string) => new Date(iso);
type Assignment = { id: string };
// Assignments of earlier tests stay due: every check looks at one assignment only.
const notificationsOf = (userId: string, a: Assignment) =>
  countRows(t.ctx.db, 'notifications', `user_id = '${userId}' and link = '/bao-cao?assignmentId=${a.id}'`);
const mailsAbout = (title: string) => smtp.received.filter((m) => m.subject === `Nhắc hạn báo cáo: ${title}`);
const summary = (a: Assignment, done: DueReminder[]) =>
  done.filter((r) => r.assignmentId === a.id).map((r) => `${r.unitName}|${r.kind}|${r.channel}|${r.recipient}|${r.status}`).sort();

async function logOf(assignmentId: string) {
  const res = await t.ctx.db.execute(
    sql`select kind, channel, recipient, status, error from reminder_log where assignment_id = ${assignmentId} order by channel, recipient`,
  );
  return (res as unknown as { rows: { kind: string; channel: string; recipient: string; status: string; error: string | null }[] }).rows;
}

beforeAll(async () => {
  t = await createTestApp();
  h = await makeHierarchy(t.ctx);
  smtp = await startTestSmtpServer();
  mailer = createSmtpMailer(smtp.url, 'thidua <thidua@tuachua.test>');
  ctx = { ...t.ctx, mailer };
  const make = async (unitId: string, roles: Parameters<typeof makeUser>[1]['roles'], username: string, email: string | null) => {
    const user = await makeUser(t.ctx, { unitId, roles, username });
    await setEmail(t.ctx.db, user.id, email);
    return { id: user.id, username: user.username };
  };
  u = {
    repA: await make(h.communeA.id, ['reporter'], 'baocao.muongbang', 'baocao@muongbang.test'),
    headA: await make(h.communeA.id, ['unit_head'], 'chutich.muongbang', 'chutich@muongbang.test'),
    viewerA: await make(h.communeA.id, ['viewer'], 'xem.muongbang', 'xem@muongbang.test'),
    noMailA: await make(h.communeA.id, ['reporter'], 'vanthu.muongbang', null),
    repB: await make(h.communeB.id, ['reporter'], 'baocao.dunnhi', 'baocao@dunnhi.test'),
    officer: await make(h.district.id, ['officer'], 'thidua.tuachua', 'thidua@tuachua.test'),
  };
});
afterAll(async () => {
  mailer.close?.();
  await smtp.close();
  await t.close();
});

describe('which automatic reminder is due', () => {
  const a = { dueOn: '2024-11-05', lockOn: '2024-11-20', remindDaysBefore: 3 };
  it.each([
    ['2024-11-01T16:59:00Z', null], // 23:59 on 01/11 in Vietnam: 4 days before
    ['2024-11-01T17:00:00Z', 'before'], // 00:00 on 02/11: 3 days before
    ['2024-11-05T16:59:00Z', 'before'], // the due day itself, until midnight in Vietnam
    ['2024-11-05T17:00:00Z', 'overdue'],
    ['2024-11-20T16:59:00Z', 'overdue'], // the lock day
    ['2024-11-20T17:00:00Z', null], // after the lock date
  ])('at %s: %s', (now, kind) => {
    expect(dueReminderKind(a, at(now))).toBe(kind);
  });
  it('stops overdue reminders 30 days after the due date, and never sends without remindDaysBefore', () => {
    const noLock = { ...a, lockOn: null };
    expect(dueReminderKind(noLock, at('2024-12-05T03:00:00Z'))).toBe('overdue'); // 30 days late
    expect(dueReminderKind(noLock, at('2024-12-06T03:00:00Z'))).toBeNull(); // 31 days late
    expect(dueReminderKind({ ...noLock, remindDaysBefore: null }, at('2024-11-04T03:00:00Z'))).toBeNull();
    expect(dueReminderKind({ ...noLock, remindDaysBefore: null }, at('2024-11-08T03:00:00Z'))).toBeNull();
    expect(dueReminderKind({ ...noLock, remindDaysBefore: 0 }, at('2024-11-04T03:00:00Z'))).toBeNull();
    expect(dueReminderKind({ ...noLock, remindDaysBefore: 0 }, at('2024-11-05T03:00:00Z'))).toBe('before');
  });
});

describe('automatic reminders', () => {
  it("sends a 'before' reminder once: one e-mail per recipient and one notification each; a unit that reported gets nothing", async () => {
    const title = 'Báo cáo trước hạn';
    const a = await makeAssignment(t.ctx, { ownerUnitId: h.district.id, unitIds: [h.communeA.id, h.communeB.id], title, dueOn: '2024-11-05' });
    await setReportStatus(t.ctx.db, a.id, h.communeB.id, 'submitted');

    expect(summary(a, await runDueReminders(ctx, at('2024-11-01T03:00:00Z')))).toEqual([]); // 4 days before: not yet
    const done = await runDueReminders(ctx, at('2024-11-03T03:00:00Z'));
    expect(summary(a, done)).toEqual([
      'Xã Mường Báng|before|app|baocao.muongbang|sent',
      'Xã Mường Báng|before|app|chutich.muongbang|sent',
      'Xã Mường Báng|before|app|vanthu.muongbang|sent',
      'Xã Mường Báng|before|email|baocao@muongbang.test|sent',
      'Xã Mường Báng|before|email|chutich@muongbang.test|sent',
    ]);
    const mails = mailsAbout(title);
    expect(mails.map((m) => m.to).sort()).toEqual([['baocao@muongbang.test'], ['chutich@muongbang.test']]);
    expect(mails[0]!.from).toBe('thidua@tuachua.test');
    expect(mails[0]!.text).toContain('Xã Mường Báng chưa gửi báo cáo “Báo cáo trước hạn”, hạn chậm nhất ngày 05/11/2024, còn 2 ngày.');
    expect(await notificationsOf(u.repA.id, a)).toBe(1);
    expect(await notificationsOf(u.headA.id, a)).toBe(1);
    expect(await notificationsOf(u.viewerA.id, a)).toBe(0);
    expect(await notificationsOf(u.repB.id, a)).toBe(0);
    const rows = await t.ctx.db
      .select({ kind: notifications.kind, title: notifications.title, body: notifications.body, link: notifications.link })
      .from(notifications)
      .where(and(eq(notifications.userId, u.repA.id), eq(notifications.link, `/bao-cao?assignmentId=${a.id}`)));
    expect(rows).toEqual([{
      kind: 'reminder',
      title: `Nhắc hạn báo cáo: ${title}`,
      body: 'Xã Mường Báng chưa gửi báo cáo “Báo cáo trước hạn”, hạn chậm nhất ngày 05/11/2024, còn 2 ngày.',
      link: `/bao-cao?assignmentId=${a.id}`,
    }]);

    // Later passes, the same day or on the due day, send nothing more.
    expect(summary(a, await runDueReminders(ctx, at('2024-11-03T03:15:00Z')))).toEqual([]);
    expect(summary(a, await runDueReminders(ctx, at('2024-11-05T16:00:00Z')))).toEqual([]);
    expect(mailsAbout(title)).toHaveLength(2);
    expect(await notificationsOf(u.repA.id, a)).toBe(1);
    expect(await logOf(a.id)).toHaveLength(5);
  });

  it("sends an 'overdue' reminder once to units whose report is missing, a draft or returned", async () => {
    const title = 'Báo cáo quá hạn';
    const a = await makeAssignment(t.ctx, { ownerUnitId: h.district.id, unitIds: [h.communeA.id, h.communeB.id], title, dueOn: '2024-11-05', lockOn: '2024-11-30' });
    await setReportStatus(t.ctx.db, a.id, h.communeA.id, 'returned');
    await setReportStatus(t.ctx.db, a.id, h.communeB.id, 'draft');

    const done = await runDueReminders(ctx, at('2024-11-08T03:00:00Z'));
    expect(summary(a, done)).toEqual([
      'Xã Mường Báng|overdue|app|baocao.muongbang|sent',
      'Xã Mường Báng|overdue|app|chutich.muongbang|sent',
      'Xã Mường Báng|overdue|app|vanthu.muongbang|sent',
      'Xã Mường Báng|overdue|email|baocao@muongbang.test|sent',
      'Xã Mường Báng|overdue|email|chutich@muongbang.test|sent',
      'Xã Đun Nhì|overdue|app|baocao.dunnhi|sent',
      'Xã Đun Nhì|overdue|email|baocao@dunnhi.test|sent',
    ]);
    const mails = mailsAbout(title);
    expect(mails).toHaveLength(3);
    expect(mails.find((m) => m.to[0] === 'baocao@dunnhi.test')!.text).toContain('hạn chậm nhất ngày 05/11/2024, đã quá hạn 3 ngày.');

    expect(summary(a, await runDueReminders(ctx, at('2024-11-09T03:00:00Z')))).toEqual([]);
    expect(mailsAbout(title)).toHaveLength(3);
    expect(await notificationsOf(u.repB.id, a)).toBe(1);
  });

  it('sends no overdue reminder after the lock date nor to a unit that has reported', async () => {
    const title = 'Báo cáo đã khóa sổ';
    const a = await makeAssignment(t.ctx, { ownerUnitId: h.district.id, unitIds: [h.communeA.id, h.communeB.id], title, dueOn: '2024-11-05', lockOn: '2024-11-07' });
    await setReportStatus(t.ctx.db, a.id, h.communeA.id, 'accepted');
    expect(summary(a, await runDueReminders(ctx, at('2024-11-08T03:00:00Z')))).toEqual([]);
    // On the lock day itself it is still sent, to the unit that has not reported only.
    const done = await runDueReminders(ctx, at('2024-11-07T03:00:00Z'));
    expect(new Set(done.filter((r) => r.assignmentId === a.id).map((r) => r.unitName))).toEqual(new Set(['Xã Đun Nhì']));
    expect(mailsAbout(title).map((m) => m.to)).toEqual([['baocao@dunnhi.test']]);
  });

  it("logs a unit with nobody to remind once as 'skipped'; inactive users are not reminded", async () => {
    const lonely = await makeUnit(t.ctx, { name: 'Xã Không Người', parentId: h.district.id });
    const gone = await makeUser(t.ctx, { unitId: lonely.id, roles: ['reporter'] });
    await deactivate(t.ctx.db, gone.id);
    const a = await makeAssignment(t.ctx, { ownerUnitId: h.district.id, unitIds: [lonely.id], title: 'Báo cáo không người nhận', dueOn: '2024-11-05' });
    const done = await runDueReminders(ctx, at('2024-11-04T03:00:00Z'));
    expect(done.filter((r) => r.assignmentId === a.id)).toMatchObject([{ unitName: 'Xã Không Người', channel: 'app', recipient: '', status: 'skipped' }]);
    expect(summary(a, await runDueReminders(ctx, at('2024-11-04T04:00:00Z')))).toEqual([]);
    expect(await notificationsOf(gone.id, a)).toBe(0);
    expect(await logOf(a.id)).toMatchObject([{ status: 'skipped', error: expect.stringContaining('chưa có tài khoản') }]);
  });

  it("logs a failing mail server as 'failed' without throwing, and does not retry automatically", async () => {
    const dead = await startTestSmtpServer();
    await dead.close();
    const deadMailer = createSmtpMailer(dead.url, 'thidua <thidua@tuachua.test>');
    const a = await makeAssignment(t.ctx, { ownerUnitId: h.district.id, unitIds: [h.communeB.id], title: 'Báo cáo khi máy chủ thư hỏng', dueOn: '2024-11-05' });
    const done = await runDueReminders({ ...t.ctx, mailer: deadMailer }, at('2024-11-04T03:00:00Z'));
    expect(summary(a, done)).toEqual(['Xã Đun Nhì|before|app|baocao.dunnhi|sent', 'Xã Đun Nhì|before|email|baocao@dunnhi.test|failed']);
    const log = await logOf(a.id);
    expect(log.find((r) => r.channel === 'email')).toMatchObject({ status: 'failed', error: expect.stringMatching(/ECONNREFUSED|connect/i) });
    // The in-app notification still went out.
    expect(await notificationsOf(u.repB.id, a)).toBe(1);
    // Even with a working server now, the failed e-mail is not sent again by the automatic pass.
    expect(summary(a, await runDueReminders(ctx, at('2024-11-04T05:00:00Z')))).toEqual([]);
    expect(mailsAbout('Báo cáo khi máy chủ thư hỏng')).toEqual([]);
    deadMailer.close?.();
  });

  it('sends each reminder once when two passes (two processes) run at the same time', async () => {
    const title = 'Báo cáo hai tiến trình';
    const a = await makeAssignment(t.ctx, { ownerUnitId: h.district.id, unitIds: [h.communeA.id, h.communeB.id], title, dueOn: '2024-11-05' });
    const other = createSmtpMailer(smtp.url, 'thidua <thidua@tuachua.test>');
    const now = at('2024-11-04T03:00:00Z');
    const [first, second] = await Promise.all([runDueReminders(ctx, now), runDueReminders({ ...t.ctx, mailer: other }, now)]);
    other.close?.();
    const all = summary(a, [...first, ...second]);
    expect(all).toHaveLength(7);
    expect(new Set(all).size).toBe(7);
    expect(mailsAbout(title).map((m) => m.to[0]).sort()).toEqual(['baocao@dunnhi.test', 'baocao@muongbang.test', 'chutich@muongbang.test']);
    for (const user of [u.repA, u.headA, u.noMailA, u.repB]) expect(await notificationsOf(user.id, a)).toBe(1);
    expect(await logOf(a.id)).toHaveLength(7);
  });
});

describe('manual reminders', () => {
  it('reminds the chosen units that have not reported, by app and e-mail, and logs every one (each time)', async () => {
    let clock = at('2024-11-04T03:00:00Z');
    const manual = { ...ctx, now: () => clock };
    const title = 'Báo cáo nhắc tay';
    const a = await makeAssignment(t.ctx, { ownerUnitId: h.district.id, unitIds: [h.communeA.id, h.communeB.id], title, dueOn: '2024-11-05', remindDaysBefore: null });
    await setReportStatus(t.ctx.db, a.id, h.communeA.id, 'submitted');

    const result = await sendReminders(manual, null, a.id, { unitIds: [h.communeA.id, h.communeB.id] });
    expect(result).toEqual({ units: 1, notifications: 1, emails: 1, failed: 0 });
    expect(mailsAbout(title)).toMatchObject([{ to: ['baocao@dunnhi.test'] }]);
    expect(mailsAbout(title)[0]!.text).toContain('hạn chậm nhất ngày 05/11/2024, còn 1 ngày.');

    clock = at('2024-11-06T03:00:00Z');
    expect(await sendReminders(manual, null, a.id, { unitIds: [h.communeB.id] })).toEqual({ units: 1, notifications: 1, emails: 1, failed: 0 });
    expect(mailsAbout(title)).toHaveLength(2);
    expect(mailsAbout(title)[1]!.text).toContain('đã quá hạn 1 ngày');
    expect(await notificationsOf(u.repB.id, a)).toBe(2);

    const log = await listReminders(manual, null, a.id);
    expect(log.map((r) => `${r.sentAt}|${r.unitName}|${r.kind}|${r.channel}|${r.recipient}|${r.status}`)).toEqual([
      '2024-11-06T03:00:00.000Z|Xã Đun Nhì|manual|app|baocao.dunnhi|sent',
      '2024-11-06T03:00:00.000Z|Xã Đun Nhì|manual|email|baocao@dunnhi.test|sent',
      '2024-11-04T03:00:00.000Z|Xã Đun Nhì|manual|app|baocao.dunnhi|sent',
      '2024-11-04T03:00:00.000Z|Xã Đun Nhì|manual|email|baocao@dunnhi.test|sent',
    ]);
    // Without remindDaysBefore there are no automatic reminders, only these manual ones.
    expect(summary(a, await runDueReminders(ctx, at('2024-11-06T04:00:00Z')))).toEqual([]);
  });

  it("logs e-mails a failing mail server refused as 'failed' and still answers", async () => {
    const dead = await startTestSmtpServer();
    await dead.close();
    const deadMailer = createSmtpMailer(dead.url, 'thidua <thidua@tuachua.test>');
    const a = await makeAssignment(t.ctx, { ownerUnitId: h.district.id, unitIds: [h.communeA.id], title: 'Báo cáo nhắc tay lỗi thư', dueOn: '2024-11-05' });
    const result = await sendReminders({ ...t.ctx, mailer: deadMailer }, null, a.id, { unitIds: [h.communeA.id] });
    expect(result).toEqual({ units: 1, notifications: 3, emails: 0, failed: 2 });
    const log = await listReminders(t.ctx, null, a.id);
    expect(log.filter((r) => r.channel === 'email').map((r) => [r.recipient, r.status, r.error !== null])).toEqual([
      ['baocao@muongbang.test', 'failed', true],
      ['chutich@muongbang.test', 'failed', true],
    ]);
    deadMailer.close?.();
  });

  it('without a mail server, reminds in the app only', async () => {
    const a = await makeAssignment(t.ctx, { ownerUnitId: h.district.id, unitIds: [h.communeB.id], title: 'Báo cáo không có thư', dueOn: '2024-11-05' });
    expect(await sendReminders(t.ctx, null, a.id, { unitIds: [h.communeB.id] })).toEqual({ units: 1, notifications: 1, emails: 0, failed: 0 });
    expect((await logOf(a.id)).map((r) => r.channel)).toEqual(['app']);
    expect(mailsAbout('Báo cáo không có thư')).toEqual([]);
  });
});
