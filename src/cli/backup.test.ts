/**
 * The commands as an operator runs them: an embedded office backed up and restored into a new
 * data folder (and, on the PostgreSQL run, into a new PostgreSQL database), refusals included.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { withDatabase } from '../../test/support/global-setup.js';
import { snapshotDatabase } from '../../test/support/snapshot.js';
import { openEmbedded } from '../server/db/embedded.js';
import { openPostgres } from '../server/db/open.js';
import { runCli } from './main.js';

const SLOW = 180_000;
const work = mkdtempSync(join(tmpdir(), 'thidua-cli-backup-'));
const postgresUrl = process.env.DATABASE_URL && inject('postgresTemplate') ? process.env.DATABASE_URL : null;
let printed: string[];

/** Runs `thidua …` in this process with the given data folder or PostgreSQL database; the exit code. */
async function thidua(env: { dataDir?: string; databaseUrl?: string }, ...args: string[]): Promise<number> {
  const saved = { dir: process.env.THIDUA_DATA_DIR, url: process.env.DATABASE_URL };
  process.env.THIDUA_DATA_DIR = env.dataDir ?? join(work, 'unused');
  if (env.databaseUrl) process.env.DATABASE_URL = env.databaseUrl;
  else delete process.env.DATABASE_URL;
  process.exitCode = 0;
  printed = [];
  try {
    await runCli(['node', 'thidua', ...args]);
    return Number(process.exitCode ?? 0);
  } finally {
    process.env.THIDUA_DATA_DIR = saved.dir;
    if (saved.url) process.env.DATABASE_URL = saved.url;
    else delete process.env.DATABASE_URL;
    if (saved.dir === undefined) delete process.env.THIDUA_DATA_DIR;
  }
}

async function embeddedContent(dataDir: string) {
  const database = await openEmbedded(dataDir);
  try {
    return await snapshotDatabase(database.db);
  } finally {
    await database.close();
  }
}

beforeEach(() => {
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = 0;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('thidua backup / thidua restore', () => {
  const office = join(work, 'office');
  const file = join(work, 'office.ndjson.gz');

  it('backs up an embedded office and restores it into a new data folder', async () => {
    expect(await thidua({ dataDir: office }, 'seed', 'demo')).toBe(0);
    expect(await thidua({ dataDir: office }, 'backup', file)).toBe(0);
    expect(printed.at(-1)).toMatch(new RegExp(`^Đã sao lưu vào ${file} \\([\\d,]+ MB\\): \\d+ bảng, [\\d.]+ dòng, \\d+ tệp đính kèm\\.$`));

    const moved = join(work, 'moved');
    expect(await thidua({ dataDir: moved }, 'restore', file), printed.join('\n')).toBe(0);
    expect(printed.join('\n')).toMatch(/^Đã khôi phục bản sao lưu lập lúc .* \(thidua .*, cơ sở dữ liệu nhúng\): [\d.]+ dòng, \d+ tệp đính kèm\.\nNhật ký kiểm toán toàn vẹn: [\d.]+ mục\./);
    expect(readdirSync(moved).filter((n) => n.startsWith('db.'))).toEqual([]);
    expect(await embeddedContent(moved)).toEqual(await embeddedContent(office));

    // Restoring twice is refused: the folder holds records now.
    const before = await embeddedContent(moved);
    expect(await thidua({ dataDir: moved }, 'restore', file)).toBe(1);
    expect(printed.at(-1)).toMatch(/^Lỗi: Cơ sở dữ liệu đích đã có dữ liệu/);
    expect(await embeddedContent(moved)).toEqual(before);
  }, SLOW);

  it('leaves no database behind when the file is damaged', async () => {
    const cut = join(work, 'cut.ndjson.gz');
    const bytes = readFileSync(file);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 200));
    const fresh = join(work, 'fresh');
    expect(await thidua({ dataDir: fresh }, 'restore', cut)).toBe(1);
    expect(printed.at(-1)).toMatch(/^Lỗi: Tệp .* (bị cắt cụt|không giải nén)/);
    expect(existsSync(join(fresh, 'db'))).toBe(false);
    expect(readdirSync(fresh).filter((n) => n.startsWith('db'))).toEqual([]);

    expect(await thidua({ dataDir: fresh }, 'restore', join(work, 'khong-co.ndjson.gz'))).toBe(1);
    expect(printed.at(-1)).toBe(`Lỗi: Không tìm thấy tệp sao lưu ${join(work, 'khong-co.ndjson.gz')}.`);
  }, SLOW);

  it.runIf(postgresUrl)('restores the embedded office into a new PostgreSQL database', async () => {
    const name = `${inject('postgresTemplate')!.replace('tpl', 't')}_cli${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresUrl! });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const url = withDatabase(postgresUrl!, name);
      expect(await thidua({ databaseUrl: url, dataDir: join(work, 'pg-files') }, 'restore', file), printed.join('\n')).toBe(0);
      const database = await openPostgres(url, 1);
      try {
        expect(await snapshotDatabase(database.db)).toEqual(await embeddedContent(office));
      } finally {
        await database.close();
      }
      expect(await thidua({ databaseUrl: url, dataDir: join(work, 'pg-files') }, 'audit', 'verify')).toBe(0);
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, SLOW);
});
