import type { Db } from './db/open.js';
import type { FileStore } from './files/file-store.js';

/** What every service receives: the database handle and a clock (tests move time). */
export interface ServiceContext {
  db: Db;
  now: () => Date;
  /** Attachments' bytes; absent where no module stores files (e.g. building the OpenAPI document). */
  files?: FileStore;
}
