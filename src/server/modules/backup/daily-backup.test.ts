import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbedded } from '../../db/embedded.js';
import { openPglite } from '../../db/open.js';
import { createFileStore } from '../../files/file-store.js';
import { makeHierarchy } from '../../../../test/support/factories.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import { restoreBackup } from './backup-restore.js';
import { backupIfDue } from './daily-backup.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'thidua-daily-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('daily backups of the embedded engine', () => {
  it('writes one a day, keeps the newest, and each restores', async () => {
    const dir = tempDir();
    const database = await openEmbedded(dir);
    const files = createFileStore(join(dir, 'files'));
    try {
      await makeHierarchy({ db: database.db, now: () => new Date(), files });
      const file = await backupIfDue(database, files, 2, new Date('2026-01-01T00:00:00Z'));
      expect(file).toMatch(/thidua-20260101-000000\.ndjson\.gz$/);
      // Not due again within the same day.
      expect(await backupIfDue(database, files, 2, new Date())).toBeNull();
      const backups = join(dir, 'backups');
      for (const [i, name] of ['thidua-20250101-000000.ndjson.gz', 'thidua-20250102-000000.ndjson.gz'].entries()) {
        writeFileSync(join(backups, name), 'old');
        utimesSync(join(backups, name), new Date(2025, 0, i + 1), new Date(2025, 0, i + 1));
      }
      // Someone's own file in the folder is not the pruning's business.
      writeFileSync(join(backups, 'ghi-chu.txt'), 'sao lưu tay');
      utimesSync(file!, new Date(2025, 0, 3), new Date(2025, 0, 3));
      const next = await backupIfDue(database, files, 2, new Date('2026-02-01T00:00:00Z'));
      expect(next).toBeTruthy();
      expect(readdirSync(backups).sort()).toEqual(['ghi-chu.txt', 'thidua-20260101-000000.ndjson.gz', 'thidua-20260201-000000.ndjson.gz']);

      const restored = await openPglite();
      try {
        await restoreBackup(restored, createFileStore(join(tempDir(), 'files')), next!);
        expect(await snapshotDatabase(restored.db)).toEqual(await snapshotDatabase(database.db));
      } finally {
        await restored.close();
      }
    } finally {
      await database.close();
    }
  }, 120_000);
});
