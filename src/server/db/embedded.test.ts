import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.js';
import { openEmbedded } from './embedded.js';
import { migrationLevel } from './open.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'thidua-embedded-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('data directory lock', () => {
  it('refuses a second holder while the first is alive, with a clear message', () => {
    const dir = tempDir();
    // A live process other than this one holds the lock.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(join(dir, 'thidua.lock'), JSON.stringify({ pid: child.pid }));
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(/đang được một tiến trình thidua khác/);
    } finally {
      child.kill();
    }
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'thidua.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const release = lockDataDir(dir);
    expect(existsSync(join(dir, 'thidua.lock'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'thidua.lock'))).toBe(false);
  });
});

// Creating an embedded database runs initdb and every migration; on two busy cores beside the
// rest of the suite that has taken over 30 s, so these two cases get a wider guard.
const CREATES_A_DATABASE = 120_000;

describe('openEmbedded', () => {
  it('creates a migrated database once, reopens it, and removes a half-made one', async () => {
    const dir = tempDir();
    // Left over from a start killed during initdb.
    writeFileSync(join(dir, 'db.init-99999'), 'broken');
    const first = await openEmbedded(dir);
    expect(first.created).toBe(true);
    expect((await migrationLevel(first.db)).applied).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((n) => n.startsWith('db.init-'))).toEqual([]);
    await expect(openEmbedded(dir)).rejects.toThrow(DataDirLockedError);
    await first.close();
    const second = await openEmbedded(dir);
    expect(second.created).toBe(false);
    await second.close();
  }, CREATES_A_DATABASE);
});
