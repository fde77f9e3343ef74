/** Tệp đính kèm của văn bản: bytes in the content-addressed store, a row per document and content. */
import type { DocumentFile } from '../../../contract/documents.js';
import { AppError } from '../../../contract/errors.js';
import type { ServiceContext } from '../../context.js';
import type { FileStore } from '../../files/file-store.js';
import type { Actor } from '../../http/actor.js';
import { appendAudit } from '../audit/audit.service.js';
import * as repo from './documents.repo.js';
import { frozen, loadDocument, loadWritableDocument } from './documents-access.js';

/** Largest attachment: a scanned decision of a few dozen pages. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Accepted types, with the leading bytes a file of that type starts with (when it has any). */
export const ATTACHMENT_TYPES: Record<string, { label: string; magic: Buffer | null }> = {
  'application/pdf': { label: 'PDF', magic: Buffer.from('%PDF') },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'DOCX', magic: Buffer.from('PK') },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'XLSX', magic: Buffer.from('PK') },
  'application/msword': { label: 'DOC', magic: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
  'application/vnd.ms-excel': { label: 'XLS', magic: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
  'image/png': { label: 'PNG', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  'image/jpeg': { label: 'JPEG', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  'text/plain': { label: 'văn bản thuần', magic: null },
};

const DEFAULT_NAME = 'tep-dinh-kem';

/**
 * A file name safe to store and to send back: the last segment of any path (so "../../x" is
 * "x"), without control characters or characters Windows refuses, not hidden, at most 200 chars.
 */
export function sanitizeFileName(raw: string | undefined): string {
  const segment = (raw ?? '')
    .normalize('NFC')
    .split(/[/\\]/)
    .map((s) => s.trim())
    .filter((s) => s && s !== '.' && s !== '..')
    .at(-1);
  const clean = (segment ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 200);
  return clean || DEFAULT_NAME;
}

function requireStore(ctx: ServiceContext): FileStore {
  if (!ctx.files) throw new AppError('INTERNAL', 'Máy chủ chưa cấu hình kho tệp đính kèm (THIDUA_FILES_DIR)');
  return ctx.files;
}

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
  const store = requireStore(ctx);
  const type = ATTACHMENT_TYPES[file.contentType];
  if (!type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Không nhận tệp kiểu ${file.contentType || '(không rõ)'}`);
  if (file.bytes.length === 0) throw new AppError('INVALID_INPUT', 'Tệp trống', { file: 'Tệp trống' });
  if (type.magic && !file.bytes.subarray(0, type.magic.length).equals(type.magic)) {
    throw new AppError('INVALID_INPUT', `Nội dung tệp không phải ${type.label} như Content-Type khai báo`, { file: `Không phải tệp ${type.label}` });
  }
  const name = sanitizeFileName(file.name);
  // Checked before storing the bytes, so a refused upload leaves nothing behind.
  const current = await loadWritableDocument(ctx, actor, id);
  if (current.status === 'issued') throw frozen(current);
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
  const store = requireStore(ctx);
  await loadDocument(ctx, actor, id);
  const row = await repo.findFile(ctx.db, id, fileId);
  if (!row) throw new AppError('NOT_FOUND', 'Tệp đính kèm không tồn tại');
  const bytes = await store.get(row.sha256);
  if (!bytes) throw new AppError('INTERNAL', `Không tìm thấy nội dung tệp "${row.name}" trong kho tệp: báo quản trị viên`);
  return { name: row.name, contentType: row.contentType, bytes };
}
