import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
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

/**
 * Runs `fill` (a restore) on the embedded database without migrating it first. A database that
 * does not exist yet is built in a temporary folder and renamed into place only once `fill`
 * succeeds: a restore that fails or is killed leaves no half-filled database behind.
 */
export async function fillEmbedded<T>(dataDir: string, fill: (database: Database) => Promise<T>): Promise<T> {
  const release = lockDataDir(dataDir);
  try {
    const dbDir = join(dataDir, 'db');
    if (existsSync(join(dbDir, 'PG_VERSION'))) {
      const database = await openPglite({ dataDir: dbDir });
      try {
        return await fill(database);
      } finally {
        await database.close();
      }
    }
    const tmpDir = join(dataDir, `db.restore-${process.pid}`);
    rmSync(tmpDir, { recursive: true, force: true });
    const database = await openPglite({ dataDir: tmpDir });
    let result: T;
    try {
      result = await fill(database);
    } catch (err) {
      await database.close();
      rmSync(tmpDir, { recursive: true, force: true });
      throw err;
    }
    await database.close();
    rmSync(dbDir, { recursive: true, force: true });
    renameSync(tmpDir, dbDir);
    return result;
  } finally {
    release();
  }
}
