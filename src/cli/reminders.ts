/**
 * `thidua reminders run`: one pass of the automatic reminders, as the server runs every
 * THIDUA_REMINDER_INTERVAL_MINUTES, for a cron job when the interval is 0 or to try the mail set-up.
 * Safe beside a running server: each reminder is claimed in the database and sent once.
 */
import type { Command } from 'commander';
import type { ServiceContext } from '../server/context.js';
import { runDueReminders, type DueReminder } from '../server/modules/reminders/reminders.service.js';

export type WithContext = <T>(fn: (ctx: ServiceContext) => Promise<T>) => Promise<T>;

const KIND = { before: 'trước hạn', overdue: 'quá hạn' } as const;

function describe(r: DueReminder): string {
  const what =
    r.status === 'skipped'
      ? `bỏ qua (${r.error ?? ''})`
      : r.channel === 'app'
        ? `thông báo cho ${r.recipient}`
        : r.status === 'sent'
          ? `thư tới ${r.recipient}`
          : `LỖI thư tới ${r.recipient}: ${r.error ?? ''}`;
  return `  [${KIND[r.kind]}] ${r.assignmentTitle} — ${r.unitName}: ${what}`;
}

/** The lines printed for a pass: one per reminder, then the totals. */
export function formatReminderRun(done: DueReminder[]): string[] {
  if (done.length === 0) return ['Không có nhắc hạn nào cần gửi.'];
  const app = done.filter((r) => r.channel === 'app' && r.status === 'sent').length;
  const mail = done.filter((r) => r.channel === 'email' && r.status === 'sent').length;
  const failed = done.filter((r) => r.status === 'failed').length;
  return [...done.map(describe), `Đã gửi ${app} thông báo và ${mail} thư điện tử${failed > 0 ? `; ${failed} thư không gửi được` : ''}.`];
}

export function addRemindersCommand(program: Command, withContext: WithContext): void {
  program
    .command('reminders')
    .description('Nhắc hạn báo cáo')
    .command('run')
    .description('Chạy một lượt nhắc hạn tự động ngay và in những gì đã gửi (thư điện tử khi có THIDUA_SMTP_URL)')
    .action(async () => {
      const done = await withContext((ctx) => runDueReminders(ctx));
      for (const line of formatReminderRun(done)) console.log(line);
      // A failed e-mail is not retried automatically: make it visible to a cron job.
      if (done.some((r) => r.status === 'failed')) process.exitCode = 1;
    });
}
