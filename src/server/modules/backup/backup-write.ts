/**
 * `thidua backup FILE`: every application table, sequence and attachment in one portable file,
 * read in one repeatable-read transaction so the backup is a single instant even while the
 * server keeps writing.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { migrationLevel, readJournal, type Db, type Engine, type Tx } from '../../db/open.js';
import type { FileStore } from '../../files/file-store.js';
import { APP_VERSION } from '../../paths.js';
import { applicationSequences, applicationTables, fileColumns, quoted, rowsOf, type TableInfo } from './backup-catalog.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupTrailer } from './backup-format.js';

const ROWS_PER_LINE = 2_000;

export interface BackupSummary {
  path: string;
  bytes: number;
  tables: Record<string, number>;
  rows: number;
  files: number;
  missingFiles: string[];
}

export interface BackupSource {
  db: Db;
  engine: Engine;
  files: FileStore | null;
  now: Date;
}

/** Writes the backup to a temporary name beside `path` and renames it: a cut-off run leaves no half file under the name. */
export async function writeBackup(source: BackupSource, path: string): Promise<BackupSummary> {
  const tmp = `${path}.tmp-${process.pid}`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(tmp));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    const trailer = await source.db.transaction(
      (tx) => writeContent(tx, source, write),
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    gzip.end();
    await written;
    await rename(tmp, path);
    const rows = Object.values(trailer.tables).reduce((a, b) => a + b, 0);
    return { path, bytes: (await stat(path)).size, tables: trailer.tables, rows, files: trailer.files, missingFiles: trailer.missingFiles };
  } catch (err) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(tmp, { force: true });
    throw err;
  }
}

async function writeContent(tx: Tx, source: BackupSource, write: (line: string) => Promise<void>): Promise<BackupTrailer> {
  const { applied } = await migrationLevel(tx as unknown as Db);
  const journal = readJournal();
  const header: BackupHeader = {
    kind: 'header',
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: APP_VERSION,
    migrations: applied,
    lastMigration: journal.entries[applied - 1]?.tag ?? '',
    engine: source.engine,
    createdAt: source.now.toISOString(),
  };
  await write(JSON.stringify(header));
  const counts: Record<string, number> = {};
  for (const table of await applicationTables(tx)) {
    await write(JSON.stringify({ kind: 'table', name: table.name, columns: table.columns }));
    counts[table.name] = await writeRows(tx, table, write);
  }
  for (const { name } of await applicationSequences(tx)) {
    const [s] = await rowsOf<{ last_value: string; is_called: boolean }>(tx, sql.raw(`select last_value::text as last_value, is_called from ${quoted(name)}`));
    await write(JSON.stringify({ kind: 'sequence', name, lastValue: s!.last_value, isCalled: s!.is_called }));
  }
  const { files, missingFiles } = await writeFiles(tx, source.files, write);
  const trailer: BackupTrailer = { kind: 'end', tables: counts, files, missingFiles };
  await write(JSON.stringify(trailer));
  return trailer;
}

/**
 * Rows in primary-key order, a page at a time (keyset: the next page starts after the last key,
 * decoded by PostgreSQL from the last row itself, whatever the key's types).
 * Each row is written as PostgreSQL printed it: numbers keep every digit.
 */
async function writeRows(tx: Tx, table: TableInfo, write: (line: string) => Promise<void>): Promise<number> {
  const t = quoted(table.name);
  const key = table.primaryKey.map(quoted).join(', ');
  if (!key) {
    const rows = await rowsOf<{ j: string }>(tx, sql.raw(`select row_to_json(t)::text as j from ${t} t order by t::text`));
    for (let i = 0; i < rows.length; i += ROWS_PER_LINE) await writeRowsLine(table.name, rows.slice(i, i + ROWS_PER_LINE).map((r) => r.j), write);
    return rows.length;
  }
  let count = 0;
  let last: string | null = null;
  for (;;) {
    const after: ReturnType<typeof sql.raw> | ReturnType<typeof sql> = last === null
      ? sql.raw('')
      : sql`where (${sql.raw(key)}) > (select ${sql.raw(key)} from json_populate_record(null::${sql.raw(t)}, ${last}::json))`;
    const page = await rowsOf<{ j: string }>(
      tx,
      sql`select row_to_json(t)::text as j from ${sql.raw(t)} t ${after} order by ${sql.raw(key)} limit ${ROWS_PER_LINE}`,
    );
    if (page.length === 0) return count;
    await writeRowsLine(table.name, page.map((r) => r.j), write);
    count += page.length;
    last = page.at(-1)!.j;
    if (page.length < ROWS_PER_LINE) return count;
  }
}

function writeRowsLine(table: string, rows: string[], write: (line: string) => Promise<void>): Promise<void> {
  // The rows go last in the line: restore hands PostgreSQL this text unchanged.
  return write(`{"kind":"rows","table":${JSON.stringify(table)},"rows":[${rows.join(',')}]}`);
}

async function writeFiles(tx: Tx, store: FileStore | null, write: (line: string) => Promise<void>): Promise<{ files: number; missingFiles: string[] }> {
  const columns = await fileColumns(tx);
  if (columns.length === 0) return { files: 0, missingFiles: [] };
  const union = columns.map((c) => `select ${quoted(c.column)} as sha256 from ${quoted(c.table)}`).join(' union ');
  const named = await rowsOf<{ sha256: string }>(tx, sql.raw(`select sha256 from (${union}) f order by sha256`));
  let files = 0;
  const missingFiles: string[] = [];
  for (const { sha256 } of named) {
    const bytes = store ? await store.get(sha256) : null;
    if (!bytes) {
      missingFiles.push(sha256);
      continue;
    }
    await write(JSON.stringify({ kind: 'file', sha256, data: bytes.toString('base64') }));
    files++;
  }
  return { files, missingFiles };
}
