/** Tệp kèm báo cáo: same store, types and content checks as documents' attachments. */
import type { z } from 'zod';
import { AppError } from '../../../contract/errors.js';
import type { ReportFileSchema } from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import type { FileStore } from '../../files/file-store.js';
import type { Actor } from '../../http/actor.js';
import { appendAudit } from '../audit/audit.service.js';
import { ATTACHMENT_TYPES, sanitizeFileName } from '../documents/documents-files.service.js';
import { loadReport, requireEditable } from './reports-access.js';
import * as repo from './reports.repo.js';

type ReportFile = z.infer<typeof ReportFileSchema>;

function requireStore(ctx: ServiceContext): FileStore {
  if (!ctx.files) throw new AppError('INTERNAL', 'Máy chủ chưa cấu hình kho tệp đính kèm (THIDUA_FILES_DIR)');
  return ctx.files;
}

const present = (f: repo.FileRow): ReportFile => ({
  id: f.id,
  name: f.name,
  contentType: f.contentType,
  size: f.size,
  createdAt: new Date(f.createdAt).toISOString(),
});

/** The declared type must be one we accept, and the bytes must really be of that type. */
function checkContent(file: { bytes: Buffer; contentType: string }): void {
  const type = ATTACHMENT_TYPES[file.contentType];
  if (!type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Không nhận tệp kiểu ${file.contentType || '(không rõ)'}`);
  if (file.bytes.length === 0) throw new AppError('INVALID_INPUT', 'Tệp trống', { file: 'Tệp trống' });
  if (type.magic && !file.bytes.subarray(0, type.magic.length).equals(type.magic)) {
    throw new AppError('INVALID_INPUT', `Nội dung tệp không phải ${type.label} như Content-Type khai báo`, { file: `Không phải tệp ${type.label}` });
  }
}

/** Attaches a file to an editable report; the same bytes again answer the attachment already there. */
export async function addReportFile(
  ctx: ServiceContext,
  actor: Actor | null,
  id: string,
  file: { bytes: Buffer; contentType: string; name: string | undefined },
): Promise<{ file: ReportFile; created: boolean }> {
  const store = requireStore(ctx);
  // Checked before storing the bytes, so a refused upload leaves nothing behind.
  requireEditable(await loadReport(ctx.db, actor, id), ctx.now());
  checkContent(file);
  const name = sanitizeFileName(file.name);
  const { sha256, size } = await store.put(file.bytes);
  return ctx.db.transaction(async (tx) => {
    requireEditable(await loadReport(tx, actor, id, true), ctx.now());
    const existing = await repo.findFileBySha(tx, id, sha256);
    if (existing) return { file: present(existing), created: false };
    const inserted = await repo.insertFile(tx, { reportId: id, sha256, size, contentType: file.contentType, name, createdBy: actor?.userId ?? null });
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'report.file.add',
      entityType: 'report',
      entityId: id,
      after: { fileId: inserted.id, name, contentType: file.contentType, size, sha256 },
    });
    return { file: present(inserted), created: true };
  });
}

/** The bytes of one attachment of a report the actor may see. */
export async function getReportFile(ctx: ServiceContext, actor: Actor | null, id: string, fileId: string) {
  const store = requireStore(ctx);
  await loadReport(ctx.db, actor, id);
  const row = await repo.findFile(ctx.db, id, fileId);
  if (!row) throw new AppError('NOT_FOUND', 'Tệp đính kèm không tồn tại');
  const bytes = await store.get(row.sha256);
  if (!bytes) throw new AppError('INTERNAL', `Không tìm thấy nội dung tệp "${row.name}" trong kho tệp: báo quản trị viên`);
  return { name: row.name, contentType: row.contentType, bytes };
}

/**
 * Removes an attachment while the report is editable. The bytes stay in the content-addressed
 * store: another report or document may hold the same content.
 */
export async function deleteReportFile(ctx: ServiceContext, actor: Actor | null, id: string, fileId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    requireEditable(await loadReport(tx, actor, id, true), ctx.now());
    const row = await repo.findFile(tx, id, fileId);
    if (!row) throw new AppError('NOT_FOUND', 'Tệp đính kèm không tồn tại');
    await repo.deleteFile(tx, id, fileId);
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'report.file.delete',
      entityType: 'report',
      entityId: id,
      before: { fileId, name: row.name, contentType: row.contentType, size: row.size, sha256: row.sha256 },
    });
  });
}
