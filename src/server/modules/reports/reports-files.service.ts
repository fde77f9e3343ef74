/** Tệp kèm báo cáo: same store, types and content checks as documents' attachments. */
import type { z } from 'zod';
import { AppError } from '../../../contract/errors.js';
import type { ReportFileSchema } from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import { appendAudit } from '../audit/audit.service.js';
import { checkAttachmentContent, readAttachment, requireFileStore, sanitizeFileName } from '../../files/attachments.js';
import { loadReport, requireEditable } from './reports-access.js';
import * as repo from './reports.repo.js';

type ReportFile = z.infer<typeof ReportFileSchema>;

const present = (f: repo.FileRow): ReportFile => ({
  id: f.id,
  name: f.name,
  contentType: f.contentType,
  size: f.size,
  createdAt: new Date(f.createdAt).toISOString(),
});

/** Attaches a file to an editable report; the same bytes again answer the attachment already there. */
export async function addReportFile(
  ctx: ServiceContext,
  actor: Actor | null,
  id: string,
  file: { bytes: Buffer; contentType: string; name: string | undefined },
): Promise<{ file: ReportFile; created: boolean }> {
  const store = requireFileStore(ctx);
  // Checked before storing the bytes, so a refused upload leaves nothing behind.
  requireEditable(await loadReport(ctx.db, actor, id), ctx.now());
  checkAttachmentContent(file);
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
  const store = requireFileStore(ctx);
  await loadReport(ctx.db, actor, id);
  return readAttachment(store, await repo.findFile(ctx.db, id, fileId));
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
