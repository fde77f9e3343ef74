/** Hồ sơ kèm theo of a nomination: same store, types and content checks as reports' attachments. */
import type { z } from 'zod';
import { AppError } from '../../../contract/errors.js';
import type { NominationFileSchema } from '../../../contract/nominations.js';
import type { ServiceContext } from '../../context.js';
import { isoInstant } from '../../db/instants.js';
import type { Db } from '../../db/open.js';
import type { Actor } from '../../http/actor.js';
import { appendAudit } from '../audit/audit.service.js';
import { checkAttachmentContent, readAttachment, requireFileStore, sanitizeFileName } from '../../files/attachments.js';
import { loadNomination, requireProposingSide } from './nominations-access.js';
import * as repo from './nominations.repo.js';

type NominationFile = z.infer<typeof NominationFileSchema>;

const present = (f: repo.FileRow): NominationFile => ({ id: f.id, name: f.name, contentType: f.contentType, size: f.size, createdAt: isoInstant(f.createdAt) });

/** The proposing side may change the files of a draft only: what was sent is what the council read. */
async function requireEditable(db: Db, actor: Actor | null, id: string) {
  const r = await loadNomination(db, actor, id);
  requireProposingSide(actor, r, 'nomination:write');
  if (r.row.status !== 'draft') throw new AppError('CONFLICT', `Đề nghị của ${r.row.nomineeName} đã gửi: chỉ thay đổi hồ sơ kèm theo khi còn nháp`);
  return r;
}

/** Attaches a file to a draft; the same bytes again answer the attachment already there. */
export async function addNominationFile(
  ctx: ServiceContext,
  actor: Actor | null,
  id: string,
  file: { bytes: Buffer; contentType: string; name: string | undefined },
): Promise<{ file: NominationFile; created: boolean }> {
  const store = requireFileStore(ctx);
  // Checked before storing the bytes, so a refused upload leaves nothing behind.
  await requireEditable(ctx.db, actor, id);
  checkAttachmentContent(file);
  const name = sanitizeFileName(file.name);
  const { sha256, size } = await store.put(file.bytes);
  return ctx.db.transaction(async (tx) => {
    // Locked first, so a submit running at the same time cannot slip in between check and insert.
    await repo.lockNomination(tx, id);
    await requireEditable(tx, actor, id);
    const existing = await repo.findFileBySha(tx, id, sha256);
    if (existing) return { file: present(existing), created: false };
    const inserted = await repo.insertFile(tx, { nominationId: id, sha256, size, contentType: file.contentType, name, createdBy: actor?.userId ?? null });
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'nomination.file.add',
      entityType: 'nomination',
      entityId: id,
      after: { fileId: inserted.id, name, contentType: file.contentType, size, sha256 },
    });
    return { file: present(inserted), created: true };
  });
}

export async function listNominationFiles(ctx: ServiceContext, actor: Actor | null, id: string): Promise<NominationFile[]> {
  await loadNomination(ctx.db, actor, id);
  return (await repo.listFiles(ctx.db, id)).map(present);
}

/** The bytes of one attachment of a nomination the actor may see. */
export async function getNominationFile(ctx: ServiceContext, actor: Actor | null, id: string, fileId: string) {
  const store = requireFileStore(ctx);
  await loadNomination(ctx.db, actor, id);
  return readAttachment(store, await repo.findFile(ctx.db, id, fileId));
}

/** Removes an attachment of a draft; the bytes stay in the content-addressed store (others may share them). */
export async function deleteNominationFile(ctx: ServiceContext, actor: Actor | null, id: string, fileId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await repo.lockNomination(tx, id);
    await requireEditable(tx, actor, id);
    const row = await repo.findFile(tx, id, fileId);
    if (!row) throw new AppError('NOT_FOUND', 'Tệp đính kèm không tồn tại');
    await repo.deleteFile(tx, id, fileId);
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'nomination.file.delete',
      entityType: 'nomination',
      entityId: id,
      before: { fileId, name: row.name, contentType: row.contentType, size: row.size, sha256: row.sha256 },
    });
  });
}
