/**
 * Nhắc hạn báo cáo: reminders to units that have not sent an assignment's report, in the app
 * (notifications) and by e-mail when a mail server is configured. Sent by hand by the issuing
 * side, or automatically before the due date and once it has passed.
 */
import type { z } from 'zod';
import { AppError } from '../../../contract/errors.js';
import type { ReminderLogEntrySchema, SendRemindersBodySchema, SendRemindersResultSchema } from '../../../contract/reporting.js';
import type { Role } from '../../../contract/roles.js';
import { todayInVietnam } from '../../../core/dates.js';
import { addDays, daysUntil, isAfterLock } from '../../../core/reporting/deadlines.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { requirePermission, type Actor } from '../../http/actor.js';
import { invalidField } from '../../service-errors.js';
import { canManageAssignment, loadAssignment } from '../assignments/assignments.service.js';
import { appendAudit } from '../audit/audit.service.js';
import { insertNotifications, listActiveUsersOfUnit } from '../notifications/notifications.repo.js';
import type { Mailer } from './mailer.js';
import { reminderEmailText, reminderMessage, type ReminderMessage } from './reminder-message.js';
import * as repo from './reminders.repo.js';

type SendRemindersBody = z.infer<typeof SendRemindersBodySchema>;
type SendRemindersResult = z.infer<typeof SendRemindersResultSchema>;
type ReminderLogEntry = z.infer<typeof ReminderLogEntrySchema>;
export type ReminderKind = ReminderLogEntry['kind'];

/** Who is reminded: those who fill in and sign the unit's reports. */
export const REMINDER_ROLES: Role[] = ['reporter', 'unit_head'];
/** Automatic "overdue" reminders stop this many days after the due date. */
export const OVERDUE_REMINDER_DAYS = 30;
/** The log shown to the issuing side is capped (newest first). */
const LOG_LIMIT = 5000;
const NO_RECIPIENT = 'Đơn vị chưa có tài khoản người báo cáo hoặc thủ trưởng đang hoạt động';

interface Recipient {
  id: string;
  username: string;
  email: string | null;
}

async function recipientsOf(db: Db, unitId: string): Promise<Recipient[]> {
  return listActiveUsersOfUnit(db, unitId, REMINDER_ROLES);
}

function emailOf(r: Recipient): string | null {
  const e = r.email?.trim();
  return e ? e : null;
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 1000);
}

async function loadManagedAssignment(db: Db, actor: Actor | null, id: string) {
  const row = await loadAssignment(db, actor, id);
  if (actor) requirePermission(actor, 'report:review');
  if (!canManageAssignment(actor, row)) throw new AppError('FORBIDDEN', 'Chỉ bên giao nhiệm vụ được nhắc hạn và xem nhật ký nhắc hạn');
  return row;
}

/**
 * Reminds the chosen units of an assignment that have not reported (no report, a draft or a
 * returned one); units that have sent theirs are passed over. Only the issuing side may.
 */
export async function sendReminders(ctx: ServiceContext, actor: Actor | null, assignmentId: string, body: SendRemindersBody): Promise<SendRemindersResult> {
  const now = ctx.now();
  const sentAt = now.toISOString();
  const sentBy = actor?.userId ?? null;
  const planned = await ctx.db.transaction(async (tx) => {
    const assignment = await loadManagedAssignment(tx, actor, assignmentId);
    const units = await repo.listAssignmentUnitsWithReportState(tx, assignmentId);
    const byId = new Map(units.map((u) => [u.unitId, u]));
    const requested = [...new Set(body.unitIds)];
    const foreign = requested.filter((id) => !byId.has(id));
    if (foreign.length > 0) throw invalidField('unitIds', `Đơn vị không thuộc nhiệm vụ này: ${foreign.join(', ')}`);
    const targets = requested.map((id) => byId.get(id)!).filter((u) => !u.reported);

    let notifications = 0;
    const emails: { unitId: string; to: string; message: ReminderMessage }[] = [];
    for (const unit of targets) {
      const message = reminderMessage(assignment, unit.unitName, now);
      const recipients = await recipientsOf(tx, unit.unitId);
      notifications += await insertNotifications(tx, recipients.map((r) => r.id), { kind: 'reminder', ...message });
      const base = { assignmentId, unitId: unit.unitId, kind: 'manual', sentBy, sentAt } as const;
      await repo.insertReminderLog(
        tx,
        recipients.length === 0
          ? [{ ...base, channel: 'app', recipient: '', status: 'skipped', error: NO_RECIPIENT }]
          : recipients.map((r) => ({ ...base, channel: 'app', recipient: r.username, status: 'sent' })),
      );
      if (ctx.mailer) {
        const addresses = new Set(recipients.map(emailOf).filter((e): e is string => e !== null));
        for (const to of addresses) emails.push({ unitId: unit.unitId, to, message });
      }
    }
    await appendAudit(tx, {
      actorUserId: sentBy,
      action: 'assignment.remind',
      entityType: 'assignment',
      entityId: assignmentId,
      after: { unitIds: targets.map((u) => u.unitId), notifications, emails: emails.length },
    });
    return { units: targets.length, notifications, emails };
  });

  // E-mail goes out after the commit: a slow mail server must not hold the transaction open,
  // and a message cannot be taken back if the transaction failed later. Each outcome is logged.
  let sent = 0;
  let failed = 0;
  const mailer = ctx.mailer;
  for (const e of mailer ? planned.emails : []) {
    const outcome = await sendEmail(mailer!, e.to, e.message);
    if (outcome === null) sent += 1;
    else failed += 1;
    await repo.insertReminderLog(ctx.db, [
      { assignmentId, unitId: e.unitId, kind: 'manual', channel: 'email', recipient: e.to, status: outcome === null ? 'sent' : 'failed', error: outcome, sentBy, sentAt },
    ]);
  }
  return { units: planned.units, notifications: planned.notifications, emails: sent, failed };
}

/** Sends one reminder e-mail; null when the server took it, else the error's text. */
async function sendEmail(mailer: Mailer, to: string, message: ReminderMessage): Promise<string | null> {
  try {
    await mailer.send(to, message.title, reminderEmailText(message));
    return null;
  } catch (err) {
    return errorText(err) || 'Gửi thư không thành công';
  }
}

/** The reminders of an assignment, newest first; only the issuing side may read them. */
export async function listReminders(ctx: ServiceContext, actor: Actor | null, assignmentId: string): Promise<ReminderLogEntry[]> {
  await loadManagedAssignment(ctx.db, actor, assignmentId);
  const rows = await repo.listReminderLog(ctx.db, assignmentId, LOG_LIMIT);
  return rows.map((r) => ({
    ...r,
    kind: r.kind as ReminderLogEntry['kind'],
    channel: r.channel as ReminderLogEntry['channel'],
    status: r.status as ReminderLogEntry['status'],
    sentAt: new Date(r.sentAt).toISOString(),
  }));
}

/** One reminder an automatic pass handled. */
export interface DueReminder {
  assignmentId: string;
  assignmentTitle: string;
  unitId: string;
  unitName: string;
  kind: 'before' | 'overdue';
  channel: 'app' | 'email';
  recipient: string;
  status: 'sent' | 'failed' | 'skipped';
  error: string | null;
}

/** Which automatic reminder is due for an assignment today, if any. */
export function dueReminderKind(a: { dueOn: string; lockOn: string | null; remindDaysBefore: number | null }, now: Date): 'before' | 'overdue' | null {
  if (a.remindDaysBefore === null) return null;
  const days = daysUntil(a.dueOn, now);
  if (days >= 0) return days <= a.remindDaysBefore ? 'before' : null;
  return -days <= OVERDUE_REMINDER_DAYS && !isAfterLock(a.lockOn, now) ? 'overdue' : null;
}

/**
 * One pass of automatic reminders: for each assignment with `remindDaysBefore`, its units that
 * have not reported get a "before" reminder within that many days of the due date, and an
 * "overdue" one once it has passed (for 30 days, and not after the lock date). Each
 * (assignment, unit, kind, channel, recipient) is sent once: it is claimed first by an insert
 * into reminder_log that only one process can win, then sent. Safe to run from several processes.
 */
export async function runDueReminders(ctx: ServiceContext, now: Date = ctx.now()): Promise<DueReminder[]> {
  const today = todayInVietnam(now);
  const sentAt = now.toISOString();
  const done: DueReminder[] = [];
  const candidates = await repo.listAssignmentsWithReminders(ctx.db, addDays(today, -OVERDUE_REMINDER_DAYS), addDays(today, 60));
  for (const a of candidates) {
    const kind = dueReminderKind(a, now);
    if (!kind) continue;
    const units = (await repo.listAssignmentUnitsWithReportState(ctx.db, a.id)).filter((u) => !u.reported);
    for (const unit of units) {
      const message = reminderMessage(a, unit.unitName, now);
      const base = { assignmentId: a.id, unitId: unit.unitId, kind, sentAt } as const;
      const entry = { assignmentId: a.id, assignmentTitle: a.title, unitId: unit.unitId, unitName: unit.unitName, kind };
      const recipients = await recipientsOf(ctx.db, unit.unitId);
      if (recipients.length === 0) {
        // Logged once so the issuing side sees that nobody could be reminded.
        const claimed = await repo.claimReminder(ctx.db, { ...base, channel: 'app', recipient: '', status: 'skipped', error: NO_RECIPIENT });
        if (claimed) done.push({ ...entry, channel: 'app', recipient: '', status: 'skipped', error: NO_RECIPIENT });
        continue;
      }
      for (const r of recipients) {
        // The claim and the notification commit together: a notification exists iff its claim does.
        const notified = await ctx.db.transaction(async (tx) => {
          if (!(await repo.claimReminder(tx, { ...base, channel: 'app', recipient: r.username, status: 'sent' }))) return false;
          await insertNotifications(tx, [r.id], { kind: 'reminder', ...message });
          return true;
        });
        if (notified) done.push({ ...entry, channel: 'app', recipient: r.username, status: 'sent', error: null });
      }
      if (!ctx.mailer) continue;
      for (const to of new Set(recipients.map(emailOf).filter((e): e is string => e !== null))) {
        const claimed = await repo.claimReminder(ctx.db, { ...base, channel: 'email', recipient: to, status: 'sent' });
        if (!claimed) continue;
        // At most once: a failed send is marked 'failed' and not retried automatically (the claim
        // stays), so a broken mail server cannot make a unit receive the same reminder many times;
        // the issuing side sees the failure in the log and can remind by hand.
        const error = await sendEmail(ctx.mailer, to, message);
        if (error !== null) await repo.markReminderFailed(ctx.db, claimed, error);
        done.push({ ...entry, channel: 'email', recipient: to, status: error === null ? 'sent' : 'failed', error });
      }
    }
  }
  return done;
}
