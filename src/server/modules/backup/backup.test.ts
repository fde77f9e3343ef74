/**
 * Backup and restore round trips: every table, sequence and attachment comes back equal, on
 * either engine and across them (the run on PostgreSQL restores an embedded backup into
 * PostgreSQL, and a PostgreSQL backup into the embedded engine), and a damaged or misplaced
 * backup restores nothing.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../../../test/support/app.js';
import { withDatabase } from '../../../../test/support/global-setup.js';
import { snapshotDatabase } from '../../../../test/support/snapshot.js';
import { buildApp } from '../../app.js';
import { migrateDatabase, openPglite, openPostgres, readJournal, type Database } from '../../db/open.js';
import { createFileStore, type FileStore } from '../../files/file-store.js';
import { addDocumentFile } from '../documents/documents-files.service.js';
import { createDocument } from '../documents/documents.service.js';
import { CreateDocumentBodySchema } from '../../../contract/documents.js';
import { DEMO_PASSWORD, seedDemo } from '../../seed/demo.js';
import { makeHierarchy } from '../../../../test/support/factories.js';
import { findUnitByCode } from '../units/units.repo.js';
import { verifyAuditChain } from '../audit/audit-verify.js';
import { rowsOf } from './backup-catalog.js';
import { migrateTo, restoreBackup } from './backup-restore.js';
import { writeBackup } from './backup-write.js';

const SLOW = 180_000;
const work = mkdtempSync(join(tmpdir(), 'thidua-backup-test-'));
const postgresUrl = process.env.DATABASE_URL && inject('postgresTemplate') ? process.env.DATABASE_URL : null;

interface Target {
  database: Database;
  files: FileStore;
  filesDir: string;
  close(): Promise<void>;
}

/** A database never migrated, as an administrator creates it for a restore. */
async function emptyTarget(engine: 'pglite' | 'postgres'): Promise<Target> {
  const filesDir = mkdtempSync(join(work, 'files-'));
  const files = createFileStore(filesDir);
  if (engine === 'pglite') {
    const database = await openPglite();
    return { database, files, filesDir, close: () => database.close() };
  }
  const name = `${inject('postgresTemplate')!.replace('tpl', 't')}_r${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl! });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const database = await openPostgres(withDatabase(postgresUrl!, name), 2);
  return {
    database,
    files,
    filesDir,
    close: async () => {
      await database.close();
      const drop = new pg.Client({ connectionString: postgresUrl! });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}

/** Every table's digest, with timestamps printed in one zone whatever the server's setting. */
async function contentOf(database: Database): Promise<Record<string, string>> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    return snapshotDatabase(tx as never);
  });
}

async function sequencesOf(database: Database): Promise<Record<string, string>> {
  const names = await rowsOf<{ name: string }>(database.db, sql`select sequence_name as name from information_schema.sequences where sequence_schema = 'public'`);
  const out: Record<string, string> = {};
  for (const { name } of names) {
    const [s] = await rowsOf<{ v: string; c: boolean }>(database.db, sql.raw(`select last_value::text as v, is_called as c from "${name}"`));
    out[name] = `${s!.v}:${s!.c}`;
  }
  return out;
}

/** The source: the demo office, with attachments, one written at the microsecond. */
async function seedSource(t: { ctx: TestApp['ctx'] }): Promise<Buffer[]> {
  await seedDemo(t.ctx);
  const district = await findUnitByCode(t.ctx.db, 'TUACHUA');
  const draft = await createDocument(
    t.ctx,
    null,
    CreateDocumentBodySchema.parse({ direction: 'outgoing', docType: 'Công văn', ownerUnitId: district!.id, subject: 'Sao lưu — tệp đính kèm', recipients: [{ text: 'Các xã' }] }),
  );
  const attachments = [Buffer.from('%PDF-1.4 bản sao lưu thứ nhất\n'), Buffer.from(`%PDF-1.4 ${randomBytes(2048).toString('base64')}\n`)];
  for (const [i, bytes] of attachments.entries()) {
    await addDocumentFile(t.ctx, null, draft.id, { bytes, contentType: 'application/pdf', name: `dinh-kem-${i}.pdf` });
  }
  return attachments;
}

let source: TestApp;
let attachments: Buffer[];
let backupFile: string;

beforeAll(async () => {
  source = await createTestApp();
  attachments = await seedSource(source);
  backupFile = join(work, 'thidua.ndjson.gz');
}, SLOW);
afterAll(async () => {
  await source.close();
  rmSync(work, { recursive: true, force: true });
});

async function expectSameContent(from: Database, fromFiles: FileStore, to: Target) {
  expect(await contentOf(to.database)).toEqual(await contentOf(from));
  expect(await sequencesOf(to.database)).toEqual(await sequencesOf(from));
  const shas = await rowsOf<{ sha256: string }>(from.db, sql`select sha256 from document_files`);
  expect(shas.length).toBeGreaterThanOrEqual(2);
  for (const { sha256 } of shas) expect(await to.files.get(sha256)).toEqual(await fromFiles.get(sha256));
}

describe('backup', () => {
  it('writes every table, sequence and named attachment, with the counts in its trailer', async () => {
    const summary = await writeBackup({ db: source.database.db, engine: source.database.engine, files: source.ctx.files!, now: new Date('2026-11-26T08:00:00Z') }, backupFile);
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ kind: 'header', format: 'thidua-backup', migrations: readJournal().entries.length, engine: source.database.engine });
    const trailer = lines.at(-1);
    expect(trailer.kind).toBe('end');
    const snapshot = await snapshotDatabase(source.database.db);
    for (const [table, digest] of Object.entries(snapshot)) expect(`${table}:${trailer.tables[table]}`).toBe(`${table}:${digest.split(':')[0]}`);
    expect(summary.rows).toBeGreaterThan(100);
    const named = await rowsOf<{ n: number }>(
      source.database.db,
      sql`select count(distinct sha256)::int as n from (select sha256 from document_files union all select sha256 from report_files union all select sha256 from nomination_files union all select sha256 from covenant_score_files) f`,
    );
    expect(summary.files).toBe(named[0]!.n);
    expect(summary.missingFiles).toEqual([]);
    expect(lines.filter((l) => l.kind === 'file').map((l) => Buffer.from(l.data, 'base64'))).toEqual(expect.arrayContaining(attachments));
  }, SLOW);

  it.each(postgresUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const))(
    'restores into an empty %s database: every table, sequence and file equal, the audit chain whole, the app working',
    async (engine) => {
      const target = await emptyTarget(engine);
      try {
        const restored = await restoreBackup(target.database, target.files, backupFile);
        expect(restored.audit.broken).toBeNull();
        expect(restored.audit.checked).toBeGreaterThan(0);
        expect(restored.files).toBeGreaterThanOrEqual(attachments.length);
        await expectSameContent(source.database, source.ctx.files!, target);

        // The restored office works: sign in, read, write; the next entry chains onto the restored ones.
        const ctx = { db: target.database.db, now: () => new Date(), files: target.files };
        const app = await buildApp({ ctx, engine: target.database.engine, logLevel: 'silent' });
        try {
          const officer = await new Client(app).signIn('canbo.thidua', DEMO_PASSWORD);
          expect((await officer.get('/api/documents')).json().items.length).toBeGreaterThan(0);
          const admin = await new Client(app).signIn('admin', DEMO_PASSWORD);
          const users = (await admin.get('/api/users')).json().items as { id: string; username: string; version: number }[];
          const hanh = users.find((u) => u.username === 'canbo.thidua')!;
          const changed = await admin.patch(`/api/users/${hanh.id}`, { version: hanh.version, fullName: 'Lò Thị Hạnh (sau khôi phục)' });
          expect(changed.statusCode, changed.body).toBe(200);
        } finally {
          await app.close();
        }
        const chain = await verifyAuditChain(target.database.db);
        expect(chain.broken).toBeNull();
        expect(chain.checked).toBeGreaterThan(restored.audit.checked);
      } finally {
        await target.close();
      }
    },
    SLOW,
  );

  it.runIf(postgresUrl)('restores a backup of the embedded engine into PostgreSQL (the path a growing office takes)', async () => {
    const embedded = await openPglite();
    const filesDir = mkdtempSync(join(work, 'embedded-files-'));
    const files = createFileStore(filesDir);
    const target = await emptyTarget('postgres');
    try {
      await migrateDatabase(embedded);
      await seedSource({ ctx: { db: embedded.db, now: () => new Date(), files } });
      const file = join(work, 'embedded.ndjson.gz');
      await writeBackup({ db: embedded.db, engine: 'pglite', files, now: new Date() }, file);
      await restoreBackup(target.database, target.files, file);
      await expectSameContent(embedded, files, target);
    } finally {
      await target.close();
      await embedded.close();
    }
  }, SLOW);
});

describe('a backup of an earlier version', () => {
  it('restores into the schema it was written in, then migrates up like any upgrade', async () => {
    const latest = readJournal().entries.length;
    const older = await openPglite();
    const target = await emptyTarget('pglite');
    try {
      await migrateTo(older, latest - 1);
      await makeHierarchy({ db: older.db, now: () => new Date(), files: target.files });
      const file = join(work, 'older.ndjson.gz');
      await writeBackup({ db: older.db, engine: 'pglite', files: null, now: new Date() }, file);
      const restored = await restoreBackup(target.database, target.files, file);
      expect(restored.header.migrations).toBe(latest - 1);
      const [applied] = await rowsOf<{ n: number }>(target.database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      expect(applied!.n).toBe(latest);
      expect(await snapshotDatabase(target.database.db)).toEqual(await snapshotDatabase(older.db));
    } finally {
      await target.close();
      await older.close();
    }
  }, SLOW);
});

describe('restore refuses, and changes nothing', () => {
  const rewrite = (edit: (lines: string[]) => string[]) => {
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').trim().split('\n');
    const file = join(work, `edited-${randomBytes(3).toString('hex')}.ndjson.gz`);
    writeFileSync(file, gzipSync(`${edit(lines).join('\n')}\n`));
    return file;
  };

  async function expectRefused(file: string, message: RegExp) {
    const target = await emptyTarget('pglite');
    try {
      const error = await restoreBackup(target.database, target.files, file).then(() => null, (err: Error) => err);
      expect(error?.message).toMatch(message);
      // The message names the place, never the rows (a users row holds a password hash).
      expect(error?.message).not.toMatch(/scrypt|password_hash/);
      const counts = await rowsOf<{ n: number }>(target.database.db, sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`);
      if (counts[0]!.n > 0) {
        for (const digest of Object.values(await snapshotDatabase(target.database.db))) expect(digest.startsWith('0:')).toBe(true);
      }
    } finally {
      await target.close();
    }
  }

  it('a database that already holds records', async () => {
    const before = await snapshotDatabase(source.database.db);
    await expect(restoreBackup(source.database, source.ctx.files!, backupFile)).rejects.toThrow(/đã có dữ liệu/);
    expect(await snapshotDatabase(source.database.db)).toEqual(before);
  }, SLOW);

  it('a file cut short (the gzip stream ends early)', async () => {
    const bytes = readFileSync(backupFile);
    const file = join(work, 'cut.ndjson.gz');
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expectRefused(file, /cắt cụt|không giải nén/);
  }, SLOW);

  it('a file whose last lines were removed (no trailer)', async () => {
    await expectRefused(rewrite((lines) => lines.slice(0, -3)), /thiếu phần cuối/);
  }, SLOW);

  it('a trailer that counts rows the file does not hold', async () => {
    const file = rewrite((lines) => {
      const trailer = JSON.parse(lines.at(-1)!);
      trailer.tables.org_units += 1;
      return [...lines.slice(0, -1), JSON.stringify(trailer)];
    });
    await expectRefused(file, /org_units: bản sao lưu ghi/);
  }, SLOW);

  it('an attachment whose bytes were altered', async () => {
    const file = rewrite((lines) =>
      lines.map((l) => {
        const line = JSON.parse(l);
        return line.kind === 'file' ? JSON.stringify({ ...line, data: Buffer.from('%PDF-1.4 giả mạo').toString('base64') }) : l;
      }),
    );
    await expectRefused(file, /mã băm không khớp/);
  }, SLOW);

  it('a row that breaks a constraint (a user of a unit the backup does not hold)', async () => {
    const file = rewrite((lines) =>
      lines.map((l) => {
        const line = JSON.parse(l);
        if (line.kind !== 'rows' || line.table !== 'users') return l;
        line.rows[0].unit_id = '00000000-0000-4000-8000-000000000000';
        return JSON.stringify(line);
      }),
    );
    await expectRefused(file, /bảng users — .*violates foreign key constraint/);
  }, SLOW);

  it('a backup of a newer schema, or of another migration history', async () => {
    const newer = rewrite(([header, ...rest]) => [JSON.stringify({ ...JSON.parse(header!), migrations: readJournal().entries.length + 1 }), ...rest]);
    await expectRefused(newer, /lược đồ mới hơn phiên bản này/);
    const other = rewrite(([header, ...rest]) => [JSON.stringify({ ...JSON.parse(header!), lastMigration: '0000_khac' }), ...rest]);
    await expectRefused(other, /không có bước đó/);
  }, SLOW);

  it('a file that is not a thidua backup', async () => {
    const notGzip = join(work, 'not-a-backup.ndjson.gz');
    writeFileSync(notGzip, 'Số: 12/UBND-VP\n');
    await expectRefused(notGzip, /không phải bản sao lưu thidua/);
    const otherJson = join(work, 'other.ndjson.gz');
    writeFileSync(otherJson, gzipSync('{"hello":"world"}\n'));
    await expectRefused(otherJson, /dòng 1/);
  }, SLOW);
});
