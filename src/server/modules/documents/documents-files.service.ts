/** Tệp đính kèm của văn bản: bytes in the content-addressed store, a row per document and content. */
import type { DocumentFile } from '../../../contract/documents.js';
import type { ServiceContext } from '../../context.js';
import { checkAttachmentContent, readAttachment, requireFileStore, sanitizeFileName } from '../../files/attachments.js';
import type { Actor } from '../../http/actor.js';
import { appendAudit } from '../audit/audit.service.js';
import * as repo from './documents.repo.js';
import { frozen, loadDocument, loadWritableDocument } from './documents-access.js';

const present = (f: repo.FileRow): DocumentFile => ({
  id: f.id,
  name: f.name,
  contentType: f.contentType,
  size: f.size,
  sha256: f.sha256,
  createdAt: new Date(f.createdAt).toISOString(),
});

/**
 * Attaches a file to a draft or an incoming registration (an issued document is frozen). The
 * same bytes attached again return the existing attachment; the store keeps one copy of them.
 */
export async function addDocumentFile(
  ctx: ServiceContext,
  actor: Actor | null,
  id: string,
  file: { bytes: Buffer; contentType: string; name: string | undefined },
): Promise<{ file: DocumentFile; created: boolean }> {
  const store = requireFileStore(ctx);
  // Checked before storing the bytes, so a refused upload leaves nothing behind; access first,
  // so only someone who may write here makes the server unpack an Office file.
  const current = await loadWritableDocument(ctx, actor, id);
  if (current.status === 'issued') throw frozen(current);
  checkAttachmentContent(file);
  const name = sanitizeFileName(file.name);
  const { sha256, size } = await store.put(file.bytes);
  return ctx.db.transaction(async (tx) => {
    const row = await loadWritableDocument({ ...ctx, db: tx }, actor, id);
    if (row.status === 'issued') throw frozen(row);
    const existing = await repo.findFileBySha(tx, id, sha256);
    if (existing) return { file: present(existing), created: false };
    const inserted = await repo.insertFile(tx, { documentId: id, sha256, size, contentType: file.contentType, name, createdBy: actor?.userId ?? null });
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'document.file.add',
      entityType: 'document',
      entityId: id,
      after: { fileId: inserted.id, name, contentType: file.contentType, size, sha256 },
    });
    return { file: present(inserted), created: true };
  });
}

/** The bytes of one attachment of a document the actor may see. */
export async function getDocumentFile(ctx: ServiceContext, actor: Actor, id: string, fileId: string) {
  const store = requireFileStore(ctx);
  await loadDocument(ctx, actor, id);
  return readAttachment(store, await repo.findFile(ctx.db, id, fileId));
}
