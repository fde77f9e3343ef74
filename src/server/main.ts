import { performance } from 'node:perf_hooks';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { connect } from './db/connect.js';
import type { Db } from './db/open.js';
import { openFileStore } from './files/file-store.js';
import { backupIfDue } from './modules/backup/daily-backup.js';
import { createSmtpMailer } from './modules/reminders/mailer.js';
import { runDueReminders } from './modules/reminders/reminders.service.js';
import { startScheduler, type Scheduler } from './modules/reminders/scheduler.js';
import { findUserForSignIn } from './modules/session/session.repo.js';
import { countUsers } from './modules/users/users.repo.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed/demo.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** Starts the server: open and migrate the database, seed demo data when new, listen. */
export async function serve(config: Config): Promise<void> {
  const started = performance.now();
  const { database, created, embedded } = await connect(config);
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : undefined;
  const ctx = { db: database.db, now: () => new Date(), files: await openFileStore(config.filesDir), mailer };

  const empty = (await countUsers(database.db)) === 0;
  const seed = config.demo === 'always' || (config.demo === 'auto' && empty && (created || embedded !== null));
  if (seed && empty) {
    console.log('Cơ sở dữ liệu mới: đang nạp dữ liệu minh họa…');
    await seedDemo(ctx);
  }

  const app = await buildApp({ ctx, engine: database.engine, logLevel: config.logLevel, serveWeb: true, trustProxy: config.trustProxy });
  let reminders: Scheduler | null = null;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`Nhận tín hiệu ${signal}: đang dừng thidua…`);
    try {
      // Let a reminder pass in progress finish, so no claimed e-mail is left unsent.
      await reminders?.stop();
      mailer?.close?.();
      await app.close();
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const ms = Math.round(performance.now() - started);
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  console.log(`thidua đang chạy tại http://${shownHost}:${config.port} (${database.engine === 'pglite' ? `CSDL nhúng ${config.dataDir}` : 'PostgreSQL'}, sẵn sàng sau ${ms} ms)`);
  if (seed || (embedded && (await hasDemoUsers(ctx.db)))) {
    console.log(`\nTài khoản minh họa (mật khẩu chung: ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) console.log(`  ${u.username.padEnd(22)} ${u.label}`);
  }

  if (config.reminderIntervalMinutes > 0) {
    reminders = startScheduler({
      intervalMs: config.reminderIntervalMinutes * MINUTE_MS,
      firstDelayMs: 30_000,
      run: async () => {
        const done = await runDueReminders(ctx);
        if (done.length > 0) app.log.info({ reminders: done.length }, 'automatic reminders sent');
      },
      onError: (err) => app.log.error({ err }, 'automatic reminder pass failed'),
    });
  }
  const mailNote = config.smtpUrl ? `thư điện tử qua ${new URL(config.smtpUrl).host}` : 'chỉ trong ứng dụng — đặt THIDUA_SMTP_URL để gửi thư';
  console.log(
    config.reminderIntervalMinutes > 0
      ? `Nhắc hạn báo cáo tự động mỗi ${config.reminderIntervalMinutes} phút (${mailNote}).`
      : `Nhắc hạn báo cáo tự động đang tắt (THIDUA_REMINDER_INTERVAL_MINUTES=0).`,
  );

  if (embedded) {
    // Automatic portable backups of the embedded database: one a day, the last seven kept.
    const runBackup = () =>
      backupIfDue(embedded, ctx.files).catch((err: unknown) => app.log.error({ err }, 'automatic backup failed'));
    setTimeout(runBackup, 5_000).unref();
    setInterval(runBackup, DAY_MS / 4).unref();
  }
}

async function hasDemoUsers(db: Db): Promise<boolean> {
  return (await findUserForSignIn(db, DEMO_USERS[0]!.username)) !== null;
}
