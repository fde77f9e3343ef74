import { join, resolve } from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://')
    .optional(),
  THIDUA_DATA_DIR: z.string().min(1).default('./data'),
  THIDUA_FILES_DIR: z.string().min(1, 'THIDUA_FILES_DIR không được để trống').optional(),
  THIDUA_DEMO: z.enum(['auto', 'always', 'never']).default('auto'),
  THIDUA_TRUST_PROXY: z.string().min(1).default('loopback'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  THIDUA_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'THIDUA_SMTP_URL phải có dạng smtp://người-dùng:mật-khẩu@máy-chủ:cổng hoặc smtps://…')
    .optional(),
  THIDUA_MAIL_FROM: z.string().min(3, 'THIDUA_MAIL_FROM cần một địa chỉ người gửi, ví dụ "Thi đua <thidua@example.gov.vn>"').optional(),
  THIDUA_REMINDER_INTERVAL_MINUTES: z.coerce
    .number()
    .int('THIDUA_REMINDER_INTERVAL_MINUTES phải là số phút nguyên')
    .min(0)
    .max(1440)
    .default(15),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  /** Attachments (content-addressed), `<dataDir>/files` unless THIDUA_FILES_DIR says otherwise. */
  filesDir: string;
  /** auto: seed demo data into a new embedded database; always/never force it either way. */
  demo: 'auto' | 'always' | 'never';
  logLevel: string;
  /** Reverse proxies trusted for the client address and protocol (e.g. "loopback", "10.0.0.2"). */
  trustProxy: string;
  /** Outgoing mail server for reminders; null: reminders are in-app notifications only. */
  smtpUrl: string | null;
  /** Sender of reminder e-mails. */
  mailFrom: string;
  /** Minutes between automatic reminder passes; 0 turns them off (`thidua reminders run` still works). */
  reminderIntervalMinutes: number;
}

/** Reads the environment once at start; a bad value stops the process with a message naming it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Cấu hình (biến môi trường) không hợp lệ:\n${lines}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: resolve(e.THIDUA_DATA_DIR),
    filesDir: resolve(e.THIDUA_FILES_DIR ?? join(e.THIDUA_DATA_DIR, 'files')),
    demo: e.THIDUA_DEMO,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.THIDUA_TRUST_PROXY,
    smtpUrl: e.THIDUA_SMTP_URL ?? null,
    mailFrom: e.THIDUA_MAIL_FROM ?? 'thidua <thidua@localhost>',
    reminderIntervalMinutes: e.THIDUA_REMINDER_INTERVAL_MINUTES,
  };
}
