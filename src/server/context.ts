import type { Db } from './db/open.js';
import type { FileStore } from './files/file-store.js';
import type { Mailer } from './modules/reminders/mailer.js';

/** What every service receives: the database handle and a clock (tests move time). */
export interface ServiceContext {
  db: Db;
  now: () => Date;
  /** Attachments' bytes; absent where no module stores files (e.g. building the OpenAPI document). */
  files?: FileStore;
  /** Outgoing e-mail (reminders); absent when THIDUA_SMTP_URL is not set, and then only in-app notifications are sent. */
  mailer?: Mailer;
}
