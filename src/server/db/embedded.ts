import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockDataDir } from './data-dir-lock.js';
import { migrateDatabase, openPglite, type Database } from './open.js';

export interface EmbeddedDatabase extends Database {
  dataDir: string;
  /** True when this open created the database (so demo data may be seeded). */
  created: boolean;
}

/**
 * Opens (or creates) the embedded database under dataDir, holding the directory lock.
 * A fresh database is built in a temporary folder and renamed into place only after its
 * migrations succeed: a kill during the first initdb must not leave a broken database behind.
 */
export async function openEmbedded(dataDir: string): Promise<EmbeddedDatabase> {
  const release = lockDataDir(dataDir);
  try {
    const dbDir = join(dataDir, 'db');
    let created = false;
    if (!existsSync(join(dbDir, 'PG_VERSION'))) {
      for (const name of readdirSync(dataDir)) {
        if (name.startsWith('db.init-')) rmSync(join(dataDir, name), { recursive: true, force: true });
      }
      const tmpDir = join(dataDir, `db.init-${process.pid}`);
      const fresh = await openPglite({ dataDir: tmpDir });
      await migrateDatabase(fresh);
      await fresh.close();
      rmSync(dbDir, { recursive: true, force: true });
      renameSync(tmpDir, dbDir);
      created = true;
    }
    const database = await openPglite({ dataDir: dbDir });
    await migrateDatabase(database);
    return {
      ...database,
      dataDir,
      created,
      close: async () => {
        try {
          await database.close();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

const BACKUP_PREFIX = 'thidua-';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Writes a gzip dump of the embedded database to dataDir/backups when the newest is older than a day. */
export async function backupIfDue(database: EmbeddedDatabase, keep = 7, now = new Date()): Promise<string | null> {
  if (!database.pglite) return null;
  const dir = join(database.dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir)
    .filter((f) => f.startsWith(BACKUP_PREFIX) && f.endsWith('.tar.gz'))
    .sort();
  const newest = existing.at(-1);
  if (newest && now.getTime() - statSync(join(dir, newest)).mtimeMs < DAY_MS) return null;
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const file = join(dir, `${BACKUP_PREFIX}${stamp}.tar.gz`);
  const blob = await database.pglite.dumpDataDir('gzip');
  writeFileSync(`${file}.tmp`, Buffer.from(await blob.arrayBuffer()));
  renameSync(`${file}.tmp`, file);
  const all = [...existing, `${BACKUP_PREFIX}${stamp}.tar.gz`];
  for (const old of all.slice(0, Math.max(0, all.length - keep))) rmSync(join(dir, old), { force: true });
  return file;
}
