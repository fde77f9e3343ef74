/**
 * `thidua backup FILE` and `thidua restore FILE`: a portable backup of either engine, restorable
 * into either (an office outgrowing the embedded engine moves to PostgreSQL this way).
 */
import type { Command } from 'commander';
import { formatDateTimeVi } from '../core/dates.js';
import { readConfig, type Config } from '../server/config.js';
import { connect } from '../server/db/connect.js';
import { fillEmbedded } from '../server/db/embedded.js';
import { openPostgres, type Database } from '../server/db/open.js';
import { createFileStore } from '../server/files/file-store.js';
import { restoreBackup, type RestoreSummary } from '../server/modules/backup/backup-restore.js';
import { writeBackup, type BackupSummary } from '../server/modules/backup/backup-write.js';
import { formatVerification } from './audit.js';

const vi = (n: number) => n.toLocaleString('vi-VN');
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

export function backupLines(s: BackupSummary): string[] {
  const tables = Object.keys(s.tables).length;
  const lines = [`Đã sao lưu vào ${s.path} (${megabytes(s.bytes)} MB): ${vi(tables)} bảng, ${vi(s.rows)} dòng, ${vi(s.files)} tệp đính kèm.`];
  if (s.missingFiles.length > 0) {
    lines.push(`Cảnh báo: ${vi(s.missingFiles.length)} tệp đính kèm có tên trong dữ liệu nhưng không còn trong thư mục tệp (THIDUA_FILES_DIR): ${s.missingFiles.slice(0, 5).join(', ')}${s.missingFiles.length > 5 ? '…' : ''}`);
  }
  return lines;
}

export function restoreLines(s: RestoreSummary): { ok: boolean; lines: string[] } {
  const made = formatDateTimeVi(s.header.createdAt);
  const audit = formatVerification(s.audit);
  const lines = [
    `Đã khôi phục bản sao lưu lập lúc ${made} (thidua ${s.header.appVersion}, ${s.header.engine === 'pglite' ? 'cơ sở dữ liệu nhúng' : 'PostgreSQL'}): ${vi(s.rows)} dòng, ${vi(s.files)} tệp đính kèm.`,
    ...audit.lines.slice(0, 2),
  ];
  if (s.missingFiles.length > 0) lines.push(`Cảnh báo: bản sao lưu thiếu ${vi(s.missingFiles.length)} tệp đính kèm (đã thiếu từ khi sao lưu).`);
  return { ok: audit.ok, lines };
}

async function backup(config: Config, path: string): Promise<BackupSummary> {
  const { database } = await connect(config);
  try {
    return await writeBackup({ db: database.db, engine: database.engine, files: createFileStore(config.filesDir), now: new Date() }, path);
  } finally {
    await database.close();
  }
}

async function restore(config: Config, path: string): Promise<RestoreSummary> {
  const files = createFileStore(config.filesDir);
  const into = (database: Database) => restoreBackup(database, files, path);
  if (!config.databaseUrl) return fillEmbedded(config.dataDir, into);
  const database = await openPostgres(config.databaseUrl, 2);
  try {
    return await into(database);
  } finally {
    await database.close();
  }
}

export function addBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Sao lưu toàn bộ dữ liệu và tệp đính kèm vào một tệp (khôi phục được vào cơ sở dữ liệu nhúng hoặc PostgreSQL)')
    .argument('<tệp>', 'Tệp sao lưu sẽ ghi, ví dụ thidua-2026-11-26.ndjson.gz')
    .action(async (path: string) => {
      for (const line of backupLines(await backup(readConfig(), path))) console.log(line);
    });

  program
    .command('restore')
    .description('Khôi phục một bản sao lưu vào cơ sở dữ liệu trống (thư mục dữ liệu mới, hoặc cơ sở dữ liệu PostgreSQL mới tạo)')
    .argument('<tệp>', 'Tệp sao lưu (của thidua backup, hoặc bản tự sao lưu hằng ngày trong data/backups)')
    .action(async (path: string) => {
      const { ok, lines } = restoreLines(await restore(readConfig(), path));
      for (const line of lines) (ok ? console.log : console.error)(line);
      if (!ok) process.exitCode = 1;
    });
}
