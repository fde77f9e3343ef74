/**
 * The embedded engine's automatic backups: one portable backup a day in `<dataDir>/backups`,
 * the newest kept, so a small office without an administrator can still go back a day — or
 * move to PostgreSQL with `thidua restore` from any of them.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EmbeddedDatabase } from '../../db/embedded.js';
import type { FileStore } from '../../files/file-store.js';
import { writeBackup } from './backup-write.js';

const PREFIX = 'thidua-';
const SUFFIX = '.ndjson.gz';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Writes a backup when the newest is older than a day, then prunes beyond `keep`; null when none was due. */
export async function backupIfDue(database: EmbeddedDatabase, files: FileStore | null, keep = 7, now = new Date()): Promise<string | null> {
  const dir = join(database.dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith(SUFFIX))
    .sort();
  const newest = existing.at(-1);
  if (newest && now.getTime() - statSync(join(dir, newest)).mtimeMs < DAY_MS) return null;
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const name = `${PREFIX}${stamp}${SUFFIX}`;
  await writeBackup({ db: database.db, engine: database.engine, files, now }, join(dir, name));
  const all = [...new Set([...existing, name])].sort();
  for (const old of all.slice(0, Math.max(0, all.length - keep))) rmSync(join(dir, old), { force: true });
  return join(dir, name);
}
