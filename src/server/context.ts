import type { Db } from './db/open.js';

/** What every service receives: the database handle and a clock (tests move time). */
export interface ServiceContext {
  db: Db;
  now: () => Date;
}
