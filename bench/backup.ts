/**
 * `thidua backup` and `thidua restore` of the synthetic country: time, file size, and (on
 * PostgreSQL) pg_dump of the same database in its custom format as the baseline.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillEmbedded } from '../src/server/db/embedded.js';
import { openPostgres, type Database } from '../src/server/db/open.js';
import { restoreBackup } from '../src/server/modules/backup/backup-restore.js';
import { writeBackup } from '../src/server/modules/backup/backup-write.js';
import { freshDatabase } from './lib/engine.js';
import type { Engine } from './lib/types.js';

export interface BackupFigures {
  backupMs: number;
  bytes: number;
  rows: number;
  restoreMs: number;
  restoredRows: number;
  /** pg_dump -Fc of the same database; null on the embedded engine or without pg_dump. */
  pgDumpMs: number | null;
  pgDumpBytes: number | null;
}

export async function measureBackup(source: Database, engine: Engine, databaseUrl: string | null): Promise<BackupFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-backup-'));
  const target = await freshDatabase(engine, { name: 'thidua_bench_restore' });
  try {
    const file = join(dir, 'thidua.ndjson.gz');
    let t = performance.now();
    const backup = await writeBackup({ db: source.db, engine, files: null, now: new Date() }, file);
    const backupMs = performance.now() - t;
    t = performance.now();
    const restore = (database: Database) => restoreBackup(database, null, file);
    let restored;
    if (engine === 'pglite') {
      restored = await fillEmbedded(target.dataDir, restore);
    } else {
      const database = await openPostgres(target.databaseUrl!, 2);
      try {
        restored = await restore(database);
      } finally {
        await database.close();
      }
    }
    const restoreMs = performance.now() - t;
    let pgDumpMs: number | null = null;
    let pgDumpBytes: number | null = null;
    if (databaseUrl) {
      const dump = join(dir, 'thidua.dump');
      t = performance.now();
      const res = spawnSync('pg_dump', ['--format=custom', `--file=${dump}`, `--dbname=${databaseUrl}`], { stdio: 'ignore' });
      if (res.status === 0) {
        pgDumpMs = performance.now() - t;
        pgDumpBytes = statSync(dump).size;
      }
    }
    return { backupMs, bytes: backup.bytes, rows: backup.rows, restoreMs, restoredRows: restored.rows, pgDumpMs, pgDumpBytes };
  } finally {
    await target.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
