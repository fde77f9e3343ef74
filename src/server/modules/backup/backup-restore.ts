/**
 * `thidua restore FILE`: loads a portable backup into an empty database of either engine.
 * The schema is first brought to the backup's migration, the rows go in parents first with
 * every constraint checked, then later migrations run as on any upgrade. One transaction:
 * a restore that fails part-way leaves the database as empty as it found it.
 */
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { AppError } from '../../../contract/errors.js';
import { migrateDatabase, readJournal, type Database, type Tx } from '../../db/open.js';
import type { FileStore } from '../../files/file-store.js';
import { MIGRATIONS_DIR } from '../../paths.js';
import { verifyAuditChain, type ChainVerification } from '../audit/audit-verify.js';
import { applicationSequences, applicationTables, quoted, rowsOf } from './backup-catalog.js';
import { BackupHeaderSchema, BackupLineSchema, type BackupHeader, type BackupLine } from './backup-format.js';

export interface RestoreSummary {
  header: BackupHeader;
  tables: Record<string, number>;
  rows: number;
  files: number;
  missingFiles: string[];
  audit: ChainVerification;
}

const invalid = (message: string) => new AppError('INVALID_INPUT', message);

/** The lines of a backup, decompressed and parsed one at a time (a national backup never sits in memory whole). */
async function* backupLines(path: string): AsyncGenerator<{ line: BackupLine; text: string; number: number }> {
  const file = createReadStream(path);
  const input = createGunzip();
  // pipe() does not carry the file's own errors (a missing file) to the reader.
  file.on('error', (err) => input.destroy(err));
  file.pipe(input);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const text of lines) {
      number++;
      if (text === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw invalid(`Tệp sao lưu hỏng ở dòng ${number}: không phải JSON.`);
      }
      const parsed = BackupLineSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw invalid(`Tệp sao lưu hỏng ở dòng ${number}: ${issue.path.join('.') || 'dòng'} — ${issue.message}.`);
      }
      yield { line: parsed.data, text, number };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw invalid(`Không tìm thấy tệp sao lưu ${path}.`);
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') throw invalid(`Tệp ${path} không phải bản sao lưu thidua (không giải nén gzip được) hoặc đã bị cắt cụt.`);
    throw err;
  } finally {
    lines.close();
    input.destroy();
    file.destroy();
  }
}

/** Reads and checks the header alone: which schema the backup needs. */
export async function readBackupHeader(path: string): Promise<BackupHeader> {
  for await (const { line } of backupLines(path)) {
    const header = BackupHeaderSchema.safeParse(line);
    if (!header.success) throw invalid(`Tệp ${path} không phải bản sao lưu thidua: dòng đầu không phải phần đầu của bản sao lưu.`);
    return header.data;
  }
  throw invalid(`Tệp sao lưu ${path} trống.`);
}

/** The backup's schema must be one this version knows, along the same migration history. */
export function checkCompatible(header: BackupHeader): void {
  const entries = readJournal().entries;
  if (header.migrations > entries.length) {
    throw invalid(
      `Bản sao lưu do thidua ${header.appVersion} tạo, với lược đồ mới hơn phiên bản này (${header.migrations} > ${entries.length} bước cập nhật): cập nhật thidua rồi khôi phục.`,
    );
  }
  if (entries[header.migrations - 1]?.tag !== header.lastMigration) {
    throw invalid(`Bản sao lưu ghi bước cập nhật lược đồ "${header.lastMigration}", phiên bản này không có bước đó ở vị trí ${header.migrations}: không khôi phục được.`);
  }
}

async function appliedMigrations(database: Database): Promise<number> {
  const [r] = await rowsOf<{ t: string | null }>(database.db, sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  if (!r?.t) return 0;
  const [n] = await rowsOf<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return Number(n!.n);
}

/** Migrates to the first `count` migrations only: the schema the backup's rows were written in. */
export async function migrateTo(database: Database, count: number): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'thidua-migrations-'));
  try {
    cpSync(MIGRATIONS_DIR, folder, { recursive: true });
    const journal = readJournal();
    writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }));
    await migrateDatabase(database, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Refuses a database holding any row: a restore never merges into, nor overwrites, existing records. */
async function checkEmpty(database: Database): Promise<void> {
  for (const table of await applicationTables(database.db)) {
    const [r] = await rowsOf<{ any: boolean }>(database.db, sql.raw(`select exists (select from ${quoted(table.name)}) as any`));
    if (r?.any) {
      throw new AppError('CONFLICT', `Cơ sở dữ liệu đích đã có dữ liệu (bảng ${table.name}): chỉ khôi phục vào cơ sở dữ liệu trống, ví dụ một cơ sở dữ liệu PostgreSQL mới tạo hoặc một thư mục dữ liệu mới.`);
    }
  }
}

export async function restoreBackup(database: Database, files: FileStore | null, path: string): Promise<RestoreSummary> {
  const header = await readBackupHeader(path);
  checkCompatible(header);
  const applied = await appliedMigrations(database);
  if (applied > header.migrations) {
    throw new AppError(
      'CONFLICT',
      `Cơ sở dữ liệu đích đã ở lược đồ mới hơn bản sao lưu (${applied} > ${header.migrations} bước cập nhật): khôi phục vào một cơ sở dữ liệu mới tạo.`,
    );
  }
  if (applied > 0) await checkEmpty(database);
  if (applied < header.migrations) await migrateTo(database, header.migrations);
  const loaded = await database.db.transaction((tx) => load(tx, files, path));
  await migrateDatabase(database);
  const audit = await verifyAuditChain(database.db);
  const rows = Object.values(loaded.tables).reduce((a, b) => a + b, 0);
  return { header, ...loaded, rows, audit };
}

async function load(tx: Tx, files: FileStore | null, path: string): Promise<Omit<RestoreSummary, 'header' | 'rows' | 'audit'>> {
  const tables = new Map((await applicationTables(tx)).map((t) => [t.name, t]));
  const sequences = new Set((await applicationSequences(tx)).map((s) => s.name));
  // The rows were written by these triggers already (the audit chain's links among them).
  const triggered = await rowsOf<{ name: string }>(
    tx,
    sql`select distinct c.relname as name from pg_trigger g join pg_class c on c.oid = g.tgrelid
        join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and not g.tgisinternal`,
  );
  for (const { name } of triggered) await tx.execute(sql.raw(`alter table ${quoted(name)} disable trigger user`));

  const counts: Record<string, number> = {};
  let current: { name: string; columns: string } | null = null;
  let fileCount = 0;
  let ended: Extract<BackupLine, { kind: 'end' }> | null = null;
  for await (const { line, text, number } of backupLines(path)) {
    if (ended) throw invalid(`Tệp sao lưu hỏng ở dòng ${number}: có dữ liệu sau phần cuối.`);
    switch (line.kind) {
      case 'header':
        if (number !== 1) throw invalid(`Tệp sao lưu hỏng ở dòng ${number}: phần đầu lặp lại.`);
        break;
      case 'table': {
        const target = tables.get(line.name);
        if (!target) throw invalid(`Bản sao lưu có bảng ${line.name} mà lược đồ không có.`);
        const missing = target.columns.filter((c) => !line.columns.includes(c));
        const extra = line.columns.filter((c) => !target.columns.includes(c));
        if (missing.length || extra.length) {
          throw invalid(`Bảng ${line.name} của bản sao lưu không khớp lược đồ (thiếu cột: ${missing.join(', ') || 'không'}; thừa cột: ${extra.join(', ') || 'không'}).`);
        }
        current = { name: line.name, columns: line.columns.map(quoted).join(', ') };
        counts[line.name] = 0;
        break;
      }
      case 'rows': {
        if (current?.name !== line.table) throw invalid(`Tệp sao lưu hỏng ở dòng ${number}: dòng dữ liệu của bảng ${line.table} đứng ngoài phần của bảng đó.`);
        const t = quoted(line.table);
        try {
          await tx.execute(
            sql`insert into ${sql.raw(t)} (${sql.raw(current.columns)}) select ${sql.raw(current.columns)} from json_populate_recordset(null::${sql.raw(t)}, ${rowsText(line, text)}::json)`,
          );
        } catch (err) {
          // The database's own reason, without the query's parameters (they hold the rows: password hashes among them).
          const reason = ((err as { cause?: Error }).cause ?? (err as Error)).message;
          throw invalid(`Tệp sao lưu ở dòng ${number}: không nạp được dữ liệu vào bảng ${line.table} — ${reason}. Không khôi phục gì.`);
        }
        counts[line.table]! += line.rows.length;
        break;
      }
      case 'sequence':
        if (!sequences.has(line.name)) throw invalid(`Bản sao lưu có dãy số ${line.name} mà lược đồ không có.`);
        await tx.execute(sql`select setval(${quoted(line.name)}::regclass, ${line.lastValue}::bigint, ${line.isCalled})`);
        break;
      case 'file': {
        const bytes = Buffer.from(line.data, 'base64');
        if (createHash('sha256').update(bytes).digest('hex') !== line.sha256) {
          throw invalid(`Tệp đính kèm ${line.sha256} trong bản sao lưu đã bị hỏng (mã băm không khớp nội dung).`);
        }
        if (!files) throw invalid('Bản sao lưu có tệp đính kèm nhưng không có nơi lưu tệp (THIDUA_FILES_DIR).');
        await files.put(bytes);
        fileCount++;
        break;
      }
      case 'end':
        ended = line;
        break;
    }
  }
  if (!ended) throw invalid(`Tệp sao lưu ${path} bị cắt cụt: thiếu phần cuối (số dòng của từng bảng). Không khôi phục gì.`);
  for (const [table, expected] of Object.entries(ended.tables)) {
    if ((counts[table] ?? 0) !== expected) {
      throw invalid(`Bảng ${table}: bản sao lưu ghi ${expected} dòng nhưng chỉ đọc được ${counts[table] ?? 0}. Không khôi phục gì.`);
    }
  }
  if (ended.files !== fileCount) throw invalid(`Bản sao lưu ghi ${ended.files} tệp đính kèm nhưng chỉ đọc được ${fileCount}. Không khôi phục gì.`);
  for (const { name } of triggered) await tx.execute(sql.raw(`alter table ${quoted(name)} enable trigger user`));
  return { tables: counts, files: fileCount, missingFiles: ended.missingFiles };
}

/** The rows exactly as the backup holds them (every digit), when the line is as the writer made it. */
function rowsText(line: Extract<BackupLine, { kind: 'rows' }>, text: string): string {
  const prefix = `{"kind":"rows","table":${JSON.stringify(line.table)},"rows":`;
  return text.startsWith(prefix) && text.endsWith('}') ? text.slice(prefix.length, -1) : JSON.stringify(line.rows);
}
